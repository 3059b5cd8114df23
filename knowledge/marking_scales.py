"""A classification scale's bare code at the top of a document: internal; the French state's
"Non protégé" alone on a line: public.

"Classe 1", "Class 3", "Niveau 0" alone on one of a head's first lines is a scale's mark
with no legend and no level's name. Schemes disagree on which end is the strictest (1 is
the top of some, the bottom of others), and a careful reader does not guess a public
reading: the document is marked, of an unknown strength, so internal (never public; no
sign of a small circle either). A code with its name ("Niveau 2 – Interne", "C0 –
Public") or a labelled one ("Classification : 2") is read by the other rules; a value of
something else is no mark ("Niveau de bruit : 2", "Level: B2", "Class IIa medical
device").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from knowledge.markers import INTERNAL, PUBLIC, Marking
from knowledge.text import fold

__all__ = ["bare_scale_marking", "unprotected_marking"]

# Where a banner is: a scale's code below the title and a subtitle is a body's line.
SCALE_LINES = 3
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s")
# The scale's word and one digit, with nothing else on the line but emphasis and brackets.
_BARE_CODE = re.compile(
    r"^[\W_]*(?:classe|class|niveau|level|categorie|category|cat|tier|palier|sensibilite"
    r"|sensitivity|classification|classif)\s*[.:#°n]?\s*[0-9][\W_]*$"
)


def bare_scale_marking(first_lines: Sequence[str]) -> Marking | None:
    """Internal, with the line, when one of `first_lines` (a head's non-empty lines, in order)
    is a scale's bare code; a Markdown sub-heading names a section, not the document."""
    for line in first_lines[:SCALE_LINES]:
        heading = _HEADING.match(line)
        if heading is not None and len(heading.group(1)) >= 2:
            continue
        if _BARE_CODE.match(fold(line).strip()):
            return Marking(INTERNAL, line.strip()[:120])
    return None


# The French state's scheme marks what it does not protect "Non protégé": no restriction.
_UNPROTECTED = re.compile(r"^[\W_]*(?:mention\s*:\s*)?non[ -]protegee?s?[\W_]*$")


def unprotected_marking(first_lines: Sequence[str]) -> Marking | None:
    """Public when one of `first_lines` is the state's "Non protégé" mark alone (a stricter
    mark elsewhere in the head still wins: the strictest is kept)."""
    for line in first_lines[:SCALE_LINES]:
        if _UNPROTECTED.match(fold(line).strip()):
            return Marking(PUBLIC, line.strip()[:120])
    return None
