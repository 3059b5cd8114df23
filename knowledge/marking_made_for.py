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
from knowledge.marking_groups import group_level, names_outsiders
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
    r"|pensee|elabore|elaboree|etabli|etablie|remis|remise|transmis|transmise|handed|given"
    r"|circulated|distributed|distribue|distribuee)"
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
    r" s for|this (?:document|doc|one|deck|file) is for"
    r"|for the (?:sole|exclusive) use of|pour (?:le seul|l) usage (?:exclusif )?(?:de la|de l|du"
    r"|des|de|d)|a l attention (?:exclusive )?(?:de la|de l|du|des|de|d)) (?P<who>.+)$"
)
# A short banner naming its readers alone: "For the ELT", « Pour le CSE », « Diffusion N-1
# et plus » (a labelled line without its colon, not a department: "Diffusion team"); an
# article before the group, so that "For managers" as a guide's title is not read.
_BARE_FOR = re.compile(
    r"^(?:(?:for|pour) (?:the|le|la|les|l|our|nos|notre)"
    r"|diffusion(?! (?:team|teams|department|dept|service|desk)\b)) (?P<who>.+)$"
)
_BARE_WORDS = 6
# The company's managers, named alone where a document was made for them.
_MANAGERS = re.compile(r"\b(?:managers|supervisors|encadrants|managers de proximite)\b")
# Readers addressed, then told the document is theirs alone: « Testeuses du panel (12) : ce
# questionnaire vous est réservé », "Beta crew: this survey is just for you".
_YOURS = re.compile(
    r"^(?:(?:hello|hi|dear|bonjour|salut|cher|chere|chers|cheres) )?(?P<who>[^:]{3,80}?) : "
    r"(?:(?:ce|cette|cet|this|the) \w+(?: \w+)? |it |c )?(?:vous est|t est|est|is|s)"
    r" (?:exclusivement |uniquement |just |only |exclusively )?"
    r"(?:reservee?s?|destinee?s?|(?:reserved )?for you(?: only| alone)?)$"
)
# A banner's parts: "NOTE D'INFORMATION — POUR LE CSE".
_PARTS = re.compile(r"\s[—–|]\s|\s-\s")
_EYES = re.compile(r"^for (?P<who>.+?)(?: s)? eyes(?: only)?$")
# Who wrote it is no reader: "Rédigé pour les ambassadeurs par l'équipe communauté".
_BY = re.compile(r" (?:par|by|de la part de|from|avec|with) ")
_NOT_FACING = re.compile(
    r"^(?:not|non|pas) (?:client|customer|member|public|externally|external) facing\b"
    r"|^(?:not|never) (?:to be )?(?:shown|shared|sent) (?:to|with) (?:clients|customers)\b"
)


def made_for_marking(lines: Iterable[str]) -> Marking | None:
    """The strictest restriction the head's sentences give by whom it was made for."""
    found = [
        (level, line)
        for line in lines
        if (level := _strictest(made_for_level(part) for part in (line, *_PARTS.split(line))))
        is not None
    ]
    if not found:
        return None
    top = strictest(level for level, _ in found)
    return Marking(top, next(line for level, line in found if level == top))


def made_for_level(line: str) -> str | None:
    """Internal or confidential when `line` says the document was made for staff or
    leadership (see the module's docstring); None otherwise."""
    text = clean_line(line.strip().lstrip("#>*-_ ").rstrip(".!*_ "))
    if not text or len(text.split()) > _MAX_WORDS:
        return None
    if (yours := _YOURS.match(text)) is not None:
        return _addressed_level(yours.group("who"))
    if ":" in text:
        return None
    if _NOT_FACING.search(text):
        return INTERNAL
    for pattern in (_MADE_FOR, _READ_BY, _EYES):
        match = pattern.match(text)
        if match:
            who = _BY.split(match.group("who"), maxsplit=1)[0]
            level = group_level(who, restrictive_only=True)
            return INTERNAL if level is None and _MANAGERS.search(who) else level
    bare = _BARE_FOR.match(text)
    if bare is not None and len(text.split()) <= _BARE_WORDS:
        return group_level(bare.group("who"), restrictive_only=True)
    return None


def _addressed_level(who: str) -> str | None:
    """The level of the readers a note addresses before "this is reserved for you": theirs
    when staff or leadership, none for everyone or all the ambassadors, else internal (a
    part of them: "12 testers", a group the reader does not know)."""
    level = group_level(who, restrictive_only=True)
    if level is not None:
        return level
    return None if names_outsiders(who) else INTERNAL


def _strictest(levels: Iterable[str | None]) -> str | None:
    found = [level for level in levels if level is not None]
    return strictest(found) if found else None
