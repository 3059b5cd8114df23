"""A later correction that makes a document stricter, in a long line.

"EDIT 02/04 (Thomas) : NON, reclassé confidentiel direction, y a les tarifs négociés
dedans", "Update 3 May, Jo: no — moved to internal, the figures are not final": a dated or
signed correction whose verb changes the level names the new level mid-line, after a
refusal, in a line too long for a banner. It only restricts: a correction that opens a
document keeps `marking_revisions`'s stricter reading.
"""

from __future__ import annotations

import re

from knowledge.marking_groups import CONFIDENTIAL, INTERNAL
from knowledge.marking_revisions import is_correction
from knowledge.text import fold

_CHANGED = re.compile(
    r"\b(?:reclass\w*|requalifi\w*|repass\w* en|pass\w* en|remis en|moved to|changed to"
    r"|reclassified as|reclassified to|upgraded to|now|desormais|dorenavant)\s+(?:en |as |to )?"
    r"(?:(?:c[0-4]|niveau \w+)\s+)?(?P<level>confidenti\w*|intern\w*|restreint\w*|restricted"
    r"|secret\w*|strictly confidential|strictement confidentiel\w*)\b"
)
_LEVELS = {"confidenti": CONFIDENTIAL, "secret": CONFIDENTIAL, "strict": CONFIDENTIAL}


def stricter_correction(raw: str) -> str | None:
    """The restrictive level a dated or signed correction in `raw` changes the document to."""
    if not is_correction(raw):
        return None
    found = _CHANGED.search(" ".join(fold(raw).replace("'", " ").split()))
    if found is None:
        return None
    word = found.group("level")
    return next((lv for stem, lv in _LEVELS.items() if word.startswith(stem)), INTERNAL)
