"""Where a PDF paragraph ends when paragraphs are set without space between them.

Many generators (and many authors) set paragraphs one after the other at the same line
spacing: no gap tells them apart. A paragraph's lines are full (the next word did not fit)
but for its last one; a line that ends a sentence well short of the text's width, followed
by a line that opens one, ends its paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence

SHORT_RATIO = 0.8  # a line shorter than this share of a full one ends its paragraph
MIN_LINES = 5  # body lines needed to know how long a full line is
ENDS = (".", "!", "?", "…", ":")


def full_line_chars(lengths: Sequence[int]) -> int:
    """How many characters a full line of body text holds, from the lengths of the body's
    lines (0: too few lines to tell)."""
    lengths = sorted(n for n in lengths if n)
    if len(lengths) < MIN_LINES:
        return 0
    return lengths[int(0.9 * (len(lengths) - 1))]


def ends_paragraph(above: str, line: str, full: int) -> bool:
    """`above` ends a sentence well short of a full line and `line` opens a sentence."""
    first = line[:1]
    opens = first.isupper() or first.isdigit() or first in "«\"'("
    return bool(full) and above.endswith(ENDS) and len(above) < SHORT_RATIO * full and opens
