"""A campaign's target named as the public at large is no readership.

A brief says whom its campaign or its workshop reaches ("Cible de la campagne : grand
public, 25–45 ans", "Target audience: general public", « Public visé par l'atelier : tout
public »): that is what the document is about, not who may read it, and reading it as an
opening would show an internal brief to every ambassador. Such a line is left out before
the head is read (a restriction in it, « Cible : grand public — brief interne », keeps it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from knowledge.marking_groups import group_level
from knowledge.text import fold

__all__ = ["without_open_targets"]

# "Cible", "Cible de la campagne", "Public cible", "Target audience", "Campaign target",
# « Public visé par l'atelier », "Intended market".
_TARGET_LABEL = re.compile(
    r"^[\W_]*(?:(?:public|audience|population|groupe|group|segment)s? )?(?:cible|target)s?\b"
    r"|^[\W_]*(?:campagne|campaign|marketing|ad|pub|publicite)s? (?:cible|target|audience)\b"
    r"|^[\W_]*(?:public|audience) vise(?:e|s)? (?:par|de|du|des|pour|by|of)\b"
)
_AT_LARGE = re.compile(
    r"\b(?:grand public|general public|large public|tout public|tous publics|public at large"
    r"|wider public|mass market|grande? audience)\b"
)
_RESTRICTION = re.compile(
    r"\b(?:interne?|internal|confidentiel\w*|confidential|restreinte?|restricted"
    r"|ne pas diffuser|do not (?:share|distribute|forward))\b"
)


def without_open_targets(lines: Sequence[str]) -> list[str]:
    """`lines` with each target line naming the public at large (see the module) left out."""
    return ["" if _open_target(line) else line for line in lines]


def _open_target(line: str) -> bool:
    label, sep, value = fold(line).partition(":")
    if not sep or len(label.split()) > 6 or not _TARGET_LABEL.match(label.replace("_", " ")):
        return False
    if _RESTRICTION.search(value):
        return False
    if group_level(value, restrictive_only=True) is not None:
        return False
    return _AT_LARGE.search(value) is not None
