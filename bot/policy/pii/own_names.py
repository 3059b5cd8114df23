"""The client's own product and brand names, read from its document titles.

A client names its products after people often enough ("la Capucine", "le sac Léon",
"Guide d'entretien Albertine & Gaston") that messages about them read like messages
about people. Its documents' titles are where those names are written down, so the
capitalised words of each title (and of the client's display name) join the client's
`not_persons`, unless the title shows a person:

* a first name and a surname ("Interview de Julie Martin"), a title ("Mme Rigaud") or
  a cue before the name ("Portrait : Léa", "Entretien avec Karim", "CV Nadia");
* a common first name (the hand-written list) counts as a product only where a product
  stands: after a thing noun or a determiner ("gamme Léon", "la Capucine"), before a
  model or version number ("Léon 35", "Gaston (v3)"), or joined to such a name
  ("Albertine & Gaston (v3)"). "Compte rendu — Julie" adds nothing.

Fail closed: a name left out is still detected, never the other way round.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from bot.core.invisible import visible_text
from bot.policy.pii.detector import PiiDetector
from bot.policy.pii.folding import fold
from bot.policy.pii.lexicon import DETERMINERS, STOP_WORDS, THING_NOUNS, is_first_name
from bot.policy.pii.name_cues import NAME_WORD
from bot.policy.pii.persons import PersonFinder

if TYPE_CHECKING:
    from bot.tenants import ClientConfig

_WORD_RE = re.compile(rf"(?<![\w@'’.-]){NAME_WORD}(?![\w@'’-])")
_VERSION_AFTER_RE = re.compile(r"\s*(?:\(?\s*v\s*\d|[-–]?\s*\d|\bpro\b|\bmax\b|\bmini\b)", re.I)
_JOINED_RE = re.compile(rf"\s*(?:&|\bet\b|\band\b|,|/|\+)\s*({NAME_WORD})")
_JOINED_BEFORE_RE = re.compile(rf"({NAME_WORD})\s*(?:&|\bet\b|\band\b|,|/|\+)\s*$")
_PERSON_TITLE_CUE_RE = re.compile(
    r"(?:\binterview|\bportrait|\bt[ée]moignage|\brencontre|\bentretien\s+avec|\bavec|"
    r"\bhommage|\bbiographie|\bcv|\bparcours|\bmot\s+d[e'’]|\b[ée]dito|\bpar|\bsign[ée]|"
    r"\bcontrat|\bdossier|\bfiche\s+(?:salari[ée]|adh[ée]rent|contact|personnel)|"
    r"\bm\.|\bmme|\bmlle|\bmr|\bdr|\bmadame|\bmonsieur)\W*$",
    re.IGNORECASE,
)
_NAME_WORDS_RE = re.compile(NAME_WORD)
_PREVIOUS_WORD_RE = re.compile(r"(\w+['’]?)\W*$")
_MIN_LENGTH = 3


def _previous_word(text: str, start: int) -> str:
    match = _PREVIOUS_WORD_RE.search(text, max(0, start - 30), start)
    return fold(match.group(1)) if match else ""


def names_from_titles(titles: Iterable[str]) -> tuple[str, ...]:
    """Capitalised words of the titles that name things, not people (see the module doc)."""
    finder = PersonFinder(use_ner=False)
    found: set[str] = set()
    for raw in titles:
        title = visible_text(raw or "").strip()
        if title:
            found.update(_product_words(title, finder))
    return tuple(sorted(found))


def _product_words(title: str, finder: PersonFinder) -> list[str]:
    persons = [(e.start, e.end) for e in finder.find(title)]
    words = []
    for match in _WORD_RE.finditer(title):
        word, start, end = match.group(), match.start(), match.end()
        if len(word) < _MIN_LENGTH or fold(word) in STOP_WORDS:
            continue
        span = next(((s, e) for s, e in persons if s <= start and end <= e), None)
        if span is not None and _shows_a_person(title, span):
            continue
        if is_first_name(word) and not _product_position(title, start, end):
            continue
        words.append(word)
    return words


def _shows_a_person(title: str, span: tuple[int, int]) -> bool:
    start, end = span
    if len(_NAME_WORDS_RE.findall(title[start:end])) > 1:
        return True  # a first name and a surname
    return bool(_PERSON_TITLE_CUE_RE.search(title[max(0, start - 40) : start]))


def _product_position(title: str, start: int, end: int, *, follow: bool = True) -> bool:
    previous = _previous_word(title, start)
    if previous in THING_NOUNS or previous in DETERMINERS or _VERSION_AFTER_RE.match(title, end):
        return True
    if not follow:
        return False
    after = _JOINED_RE.match(title, end)
    if after and _product_position(title, after.start(1), after.end(1), follow=False):
        return True
    before = _JOINED_BEFORE_RE.search(title, 0, start)
    return bool(before and _product_position(title, before.start(1), before.end(1), follow=False))


def client_not_persons(config: ClientConfig, titles: Iterable[str] = ()) -> tuple[str, ...]:
    """The client's declared `not_persons`, plus the names of its display name and titles."""
    derived = names_from_titles([config.display_name or "", *titles])
    return tuple(dict.fromkeys([*config.privacy.not_persons, *derived]))


def detector_for_client(
    config: ClientConfig, titles: Iterable[str] = (), *, use_ner: bool = True
) -> PiiDetector:
    """The detector for one client: its confidential terms, and its own names as non-persons."""
    return PiiDetector(
        config.confidential_terms, client_not_persons(config, titles), use_ner=use_ner
    )
