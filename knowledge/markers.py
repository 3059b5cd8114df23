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

from knowledge.marking_phrases import (
    CODES,
    CONFIDENTIAL,
    INTERNAL,
    LEVELS,
    PUBLIC,
    asked_not_to_share,
    audience_label,
    audience_value,
    fix_typos,
    kept_for,
    permitted,
    tlp_level,
)
from knowledge.text import fold

__all__ = ["CONFIDENTIAL", "INTERNAL", "LEVELS", "PUBLIC", "Marking", "line_level", "strictest"]

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
    "classement",
    "niveau",
    "statut",
    "status",
    "categorie",
    "category",
    "protection",
    "niveau de protection",
    "data classification",
    "information classification",
    "document classification",
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
    "embargo": CONFIDENTIAL,
    "embargoed": CONFIDENTIAL,
    "sous nda": CONFIDENTIAL,
    "under nda": CONFIDENTIAL,
    "covered by nda": CONFIDENTIAL,
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
    "ne pas faire suivre": INTERNAL,
    "ne pas faire circuler": INTERNAL,
    "ne pas transferer": INTERNAL,
    "ne pas sortir": INTERNAL,
    "ne pas reproduire": INTERNAL,
    "do not circulate": INTERNAL,
    "do not disclose": INTERNAL,
    "not for circulation": INTERNAL,
    "not for external": INTERNAL,
    "not to be shared": INTERNAL,
    "not to be distributed": INTERNAL,
    "not to be forwarded": INTERNAL,
    "keep internal": INTERNAL,
    "en interne uniquement": INTERNAL,
    "uniquement en interne": INTERNAL,
    "a diffuser en interne": INTERNAL,
    "diffusion en interne": INTERNAL,
    "a usage interne": INTERNAL,
}
# Phrases that open a document to anyone, read where a strong phrase is.
_STRONG_PUBLIC: dict[str, str] = {
    "libre de diffusion": PUBLIC,
    "diffusion libre": PUBLIC,
    "libre diffusion": PUBLIC,
    "diffusion publique": PUBLIC,
    "document public": PUBLIC,
    "public document": PUBLIC,
    "information publique": PUBLIC,
    "pour diffusion immediate": PUBLIC,
    "for immediate release": PUBLIC,
    "for public release": PUBLIC,
    "for public distribution": PUBLIC,
    "cleared for release": PUBLIC,
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
    "externe": PUBLIC,
    "external": PUBLIC,
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
    audience = audience_label(label)
    if label not in LABELS and not audience:
        return None
    value = " ".join(_NEGATED.sub(" ", value).split())
    # A level's name says more than its code: "C1 – Public" is public wherever C1 is.
    head = " ".join(value.split()[:VALUE_WORDS])
    levels = _phrases(head, _VALUES) or _phrases(head, CODES)
    if audience and (level := audience_value(value)) is not None:
        levels.append(level)
    return strictest(levels) if levels else None


# A quoted title names something ("le webinaire « Secret des affaires »"); a quoted
# word may still be a value ("Classification : « Interne »").
_QUOTED = re.compile(r"«[^»]*\w+\W+\w+\W+\w+[^»]*»|“[^”]*\w+\W+\w+\W+\w+[^”]*”")


def line_level(line: str, *, heading_depth: int = 0) -> str | None:
    """The level one line declares, or None.

    `heading_depth` is the line's Markdown heading level (2 for `## Public`): a section
    called "Public" (the audience) is no marking, so a bare public word is only taken
    from a line that is not a sub-heading. Fields joined by `|` or `;` ("Statut :
    Brouillon | Classification : Interne") are read one by one (not a table's cells).
    """
    line = _QUOTED.sub(" ", line)
    parts = [line] if line.lstrip().startswith("|") else re.split(r"\s\|\s|;", line)
    levels = [lv for part in parts if (lv := _part_level(part, heading_depth)) is not None]
    return strictest(levels) if levels else None


def _part_level(line: str, heading_depth: int) -> str | None:
    clean = fix_typos(_clean(line))
    if not clean:
        return None
    if (level := _labelled(clean)) is not None:
        return level
    words = clean.replace(" : ", " ").split()
    text = " ".join(_NEGATED.sub(" ", " ".join(words)).split())
    whole = _WHOLE_LINE.get(text)
    if whole is not None and (heading_depth < 2 or whole != PUBLIC):
        return whole
    # In a sentence, a phrase that ends it is what the sentence talks about.
    sentence = len(words) > FEW_WORDS and re.search(r"[.!?…]\W*$", line) is not None
    found: list[str] = []
    if len(words) <= SHORT_LINE_WORDS:
        found += _placed_phrases(text, sentence=sentence)
        if not sentence:
            found += _segment_levels(line, heading_depth)
    else:
        found += _opening_phrases(text)
    if len(words) <= SELF_WORDS:
        found += [level for pattern, level in _SELF_REFERENCES if pattern.search(text)]
        found += [lv for lv in (kept_for(text), asked_not_to_share(text)) if lv is not None]
        found += [PUBLIC] if permitted(text) else []
    found += [lv for lv in (_leading(line), _tag(line, heading_depth)) if lv is not None]
    found += [lv] if (lv := tlp_level(fold(line))) is not None else []
    return strictest(found) if found else None


# A sentence about the document itself: "Ce document est strictement confidentiel",
# "Cette note ne doit pas être diffusée", "This document must not be shared".
SELF_WORDS = 30
_DOC = r"^(?:\w+ ){0,3}?(?:ce|cette|le present|la presente|this|the present)\s+(?:\w+\s+){0,2}?"
_DOC += r"(?:document|fichier|note|memo|rapport|presentation|fiche|guide|support"
_DOC += r"|file|report|deck|sheet|version|kit|contenu|content|diaporama|slides|message|mail"
_DOC += r"|e mail|email|courriel|compte rendu|communique|page|article)\b"
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
    (
        re.compile(
            r"^(?:document|note|memo|fiche|rapport|version|support|presentation|guide)"
            r"(?: \w+){0,3} (?:interne|internal|restreinte?|restricted)$"
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
# "Interne — ne pas diffuser", "Secret", but not "Interne ou externe, le délégué…". A
# weak word before a colon and a sentence defines a word ("Interne : se dit d'un…").
_LEADING_WORD = re.compile(r"^[\W_]*(\w+)[ \t*_]*([—–:|(/!-]|$)")
DEFINITION_WORDS = 4
# A tag in brackets opening or closing a line: "[INTERNE] Compte rendu", "Bilan (public)".
_TAGS = (re.compile(r"^[\W_]*[\[(]([^\])]{1,30})[\])]"), re.compile(r"[\[(]([^\])]{1,30})[\])]\W*$"))
# A strong phrase is a marking at a short line's start or end ("Stratégie — usage
# interne", "Document confidentiel, réservé…"), or anywhere in a line of a few words; in
# the middle of a sentence it is a mention ("que ces informations soient confidentielles
# ou publiques").
EDGE_WORDS = 2
FEW_WORDS = 5
_ALL_STRONG = {**_STRONG, **_STRONG_PUBLIC}


def _leading(line: str) -> str | None:
    match = _LEADING_WORD.match(fold(line))
    if not match or match.group(1) not in _LEADING:
        return None
    if match.group(2) == ":" and len(line[match.end() :].split()) >= DEFINITION_WORDS:
        return None
    return _LEADING[match.group(1)]


def _tag(line: str, heading_depth: int) -> str | None:
    levels = []
    for pattern in _TAGS:
        if (match := pattern.search(fold(line))) is not None:
            inner = fix_typos(_clean(match.group(1)))
            level = _WHOLE_LINE.get(inner) or CODES.get(inner)
            if level is not None and (heading_depth < 2 or level != PUBLIC):
                levels.append(level)
    return strictest(levels) if levels else None


# A banner's fields, one after the other: "Interne à X — ne pas transmettre", "DRAFT —
# internal, not for circulation", "Mise à jour : CONFIDENTIEL — direction uniquement".
_FIELD_BREAK = re.compile(r"\s*([—–:,]|\s-\s|\.\s)\s*")


def _segment_levels(line: str, heading_depth: int) -> list[str]:
    pieces = _FIELD_BREAK.split(line)
    found: list[str] = []
    for index in range(0, len(pieces), 2):
        segment = fix_typos(_clean(pieces[index])).replace(" : ", " ")
        if not segment:
            continue
        is_label = index + 1 < len(pieces) and pieces[index + 1] == ":"
        whole = None if is_label else (_WHOLE_LINE.get(segment) or CODES.get(segment))
        if whole is not None and (heading_depth < 2 or whole != PUBLIC):
            found.append(whole)
        found += _opening_phrases(segment)
        found += [lv] if (lv := kept_for(segment)) is not None else []
        found += [PUBLIC] if permitted(segment) else []
    return found


def _placed_phrases(text: str, *, sentence: bool = False) -> list[str]:
    words = text.split()
    found: list[str] = []
    for phrase, level in _ALL_STRONG.items():
        size = len(phrase.split())
        for start in range(len(words) - size + 1):
            if " ".join(words[start : start + size]) != phrase:
                continue
            at_edge = start < EDGE_WORDS or (start + size == len(words) and not sentence)
            if at_edge or len(words) <= FEW_WORDS:
                found.append(level)
                break
    return found


def _opening_phrases(text: str) -> list[str]:
    """A strong phrase that opens a line of any length marks it ("Document interne de
    l'équipe des relations avec le public, mis à jour en septembre")."""
    return [level for phrase, level in _ALL_STRONG.items() if f"{text} ".startswith(f"{phrase} ")]


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
