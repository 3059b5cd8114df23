"""Plain text: lettered headings ("a) Rotation des demandes", "b) Limites de charge").

A line opened by a letter and a parenthesis reads as a list item, but alone on its line
(a blank line before and after it) over a paragraph, a list or a table, short, opened by
a capital and without closing punctuation, it names the text under it: a lettered
subsection of the heading before it. Without it, three subsections read as one section
and a question about one of them met the whole part's first lines.
"""

from __future__ import annotations

import re
from typing import Protocol

from knowledge.formats.plain_parents import Line, alone

LETTERED = re.compile(r"^([a-zA-Z])\)\s+(\S.*)$")


class Reader(Protocol):
    lines: list[Line]
    out: list[str]

    def heading_text(self, text: str) -> bool: ...

    def opens_text(self, i: int) -> bool: ...


def lettered(reader: Reader, i: int) -> bool:
    """Line i is a lettered heading (see the module's docstring)."""
    lines = reader.lines
    match = LETTERED.match(lines[i].text)
    if not match or not alone(lines, i) or i + 1 >= len(lines):
        return False
    if not reader.heading_text(match.group(2)):
        return False
    return not LETTERED.match(lines[i + 1].text) and reader.opens_text(i + 1)


class LetterLevels:
    """The level of lettered headings: siblings share one, below the heading before the
    first of them."""

    def __init__(self) -> None:
        self.written_at = -1  # where in the output the last lettered heading was written
        self.level = 0

    def next(self, out: list[str], level_now: int) -> int:
        """The level of a lettered heading about to be written at the end of `out`."""
        if self.written_at < 0 or any(x.startswith("#") for x in out[self.written_at + 1 :]):
            self.level = min(6, level_now + 1)
        self.written_at = len(out)
        return self.level
