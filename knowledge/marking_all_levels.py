"""The client's own name beside "ambassadeurs", in a line that says every level.

« Ce guide s'adresse à tous les ambassadeurs Aubépine, quel que soit leur niveau », "For
every Aubépine ambassador, whatever your level": with no names declared, the capitalised word
beside the group may be the client's name, a level ("tous les ambassadeurs Or") or a region,
and the reader keeps it as a part (fail closed). When the same line says that no level is
left out (« quel que soit leur niveau », « sans distinction de niveau », « tous niveaux »,
« du niveau Passager au niveau Navigateur », "at every level"), the word is no level; the
line is read again without it (`without_own_name`), and that reading is kept only when it
opens the document (`marking_document`). A place written with a preposition ("… à Lyon") is
still read as a part by `marking_places`; a word the reader knows as a tier, a region or a
team ("Or", "Nord", "Équipe") keeps the line as it is, and so does a program's name
(« membres du programme Club Azur (tous niveaux) »: perhaps a sub-program, closed until
declared).
"""

from __future__ import annotations

import re

from knowledge.marking_ambassadors import NO_BRAND, names_staff
from knowledge.text import fold

__all__ = ["without_own_name"]

_THEIR = r"(?:leur|leurs|son|sa|votre|vos|ton|ta|their|your|his|her)"
_STEP = r"(?:niveau|palier|grade|rang)x?s?"
_STEP_EN = r"(?:level|tier|rank)s?"
_TIER = r"[A-ZÀ-Ý0-9][\w’'-]*(?: [\w’'-]+){0,2}?"
# Forms that leave no level out; each is read on the whole line.
_EVERY_LEVEL = re.compile(
    "|".join(
        (
            rf"\bsans distinction (?:de |d['’]\s*){_STEP}",
            rf"\bquel(?:le)?s? que soi(?:t|ent) {_THEIR} {_STEP}",
            rf"\btou(?:te)?s (?:les )?{_STEP}(?: confondu(?:e)?s)?\b",
            rf"\bde tous (?:les )?{_STEP}",
            rf"\b(?:whatever|regardless of|no matter) {_THEIR} {_STEP_EN}\b",
            rf"\b(?:at|of|across|on) (?:all|every|each) {_STEP_EN}\b",
            rf"\b(?:du|de) {_STEP} {_TIER} (?:au|à|a|jusqu['’]au) {_STEP} {_TIER}",
            rf"\bfrom (?:the )?{_STEP_EN} {_TIER} to (?:the )?{_STEP_EN} {_TIER}",
        )
    ),
    re.IGNORECASE,
)
_NAME = r"(?P<name>[A-ZÀ-Ý][\w’'-]*(?: [A-ZÀ-Ý][\w’'-]*)?)"
# « tous les ambassadeurs Aubépine, … », « à l'ensemble des ambassadrices Cordée. »: the name
# last in its clause.
_AFTER = re.compile(
    r"(?P<them>\b(?i:ambassadeurs|ambassadrices|ambassadors))"
    rf" {_NAME}(?=\s*(?:[,.;:!?)]|\s[—–-]\s|$))"
)
# "every Aubépine ambassador", "all Aubépine ambassadors".
_BEFORE = re.compile(
    rf"(?P<each>\b(?i:every|each|all|all (?:the|our)|tous les|toutes les)) {_NAME}"
    r" (?P<them>(?i:ambassadors?|ambassadeurs|ambassadrices))\b"
)


def _unnamed(found: re.Match[str]) -> str:
    name = found["name"]
    if names_staff(name) or any(fold(word) in NO_BRAND for word in name.split()):
        return found[0]  # a tier or a region ("ambassadeurs Or", "ambassadeurs Nord")
    each = found.groupdict().get("each")
    return f"{each} {found['them']}" if each else found["them"]


def without_own_name(line: str) -> str:
    """`line` without the capitalised name beside its "ambassadeurs" when the line says that
    no level is left out (`line` itself otherwise)."""
    if _EVERY_LEVEL.search(line) is None:
        return line
    return _BEFORE.sub(_unnamed, _AFTER.sub(_unnamed, line))
