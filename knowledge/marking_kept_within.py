"""A ban on spreading a document outside a small circle, read as that circle's level.

« Diffusion interdite hors direction des achats et service juridique », "Distribution
prohibited outside the board and legal": the ban alone reads internal ("diffusion
interdite"), yet the readers it leaves are the leadership named after it. Such a clause is
read as « diffusion limitée à … » when the circle it names is a leadership body
(`marking_groups`: confidential), never otherwise: the rewrite may only make the line
stricter.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from knowledge.marking_groups import CONFIDENTIAL, group_level
from knowledge.text import fold

__all__ = ["with_circles_read"]

_BAN = re.compile(
    r"\b(?P<what>diffusion|distribution|circulation|partage|communication|sharing)"
    r"\s+(?:(?:est|is)\s+)?(?:(?:strictement|formellement|strictly)\s+)?"
    r"(?:interdite?s?|prohib[ée]e?|proscrite?|prohibited|forbidden|not allowed)"
    r"\s+(?:hors|en dehors (?:de la|de l['’]|du|des|de)|sauf (?:à|a|au|aux|pour)"
    r"|outside(?: of)?(?: the)?|except(?: to| for)?(?: the)?)\s+(?P<who>[^.;!?]+)",
    re.IGNORECASE,
)


_ENGLISH = re.compile(r"\b(?:prohibited|forbidden|allowed|outside|except)\b", re.IGNORECASE)


def with_circles_read(lines: Sequence[str]) -> list[str]:
    """`lines` with each ban outside a leadership circle said as a limit to that circle."""
    return [_BAN.sub(_limited, line) for line in lines]


def _limited(found: re.Match[str]) -> str:
    if group_level(re.sub(r"['’]", " ", fold(found["who"]))) != CONFIDENTIAL:
        return found[0]
    english = _ENGLISH.search(found[0]) is not None
    return f"{'distribution limited to' if english else 'diffusion limitée à'} {found['who']}"
