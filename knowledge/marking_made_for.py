"""Whom a document was made for, said in a sentence rather than on a labelled line.

A cover page or an opening sentence often names its readers by how the document came to
be: "Prepared for the executive committee", "This deck was written for the support team",
« Document rédigé pour le comité de pilotage », "To be read by the sales team", « À lire
par l'équipe support », « Ce doc est pour l'équipe commerciale », "For managers' eyes".
When the readers named are staff or leadership (`marking_groups.group_level`), the
document is theirs. Only restrictions are read here: a document made for every
ambassador is left to the readers that open (opening on a verb of making would open a
brief "prepared for the ambassadors' day" that the team keeps to itself).

"Not client-facing" / "not customer-facing" says the same from the other side: it is not
meant to leave the company.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from knowledge.markers import INTERNAL, Marking, strictest
from knowledge.marking_groups import group_level
from knowledge.marking_sentences import clean_line

# A sentence longer than this is prose about the document's subject, not its readers.
_MAX_WORDS = 16

_DOCUMENT = (
    r"(?:document|doc|deck|file|fichier|note|memo|report|rapport|brief|support"
    r"|presentation|slides|compte rendu|cr|one|page|guide|fiche|dossier|plan)"
)
_MADE = (
    r"(?:prepared|written|made|meant|intended|designed|drafted|put together|compiled"
    r"|prepare|preparee|redige|redigee|ecrit|ecrite|concu|concue|destine|destinee|pense"
    r"|pensee|elabore|elaboree|etabli|etablie)"
)
_FOR = r"(?:for|pour|a l|a la|aux|au|a)"
_MADE_FOR = re.compile(
    rf"^(?:(?:this|the|ce|cette|le|la) {_DOCUMENT} (?:is|was|s|has been|est|a ete) )?"
    rf"(?:(?:document|doc|deck|note|report|rapport|fiche) )?"
    rf"{_MADE} (?:specifically |exclusively |only |uniquement |exclusivement )?{_FOR} "
    r"(?P<who>.+)$"
)
_READ_BY = re.compile(
    r"^(?:to be read by|to be used by|for use by|a lire par|a consulter par|a l usage de"
    r"|a l usage des|a l usage du|pour usage par|(?:ce|cette|le) (?:document|doc|fichier"
    r"|note|fiche|deck|support) (?:est|is) (?:pour|for)|this (?:document|doc|one|deck|file)"
    r" s for|this (?:document|doc|one|deck|file) is for) (?P<who>.+)$"
)
_EYES = re.compile(r"^for (?P<who>.+?)(?: s)? eyes(?: only)?$")
# Who wrote it is no reader: "Rédigé pour les ambassadeurs par l'équipe communauté".
_BY = re.compile(r" (?:par|by|de la part de|from|avec|with) ")
_NOT_FACING = re.compile(
    r"^(?:not|non|pas) (?:client|customer|member|public|externally|external) facing\b"
    r"|^(?:not|never) (?:to be )?(?:shown|shared|sent) (?:to|with) (?:clients|customers)\b"
)


def made_for_marking(lines: Iterable[str]) -> Marking | None:
    """The strictest restriction the head's sentences give by whom it was made for."""
    found = [(level, line) for line in lines if (level := made_for_level(line)) is not None]
    if not found:
        return None
    top = strictest(level for level, _ in found)
    return Marking(top, next(line for level, line in found if level == top))


def made_for_level(line: str) -> str | None:
    """Internal or confidential when `line` says the document was made for staff or
    leadership (see the module's docstring); None otherwise."""
    text = clean_line(line.strip().lstrip("#>*-_ ").rstrip(".!*_ "))
    if not text or len(text.split()) > _MAX_WORDS or ":" in text:
        return None
    if _NOT_FACING.search(text):
        return INTERNAL
    for pattern in (_MADE_FOR, _READ_BY, _EYES):
        match = pattern.match(text)
        if match:
            who = _BY.split(match.group("who"), maxsplit=1)[0]
            return group_level(who, restrictive_only=True)
    return None
