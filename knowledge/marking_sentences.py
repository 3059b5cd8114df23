"""Sentences of a document's first lines that say who may read it.

`knowledge.markers` reads a line three ways; this module holds what works on a line's
sentences: the words left once a line is cleaned, the sentences of a line, what one
sentence says about the document's readers, and a level written before a dash.
"""

from __future__ import annotations

import re

from knowledge.line_cache import per_line
from knowledge.marking_groups import CONFIDENTIAL, INTERNAL, PUBLIC, group_level
from knowledge.marking_phrases import (
    SELF_REFERENCES,
    asked_not_to_share,
    held_back,
    kept_for,
    permitted,
    visible_to,
)
from knowledge.marking_words import NEGATED, WHOLE_LINE, fix_typos
from knowledge.text import fold

SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý])")

# Who reads the readers' data ("Seule notre équipe consulte vos données") is no reader
# of the document.
DATA_OBJECT = re.compile(
    r"\b(?:vos|tes|your) (?:donnees|data|informations|information|coordonnees|reponses|answers"
    r"|details|infos)\b"
)
_SUBJECT = re.compile(r"^(?:\d+ )?(?:le|la|les|l|des|vos|nos|leurs|the|your|our|their) \w+")

# A level alone before a dash opens a banner even when a sentence follows it: "Public —
# à destination des ambassadeurs et des partenaires de la station." A public word only
# when what follows names readers outside the company ("Public — jeunes parents de
# 25-35 ans" is a campaign's target, not a marking).
_DASH = re.compile(r"\s+[—–-]\s+|\s*[—–]\s*")
_FOR_READERS = re.compile(
    r"^(?:a destination|destinee?s?|pour|for|intended for|meant for|addressed to|shared with"
    r"|partagee? avec|a partager avec|a diffuser (?:a|aux|aupres))\b(?: \w+){0,3}$"
)


_COLON = re.compile(r"\s*[:：]\s*")
_NOT_WORD = re.compile(r"[^\w:]+")


@per_line
def clean_line(line: str) -> str:
    """Accent-folded, casefolded words; `:` kept as the one separator that matters."""
    folded = fold(line).replace("_", " ")
    folded = _COLON.sub(" : ", folded)
    return " ".join(_NOT_WORD.sub(" ", folded).split())


def self_levels(sentence: str, item: bool, about_data: bool) -> list[str]:
    """What one sentence says about who may read the document it opens.

    `about_data`: its line speaks of the readers' data ("Only our team. Your data is…").
    `item`: a list item, whose own subject ("Les retours sont transmis à l'équipe interne
    uniquement") is no reader of the document.
    """
    text = " ".join(NEGATED.sub(" ", fix_typos(clean_line(sentence)).replace(" : ", " ")).split())
    if not text:
        return []
    found = [level for pattern, level in SELF_REFERENCES if pattern.search(text)]
    said = [asked_not_to_share(text), held_back(text)]
    if not about_data and not (item and _SUBJECT.match(text)):
        said += [kept_for(text), visible_to(text)]
    found += [lv for lv in said if lv is not None]
    return [*found, PUBLIC] if permitted(text) else found


# A later sentence that speaks of the document by a pronoun or by its noun alone: "Ce
# dossier rassemble les échanges… Il est confidentiel et ne doit être lu que par…", « Les
# membres n'en sont pas informés. Document strictement confidentiel, réservé à… ».
_SELF_SUBJECT = (
    r"^(?:(?:il|elle|it) (?:est|reste|is|remains)|(?:document|note|dossier|fiche|rapport|memo"
    r"|compte rendu|report|file|this document)(?: (?:est|is))?) "
)
_PRONOUN_SELF: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            _SELF_SUBJECT + r"(?:(?:strictement|hautement|tres|strictly|highly) )?"
            r"(?:confidentiel(?:le)?|confidential)\b"
        ),
        CONFIDENTIAL,
    ),
    (
        re.compile(
            _SELF_SUBJECT + r"(?:strictement |strictly )?"
            r"(?:(?:a usage )?interne|internal|for internal use)\b"
        ),
        INTERNAL,
    ),
)


def pronoun_levels(clean: str) -> list[str]:
    """The level a later sentence of a line gives the document it calls "il", "it" or by its
    noun alone (`clean`: the sentence as `clean_line` leaves it)."""
    return [level for pattern, level in _PRONOUN_SELF if pattern.match(clean)]


def level_before_dash(line: str, heading_depth: int) -> str | None:
    """The level a line opens with before a dash, when what follows may be a sentence."""
    pieces = _DASH.split(line, maxsplit=1)
    if len(pieces) < 2 or heading_depth >= 2:
        return None
    level = WHOLE_LINE.get(fix_typos(clean_line(pieces[0])))
    if level != PUBLIC:
        return level
    readers = clean_line(SENTENCES.split(pieces[1])[0]).split()
    for end in range(1, len(readers) + 1):
        said = " ".join(readers[:end])
        if _FOR_READERS.match(said) and group_level(readers[end - 1]) == PUBLIC:
            return PUBLIC
    return None


# A restrictive level alone after a line's last dash closes a banner however long the line
# before it: "Note à l'attention de M. le directeur général et de Mme l'adjointe aux
# finances — confidentiel", "Compte rendu du comité de suivi du 12 mars 2025 avec les
# partenaires — usage interne". A public word there is no marking ("… — public" may name
# an audience), and a sentence's end is what the sentence talks about.
_LAST_DASH = re.compile(r"\s[—–-]\s+|\s*[—–]\s*")


def level_after_dash(line: str, heading_depth: int) -> str | None:
    """The restrictive level a line closes with after its last dash, or None."""
    pieces = _LAST_DASH.split(line.rstrip())
    if len(pieces) < 2 or heading_depth >= 2 or not pieces[0].strip():
        return None
    level = WHOLE_LINE.get(fix_typos(clean_line(pieces[-1])))
    return level if level is not None and level != PUBLIC else None


# A list item: a bullet or a number opens it, or it follows a sentence ending in ":" or a
# bullet alone on its line (PDF text often puts the bullet on a line of its own).
_ITEM = re.compile(r"^\s*(?:[-*•–·▪◦]|\d{1,2}[.)])\s+\S")
_LONE_BULLET = re.compile(r"^\s*[-*•–·▪◦]\s*$")


def is_item(line: str, previous: str) -> bool:
    """`line`, after `previous`, is a list item (a rule or a promise rather than a banner)."""
    introduced = previous.rstrip().endswith(":") or _LONE_BULLET.match(previous) is not None
    return _ITEM.match(line) is not None or introduced
