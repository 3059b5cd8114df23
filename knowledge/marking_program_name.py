"""The program's own name beside the word for its members: the program itself, not a part.

Programs are named with a word for a body of people and a proper name: « le Cercle
Altitude », « le programme Opaline », "the Hop Circle". Its readers are then written « tous
les membres du Cercle Altitude », « Diffusion : membres du programme Cercle Altitude »,
"Audience: all Hop Circle members", « tous les ambassadeurs du Cercle Magnésie »: the
members of the program, every one of them. The rest of the reader takes any capitalised
word beside the members' word as a possible part of them ("ambassadeurs Lumina",
"membres Or") and keeps the document closed, so these lines stay closed although nothing
narrows them.

Here the name is dropped when it is written as a program's name, joined to a body word
(« du Cercle Altitude » becomes « du Cercle »), and the line is read as before. Read
strictly, since this can only open: the body word is there, the name is capitalised words
written right after it (or before "Circle"/"Club" in English), and none of its words is a
tier, a staff group, a level, a test or founding group ("Club Or", "Cercle Premium",
"programme Bêta", "Club Fondateurs", "Cercle Direction" keep their reading). A group named
after a preposition (« Cercle de Lyon », « Cercle des Lyonnais ») is left as written.
"""

from __future__ import annotations

import re

from knowledge.marking_ambassadors import NO_BRAND, Said, names_staff
from knowledge.marking_groups import group_level
from knowledge.text import fold

_THEM = r"(?:ambassad\w*|membres?|members?|adh[ée]rent(?:e|s|es)?)"
_OF = r"(?:du|de\s+la|de\s+l['’]|d['’]|of\s+the|of\s+our|of)"
_BODY = (
    r"(?:programme|program|cercle|circle|club|communaut[ée]|community|r[ée]seau|network"
    r"|tribu|tribe)"
)
_CAPITAL = r"[A-ZÀ-Ý][\w’'-]*"
_NAME = rf"(?:[«“\"][ \t]*)?(?P<name>{_CAPITAL}(?:[ \t]+{_CAPITAL}){{0,2}})(?:[ \t]*[»”\"])?"
# « membres du Cercle Altitude », « membres du programme Cercle Altitude », "members of the
# Cercle Altitude": the words after the body word are the name.
_AFTER_BODY = re.compile(rf"(?P<keep>\b(?i:{_THEM}[ \t]+{_OF}[ \t]*{_BODY}))[ \t]+{_NAME}(?!\w)")
# "Hop Circle members", "every Hop Circle member": the name before the body word.
_BEFORE_BODY = re.compile(
    rf"(?<![\w-]){_NAME}[ \t]+(?P<keep>(?i:circle|club|community|program|programme)[ \t]+"
    rf"(?i:members?|membres?|ambassadors?))\b"
)
# A part named by what it does, when it joined or where it stands.
_PART = re.compile(
    r"\b(?:pilot\w*|beta|test\w*|founding|fondat\w*|founders?|core|advisory|consultati\w*"
    r"|conseil|comite|committee|board|direction|management|staff|equipe|team|bureau"
    r"|niveau\w*|levels?|tiers?|palier\w*|vip|premium|prive\w*|private|interne?|internal"
    r"|confidenti\w*|restreint\w*|restricted|secret\w*|nord|sud|est|ouest|north|south|east"
    r"|west|region\w*|local\w*)\b"
)


def without_program_name(line: str) -> str:
    """`line` with a program's own name dropped where it follows (or, in English, precedes)
    the body word beside the members' word; `line` itself when there is none."""
    line = _AFTER_BODY.sub(_dropped, line)
    return _BEFORE_BODY.sub(_dropped, line)


def _dropped(found: re.Match[str]) -> str:
    name = found.group("name")
    return found.group("keep") if _program_name(name) else found.group(0)


def _program_name(name: str) -> bool:
    words = fold(name).replace("’", " ").replace("'", " ").replace("-", " ").split()
    if not words or any(w in NO_BRAND or w.rstrip("s") in NO_BRAND for w in words):
        return False
    text = " ".join(words)
    if _PART.search(text) or names_staff(text):
        return False
    return group_level(text) is None


class ProgramNames:
    """`said` (the client's names for its ambassadors read as "ambassadeurs", or None), then
    a program's own name dropped beside the members' word (`without_program_name`)."""

    def __init__(self, said: Said | None) -> None:
        self.said = said

    def __call__(self, line: str) -> str:
        return without_program_name(self.said(line) if self.said is not None else line)


def with_program_names(said: Said | None) -> ProgramNames:
    """`said` extended with the program's own names (`ProgramNames`)."""
    return ProgramNames(said)


def names_declared(said: Said | None) -> bool:
    """The client declared names for its ambassadors: `said` reads them as the word."""
    if isinstance(said, ProgramNames):
        return said.said is not None
    return said is not None
