"""A program's newsletter written to all its ambassadors: public when nothing restricts it.

"Ambassador newsletter #4 ⏎ Dear ambassadors, this quarter…", "Les Voix Clients : la lettre
n°12 ⏎ Chers ambassadeurs, merci…": a head that names a newsletter and greets the
ambassadors as a whole is what they receive. Both are needed: a greeting alone opens many
internal notes and requests ("Hello les ambassadeurs, il nous manque deux volontaires"), and
a newsletter named alone may be a report about it ("Newsletter ambassadeurs : taux
d'ouverture"). Any restriction elsewhere in the head still wins (`marking_head`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from knowledge.marking_sentences import clean_line

_NEWSLETTER = re.compile(
    r"\b(?:newsletter|news letter|lettre d information|lettre d info|la lettre(?: n(?:o|°)?)?"
    r" ?\d+|lettre mensuelle|lettre trimestrielle|bulletin|monthly letter|quarterly letter)\b"
)
_GREETING = re.compile(
    r"^(?:chers|cheres|chers et cheres|cher e s|dear|dear all|hello all)"
    r" (?:ambassadeurs|ambassadrices|ambassadeurs et ambassadrices|ambassadors)\b"
)
# The greeting follows the title within these lines.
_GREETING_LINES = 4


def letter_to_ambassadors(lines: Sequence[str]) -> str | None:
    """The greeting of a newsletter to all the ambassadors in a head's `lines`, or None."""
    kept = [raw for raw in lines if raw.strip()]
    for index, raw in enumerate(kept[:_GREETING_LINES]):
        if not _GREETING.match(clean_line(raw)):
            continue
        if any(_NEWSLETTER.search(clean_line(before)) for before in kept[:index]):
            return raw.strip()
    return None
