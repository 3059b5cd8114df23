"""Names written casually: in lower case ("je suis marie dupont", "merci à sarah") or in
capitals ("BONJOUR JE SUIS NADIA BENALI", "DUPUIS Hélène").

The rules of `persons.py` read capitals as evidence; here the context must say it. A
lower-case word is a name when it is a first name of the lexicon and

* follows a cue that introduces a person: "je suis", "c'est", "ici", "i'm", "this is";
  a word that is also an everyday French word ("je suis claire", "c'est parfait") needs
  a surname after it or a cleft ("c'est marie qui…");
* follows thanks or congratulations addressed to someone ("merci à sarah et à lucas");
* follows a title ("mme lefebvre": there a surname is enough);
* starts a sentence whose verb has a clitic pronoun ("rose m'a dit…");
* signs the message: alone on its last line, or after a dash or a sign-off
  ("— léa", "Bises,\\nMANON", "merci, marie dupont");
* is a common first name followed by a surname ("ajouter antoine girard"), or after a
  softer cue: a preposition, a person noun or a verb of contact ("avec julie", "mon
  collègue julien", "demande à thomas", "paul et moi");
* is a common first name that is no French word at all ("j'ai croisé nicolas hier"),
  unless a determiner, a preposition of things or a number comes before;
* follows a naming cue ("au nom de gauthier", "signé : fabrice"): there a surname alone
  is enough.

A surname of the register follows a first name unless it is an adverb, a verb or a
function word ("lucas pour", "marie arrive"). Words in capitals are read as lower case,
so the same rules serve shouted messages; a surname in capitals right before a first
name ("DUPUIS Hélène", the order of forms) joins it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from bot.policy.pii.false_names import starts_a_locution
from bot.policy.pii.folding import fold
from bot.policy.pii.lexicon import (
    AMBIGUOUS_FIRST_NAMES,
    DETERMINERS,
    GREETING_FILLERS,
    everyday_kinds,
    first_names,
    is_also_a_noun,
    is_everyday_first_name,
    is_first_name,
    is_weak_first_name,
    may_be_surname_after_first_name,
)

_LOW = "a-zß-öø-ÿ"
_WORD = rf"[{_LOW}]{{2,}}(?:-[{_LOW}]{{2,}})?"
_WORD_RE = re.compile(rf"(?<![\w'’@.-])({_WORD})(?![\w@'’-])")
_NEXT_WORD_RE = re.compile(rf"[ \u00a0]+({_WORD})(?![\w@'’-])")
_CAPS_WORD_RE = re.compile(r"\b[A-ZÀ-ÖØ-Þ]{2,}(?:['’-][A-ZÀ-ÖØ-Þ]+)*\b")

_PERSON_CUE_RE = re.compile(
    r"(?:\bje\s+suis|\bc['’]est|\bici|\bi['’]m|\bi\s+am|\bthis\s+is|\bit['’]s)\s*,?\s*$",
    re.IGNORECASE,
)
_THANKS_CUE_RE = re.compile(
    r"(?:\bmerci|\bbravo|\bf[ée]licitations|\bgr[âa]ce|\bbisous|\bbises|\bthanks|"
    r"\bthank\s+you|\bkudos|\bshout\s*-?out|\bcongrats)\s+(?:à|a|to)\s+$",
    re.IGNORECASE,
)
_TITLE_CUE_RE = re.compile(
    r"(?<![\w.])(?:mme|mlle|madame|mademoiselle|monsieur|mr|mrs|ms)\.?\s+$", re.IGNORECASE
)
# Weaker cues, enough for a common first name of the hand-written list ("avec julie",
# "mon collègue julien", "demande à thomas", "la sœur de marc"), not for a word of the
# register that may be a thing ("chez orange").
_SOFT_CUE_RE = re.compile(
    r"(?:\b(?:avec|chez|pour|par|selon|dixit|vu|crois[ée]e?|rencontr[ée]e?|appel[ée]e?|"
    r"contact[ée]e?|pr[ée]venu|invit[ée]e?|remerci[ée]e?|aid[ée]e?)|"
    r"\b(?:demande|demandez|dis|dites|écris|ecris|écrivez|ecrivez|envoie|envoyez|passe|"
    r"donne|donnez|rends|rendez)\s+(?:à|a)|"
    r"\b(?:voir|voyez|vois)\s+avec|\b(?:appelle|appelez|contacte|contactez|préviens|"
    r"previens|prévenez|prevenez|remercie|remerciez)|"
    r"\b(?:g[ée]rante?|responsable|pr[ée]sidente?|tr[ée]sori(?:er|[èe]re)|mari|femme|"
    r"[ée]pou(?:x|se)|compagnon|compagne|s(?:œ|oe)ur|fr[èe]re|fils|fille|cousine?|"
    r"coll[èe]gue|amie?|pote|copain|copine|voisine?|coach|prof|moniteur|monitrice|"
    r"guide|chef(?:fe)?|b[ée]n[ée]vole|ambassad(?:eur|rice))(?:\s+(?:de|d['’]))?)\s+$",
    re.IGNORECASE,
)
_MIN_UNMISTAKABLE = 4
# Common first names that are everyday English words ("he said", "roger that").
_ENGLISH_WORD_NAMES = frozenset({
    "said", "roger", "frank", "loan", "carol", "karen", "nancy", "mike", "nick", "jordan",
    "harry", "gary", "jimmy", "sandy", "penny",
})  # fmt: skip
_NAMING_CUE_RE = re.compile(
    r"(?:\bau\s+nom\s+d[e'’]|\bde\s+la\s+part\s+d[e'’]|\bsign[ée]e?|\bm['’]appelle|"
    r"\bmoi\s*,?\s*c['’]est|\bmy\s+name\s+is|\bnom\s*:)\s*[,:]?\s*$",
    re.IGNORECASE,
)
_AND_ME_RE = re.compile(r"\s+(?:et|and)\s+(?:moi|me)\b", re.IGNORECASE)
_ME_AND_RE = re.compile(r"\b(?:moi|me)\s+(?:et|and)\s+$", re.IGNORECASE)
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?…]\s+|\n\s*)$")
_HUMAN_VERB_RE = re.compile(
    r"\s+(?:m['’]|t['’]|nous\s+|vous\s+|me\s+|te\s+|lui\s+)(?:a|as|avait|aura|dit|écrit|"
    r"ecrit|appelle|appelé|appele|envoie|envoyé|envoye|demande|propose|donne|prête|prete)\b",
    re.IGNORECASE,
)
_CAPS_SURNAME_BEFORE_RE = re.compile(
    r"(?<![\w'’-])([A-ZÀ-ÖØ-Þ]{3,}(?:-[A-ZÀ-ÖØ-Þ]{2,})?)[ \u00a0]+$"
)
_NOT_BEFORE_A_NAME = {"en", "de", "d'", "du", "des", "sans", "sous", "entre"}
# "c'est juste que…", "c'est bien qu'…": adverbs before a cleft are no names.
_NOT_IN_A_CLEFT = frozenset({"adv", "function"})
_CLEFT_RE = re.compile(r"\s+(?:qui|que|qu['’])", re.IGNORECASE)
_COORDINATION_RE = re.compile(
    rf"\s*(?:,|\bet\b|\band\b|&)\s*(?:(?:à|a|to)\s+)?({_WORD})(?![\w@'’-])", re.IGNORECASE
)
_SIGN_OFF_RE = re.compile(
    r"(?:^|\n|[-–—]+|\b(?:cordialement|bises|bisous|amiti[ée]s|merci|a\+|[àa]\s+bient[ôo]t|"
    r"bonne\s+(?:journ[ée]e|soir[ée]e)|cheers|thanks|best|regards))[\s,.!:]*$",
    re.IGNORECASE,
)


def _capitalise(word: str) -> str:
    return "-".join(part.capitalize() for part in word.split("-"))


@lru_cache(maxsize=8192)
def _lexicon_first_name(word: str) -> bool:
    if len(word) < 3 or word in GREETING_FILLERS:
        return False
    capitalised = _capitalise(word)
    return is_first_name(capitalised) or is_weak_first_name(capitalised)


@lru_cache(maxsize=8192)
def _lexicon_surname(word: str) -> bool:
    return (
        len(word) >= 3
        and word not in GREETING_FILLERS
        and may_be_surname_after_first_name(_capitalise(word))
    )


_CASED_LETTER_RE = re.compile(r"[^\W\d_]")
_SHOUTED_SHARE = 0.8
_SHOUTED_MIN_LETTERS = 12


def is_shouted(text: str) -> bool:
    """Written (almost) all in capitals: at least 80 % of its letters, and a dozen of them."""
    letters = [ch for ch in _CASED_LETTER_RE.findall(text) if ch.lower() != ch.upper()]
    if len(letters) < _SHOUTED_MIN_LETTERS:
        return False
    return sum(ch.isupper() for ch in letters) >= _SHOUTED_SHARE * len(letters)


def caseless_view(text: str) -> str:
    """`text` with every word in capitals (two letters or more) in lower case, same length."""

    def lower(match: re.Match[str]) -> str:
        word = match.group()
        lowered = word.lower()
        return lowered if len(lowered) == len(word) else word

    return _CAPS_WORD_RE.sub(lower, text)


class CasualNameFinder:
    """Lower-case (and all-capitals) person names; `blocked` are folded non-person words."""

    def __init__(self, blocked: Iterable[str]) -> None:
        self._blocked = frozenset(blocked)

    def find(self, text: str) -> list[tuple[int, int]]:
        view = caseless_view(text)
        if not re.search(rf"[{_LOW}]{{2}}", view):
            return []
        spans: list[tuple[int, int]] = []
        for match in _WORD_RE.finditer(view):
            span = self._span_at(view, match)
            if span is not None:
                spans.append(span)
                spans += self._coordinated(view, span[1])
        return spans

    # -- words ---------------------------------------------------------------------------
    def first_name(self, word: str) -> bool:
        return _lexicon_first_name(word) and fold(word) not in self._blocked

    def surname(self, word: str) -> bool:
        return _lexicon_surname(word) and fold(word) not in self._blocked

    def _common_first_name(self, word: str) -> bool:
        folded = fold(word)
        return (
            folded in first_names()[1]
            and folded not in AMBIGUOUS_FIRST_NAMES
            and not is_everyday_first_name(word)
            and self.first_name(word)
        )

    def _with_surname(self, text: str, start: int, end: int) -> tuple[int, int, bool]:
        following = _NEXT_WORD_RE.match(text, end)
        if following and self.surname(following.group(1)):
            return start, following.end(1), True
        return start, end, False

    # -- contexts ------------------------------------------------------------------------
    def _span_at(self, text: str, match: re.Match[str]) -> tuple[int, int] | None:
        word, start, end = match.group(1), match.start(1), match.end(1)
        first_name = self.first_name(word)
        if not first_name and not self.surname(word):
            return None  # most words: neither name nor surname
        before = text[max(0, start - 40) : start]
        if _TITLE_CUE_RE.search(before) or _NAMING_CUE_RE.search(before):
            return self._with_surname(text, start, end)[:2]  # "au nom de gauthier"
        if not first_name or starts_a_locution(text, start):
            return None
        first, last, has_surname = self._with_surname(text, start, end)
        everyday = is_everyday_first_name(word)
        if _PERSON_CUE_RE.search(before) or _THANKS_CUE_RE.search(before):
            cleft = _CLEFT_RE.match(text, end) and not everyday_kinds(word) & _NOT_IN_A_CLEFT
            if has_surname or not everyday or cleft:
                return first, last
            return None
        if _SENTENCE_START_RE.search(before) and _HUMAN_VERB_RE.match(text, last):
            return first, last
        if self._signs_the_message(text, before, last) and (has_surname or not everyday):
            return first, last
        if has_surname and self._plain_pair(text, before, word, last):
            return first, last
        soft_cue = (
            _SOFT_CUE_RE.search(before) or _ME_AND_RE.search(before) or _AND_ME_RE.match(text, end)
        )
        if soft_cue and self._common_first_name(word):
            return first, last
        if self._unmistakable_first_name(word) and not self._thing_before(before):
            return first, last
        return None

    def _unmistakable_first_name(self, word: str) -> bool:
        """A common first name that is no French word at all ("nicolas", "sophie"): a name
        wherever it stands. Short ones ("ben", "sam", "tom") and English words are left
        to the cues."""
        return (
            len(word) >= _MIN_UNMISTAKABLE
            and word not in _ENGLISH_WORD_NAMES
            and self._common_first_name(word)
            and not everyday_kinds(word)
            and not is_also_a_noun(word)
        )

    @staticmethod
    def _thing_before(before: str) -> bool:
        previous = re.search(r"(\w+['’]?)\s*$", before)
        if previous is None:
            return False
        word = fold(previous.group(1))
        return word in DETERMINERS or word in _NOT_BEFORE_A_NAME or word.isdigit()

    def _plain_pair(self, text: str, before: str, word: str, end: int) -> bool:
        """A first name and a surname with no cue: "ajouter antoine girard". Not after a
        determiner or a preposition of things ("en pierre blanche"); a name only of the
        register needs a surname that is no everyday word at all."""
        previous = re.search(r"(\w+['’]?)\s*$", before)
        if previous and fold(previous.group(1)) in DETERMINERS | _NOT_BEFORE_A_NAME:
            return False
        if self._common_first_name(word):
            return True
        surname = text[:end].rsplit(None, 1)[-1]
        return not everyday_kinds(word) and not everyday_kinds(surname)

    def _signs_the_message(self, text: str, before: str, end: int) -> bool:
        """Alone at the end, after a line break, a dash or a sign-off."""
        if re.search(r"\w", text[end:]):
            return False
        return bool(_SIGN_OFF_RE.search(before))

    def join_capitalised_surname(self, text: str, start: int) -> int:
        """ "DUPUIS Hélène": where a name starts once a surname in capitals before it joins."""
        before = _CAPS_SURNAME_BEFORE_RE.search(text, 0, start)
        if before is None or not text[start : start + 1].isupper():
            return start
        word = before.group(1)
        if fold(word) in self._blocked or not may_be_surname_after_first_name(word):
            return start
        return before.start(1)

    def _coordinated(self, text: str, end: int) -> list[tuple[int, int]]:
        """ "merci à sarah et à lucas": names joined to a name found by context."""
        spans = []
        while (following := _COORDINATION_RE.match(text, end)) is not None:
            word = following.group(1)
            if not self.first_name(word) or is_everyday_first_name(word):
                break
            start, end, _ = self._with_surname(text, following.start(1), following.end(1))
            spans.append((start, end))
        return spans
