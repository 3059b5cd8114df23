"""Find the confidentiality marking people write at the top of a document.

People mark documents in many ways: `Classification: CONFIDENTIEL`, `CONFIDENTIEL — ne
pas diffuser`, `**Classification : Confidentiel (ne pas diffuser)**`, `_Usage interne_`,
`INTERNAL ONLY`, `Do not distribute`, a `Diffusion : publique` line, a DOCX category or
a PDF keyword. Each line is accent-folded, casefolded and stripped of Markdown and
punctuation, then read three ways:

- a labelled line (`classification`, `diffusion`, `sensibilité`… then `:`): its value
  names the level;
- a short line holding a strong phrase anywhere (`confidentiel`, `usage interne`, `ne pas
  diffuser`…): a title such as `Note stratégique — usage interne` is a marking;
- a line that is only a weak word (`Interne`, `PUBLIC`, `Secret`), or starts with one
  of the restrictive ones.

When several lines say different things, the strictest level wins: a `Public` line never
lowers a `Confidentiel` found elsewhere. A public marking is only taken from a labelled
line or a line that says nothing else, never from a passing mention.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from knowledge.text import fold

PUBLIC, INTERNAL, CONFIDENTIAL = "public", "internal", "confidential"
LEVELS: tuple[str, ...] = (PUBLIC, INTERNAL, CONFIDENTIAL)

# Lines read at the top of a document (front matter and title included).
HEAD_LINES = 20
# A strong phrase counts anywhere in a line of at most this many words.
SHORT_LINE_WORDS = 14

LABELS = (
    "classification",
    "classif",
    "security classification",
    "niveau de classification",
    "sensitivity",
    "sensitivity label",
    "sensibilite",
    "niveau de sensibilite",
    "confidentialite",
    "niveau de confidentialite",
    "diffusion",
    "niveau de diffusion",
    "distribution",
    "visibility",
    "visibilite",
    "marquage",
    "marking",
    "acces",
    "access",
    "label",
    "etiquette",
)

# Phrases that mark a document wherever they stand in a short line.
_STRONG: dict[str, str] = {
    "confidentiel": CONFIDENTIAL,
    "confidentielle": CONFIDENTIAL,
    "confidentiels": CONFIDENTIAL,
    "confidentielles": CONFIDENTIAL,
    "confidential": CONFIDENTIAL,
    "top secret": CONFIDENTIAL,
    "secret defense": CONFIDENTIAL,
    "secret des affaires": CONFIDENTIAL,
    "sous embargo": CONFIDENTIAL,
    "under embargo": CONFIDENTIAL,
    "usage interne": INTERNAL,
    "diffusion interne": INTERNAL,
    "diffusion restreinte": INTERNAL,
    "diffusion limitee": INTERNAL,
    "interne uniquement": INTERNAL,
    "note interne": INTERNAL,
    "document interne": INTERNAL,
    "fiche interne": INTERNAL,
    "guide interne": INTERNAL,
    "memo interne": INTERNAL,
    "internal only": INTERNAL,
    "internal use": INTERNAL,
    "internal document": INTERNAL,
    "internal memo": INTERNAL,
    "restricted distribution": INTERNAL,
    "limited distribution": INTERNAL,
    "ne pas diffuser": INTERNAL,
    "ne pas divulguer": INTERNAL,
    "ne pas transmettre": INTERNAL,
    "ne pas partager": INTERNAL,
    "ne pas publier": INTERNAL,
    "ne pas communiquer": INTERNAL,
    "do not distribute": INTERNAL,
    "do not share": INTERNAL,
    "do not forward": INTERNAL,
    "do not publish": INTERNAL,
    "not for distribution": INTERNAL,
    "not for publication": INTERNAL,
}
# Words that mark a document when a line starts with them (restrictive only).
_LEADING: dict[str, str] = {
    "secret": CONFIDENTIAL,
    "interne": INTERNAL,
    "internal": INTERNAL,
    "restreint": INTERNAL,
    "restreinte": INTERNAL,
    "restricted": INTERNAL,
    "prive": INTERNAL,
    "private": INTERNAL,
}
# A line that is nothing else than one of these (or a labelled line's value).
_WHOLE_LINE: dict[str, str] = {
    **_STRONG,
    **_LEADING,
    "non public": INTERNAL,
    "non publique": INTERNAL,
    "not public": INTERNAL,
    "public": PUBLIC,
    "publique": PUBLIC,
    "publics": PUBLIC,
    "document public": PUBLIC,
    "public document": PUBLIC,
    "diffusion publique": PUBLIC,
    "diffusion libre": PUBLIC,
    "libre diffusion": PUBLIC,
    "libre": PUBLIC,
    "tout public": PUBLIC,
    "tous publics": PUBLIC,
    "diffusable": PUBLIC,
}
# A labelled line's value may also be a word that means little on its own.
_VALUES: dict[str, str] = {
    **_WHOLE_LINE,
    "reserve": INTERNAL,
    "reservee": INTERNAL,
    "limitee": INTERNAL,
    "libre": PUBLIC,
    "ouvert": PUBLIC,
    "ouverte": PUBLIC,
    "unrestricted": PUBLIC,
}
# The first words of a labelled value say the level; later ones are commentary.
VALUE_WORDS = 6
# "Not confidential" says what a document is not, not what it is: no marking.
_NEGATED = re.compile(r"\b(?:non|not|pas|aucune?|no|un)[ -]?(?:confidenti\w*|classifi\w*|secret)\b")
_YES_NO_LABELS = ("confidentiel", "confidentielle", "confidential")


@dataclass(frozen=True, slots=True)
class Marking:
    """A level found in a document, and the words that said it (as written)."""

    level: str
    text: str


def strictest(levels: Iterable[str]) -> str:
    return max(levels, key=LEVELS.index)


def _clean(line: str) -> str:
    """Accent-folded, casefolded words; `:` kept as the one separator that matters."""
    folded = fold(line).replace("_", " ")
    folded = re.sub(r"\s*[:：]\s*", " : ", folded)
    return " ".join(re.sub(r"[^\w:]+", " ", folded).split())


def _phrases(text: str, table: Mapping[str, str]) -> list[str]:
    """Levels of every phrase of `table` found in `text` (whole words)."""
    padded = f" {text} "
    return [level for phrase, level in table.items() if f" {phrase} " in padded]


def _labelled(clean: str) -> str | None:
    label, sep, value = clean.partition(" : ")
    if not sep:
        return None
    label = label.strip()
    if label in _YES_NO_LABELS:
        value = value.split(" ")[0] if value else ""
        return CONFIDENTIAL if value in ("oui", "yes", "true", "1") else None
    if label not in LABELS:
        return None
    value = " ".join(_NEGATED.sub(" ", value).split()[:VALUE_WORDS])
    levels = _phrases(value, _VALUES)
    return strictest(levels) if levels else None


def line_level(line: str, *, heading_depth: int = 0) -> str | None:
    """The level one line declares, or None.

    `heading_depth` is the line's Markdown heading level (2 for `## Public`): a section
    called "Public" (the audience) is no marking, so a bare public word is only taken
    from a line that is not a sub-heading.
    """
    clean = _clean(line)
    if not clean:
        return None
    if (level := _labelled(clean)) is not None:
        return level
    words = clean.replace(" : ", " ").split()
    text = " ".join(_NEGATED.sub(" ", " ".join(words)).split())
    whole = _WHOLE_LINE.get(text)
    if whole is not None and (heading_depth < 2 or whole != PUBLIC):
        return whole
    found: list[str] = []
    if len(words) <= SHORT_LINE_WORDS:
        found += _placed_phrases(text)
    else:
        found += _opening_phrases(text)
    if len(words) <= SELF_WORDS:
        found += [level for pattern, level in _SELF_REFERENCES if pattern.search(text)]
    leading = _LEADING_WORD.match(fold(line))
    if leading and leading.group(1) in _LEADING:
        found.append(_LEADING[leading.group(1)])
    return strictest(found) if found else None


# A sentence about the document itself: "Ce document est strictement confidentiel",
# "Cette note ne doit pas être diffusée", "This document must not be shared".
SELF_WORDS = 30
_DOC = r"\b(?:ce|cette|le present|la presente|this|the present)\s+(?:\w+\s+){0,2}?"
_DOC += r"(?:document|fichier|note|memo|rapport|presentation|fiche|guide|support"
_DOC += r"|file|report|deck|sheet)\b"
# Who a document is kept for: the team, not its readers outside ("réservé à l'équipe").
_STAFF = (
    r"(?:l equipe|l ensemble de l equipe|equipes?|personnel|salaries|collaborateurs|staff|team)"
)
_SELF_REFERENCES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(_DOC + r"(?:\s+\w+){0,4}?\s+(?:confidentiel\w*|confidential)\b"), CONFIDENTIAL),
    (
        re.compile(_DOC + r"(?:\s+\w+){0,4}?\s+(?:interne|internal|restreint\w*|restricted)\b"),
        INTERNAL,
    ),
    (
        re.compile(
            _DOC + r"(?:\s+\w+){0,3}?\s+ne (?:doit|peut) (?:jamais |pas |en aucun cas )*"
            r"(?:etre )?(?:diffuse|partage|communique|transmis|divulgue|publie)"
        ),
        INTERNAL,
    ),
    (
        re.compile(
            _DOC + r"(?:\s+\w+){0,3}?\s+(?:reserve|destine)e?s? (?:a l usage (?:exclusif )?)?"
            r"(?:de |du |des |a |au |aux )?(?:la |le |les |notre |nos |votre |vos )?" + _STAFF
        ),
        INTERNAL,
    ),
    (re.compile(_DOC + r"(?:\s+\w+){0,3}?\s+for (?:the )?" + _STAFF + r" only\b"), INTERNAL),
    (
        re.compile(
            _DOC + r"(?:\s+\w+){0,3}?\s+(?:must|may|should) (?:not|never) be "
            r"(?:shared|distributed|disclosed|forwarded|published)"
        ),
        INTERNAL,
    ),
)

# A weak word leads a marking when a separator or the end of the line follows it:
# "Interne — ne pas diffuser", "Secret", but not "Interne ou externe, le délégué…".
_LEADING_WORD = re.compile(r"^[\W_]*(\w+)[ \t*_]*(?:[—–:|(/!-]|$)")
# A strong phrase is a marking at a short line's start or end ("Stratégie — usage
# interne", "Document confidentiel, réservé…"), or anywhere in a line of a few words; in
# the middle of a sentence it is a mention ("que ces informations soient confidentielles
# ou publiques").
EDGE_WORDS = 2
FEW_WORDS = 5


def _placed_phrases(text: str) -> list[str]:
    words = text.split()
    found: list[str] = []
    for phrase, level in _STRONG.items():
        size = len(phrase.split())
        for start in range(len(words) - size + 1):
            if " ".join(words[start : start + size]) != phrase:
                continue
            at_edge = start < EDGE_WORDS or start + size == len(words)
            if at_edge or len(words) <= FEW_WORDS:
                found.append(level)
                break
    return found


def _opening_phrases(text: str) -> list[str]:
    """A strong phrase that opens a line of any length marks it ("Document interne de
    l'équipe des relations avec le public, mis à jour en septembre")."""
    return [level for phrase, level in _STRONG.items() if f"{text} ".startswith(f"{phrase} ")]


_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s")


def find_in_lines(lines: Iterable[str], limit: int = HEAD_LINES) -> Marking | None:
    """The strictest marking among the first `limit` non-empty lines."""
    best: Marking | None = None
    seen = 0
    for raw in lines:
        if not raw.strip():
            continue
        seen += 1
        if seen > limit:
            break
        heading = _HEADING.match(raw)
        level = line_level(raw, heading_depth=len(heading.group(1)) if heading else 0)
        if level is not None and (best is None or LEVELS.index(level) > LEVELS.index(best.level)):
            best = Marking(level, raw.strip()[:120])
    return best


def find_in_metadata(fields: Mapping[str, str]) -> Marking | None:
    """The strictest marking among a file's properties (DOCX, PDF, HTML `<meta>`).

    A property named like a label (`classification`, an MSIP sensitivity label's name…)
    is read as a labelled line; any other (keywords, category, subject, title) as short
    lines, one per comma-separated item.
    """
    best: Marking | None = None
    for key, value in fields.items():
        value = str(value or "").strip()
        if not value:
            continue
        clean_key = _clean(key)
        if any(label in clean_key.split() or label == clean_key for label in LABELS):
            level = _labelled(f"classification : {_clean(value)}")
        else:
            items = [value, *re.split(r"[,;|/]", value)] if len(value) < 300 else [value[:300]]
            levels = [lv for item in items if (lv := line_level(item)) is not None]
            level = strictest(levels) if levels else None
        if level is not None and (best is None or LEVELS.index(level) > LEVELS.index(best.level)):
            best = Marking(level, f"{key}: {value[:80]}")
    return best
