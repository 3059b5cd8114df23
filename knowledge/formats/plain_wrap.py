"""Plain text: the width a hard-wrapped text was wrapped at.

A text wrapped by its editor ends most lines of a paragraph short of a fixed width; a line
within a few characters of it is full, the next word did not fit. The width tells a line
of wrapped prose from a short line that stands alone (a heading).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from typing import Protocol

# Lines cut at a width of at most `WRAP_CHARS`, of at least `MIN_WRAP_CHARS`, seen on at
# least `MIN_WRAPPED_LINES` lines followed by another line of their paragraph.
WRAP_CHARS = 100
MIN_WRAP_CHARS = 50
MIN_WRAPPED_LINES = 3
# Words no heading ends with (articles, prepositions, conjunctions): a line cut after one
# goes on in the next line, even when that one opens with a name ("accueillent les" over
# "Pignes pour…"), and whatever the width (a text may mix wrapped and unwrapped lines).
# An English heading may end with a preposition ("Who this server is for"): only its
# articles and "and" count.
OPEN_ENDINGS = frozenset(
    {"le", "la", "les", "un", "une", "des", "du", "de", "à", "au", "aux", "et", "ou"}
    | {"pour", "par", "sur", "dans", "avec", "chez", "vers", "sans"}
    | {"the", "a", "an", "and"}
)


class Line(Protocol):
    text: str
    group: int


def wrap_width(lines: Sequence[Line], opens_block: Callable[[str], bool]) -> int:
    """The width a hard-wrapped text is wrapped at (0: not wrapped): the longest line that
    another line of its paragraph follows, when several such lines stop before the width
    at which editors wrap and none is longer. A following line that `opens_block` (a list
    item, an underline) does not continue the line before it."""
    inner = [
        len(line.text)
        for line, after in itertools.pairwise(lines)
        if after.group == line.group and not opens_block(after.text) and "|" not in line.text
    ]
    longest = max((len(line.text) for line in lines if "|" not in line.text), default=0)
    if len(inner) < MIN_WRAPPED_LINES or longest > WRAP_CHARS or max(inner) < MIN_WRAP_CHARS:
        return 0
    return max(inner)


def ends_open(text: str) -> bool:
    """A line that stops after an article, a preposition or an elided word ("l'"), written
    in lower case: a capital makes it a name ("Niveau Or", "Plan A")."""
    words = text.split()
    return bool(words) and (words[-1] in OPEN_ENDINGS or words[-1].endswith(("'", "’")))
