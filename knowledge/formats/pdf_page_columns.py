"""PDF pages set in two columns, read column by column.

A newsletter exported to PDF sets its text in two columns: read line by line across the
page, each line of the left column runs on into the line of the right column beside it.
A page is in two columns when a vertical gutter splits it: many runs start at one position
near the middle of the page, no run crosses it, and the left side is prose that fills its
lines from its left edge up to the gutter (a table's first column does not: its cells are
short and ragged, and stand apart from the text's left edge).

Lines across the whole page (a title, a readership line above the columns) cut the page
into bands; each band is read left column first, then right column.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from knowledge.formats.pdf import Line, Run

CHAR_WIDTH = 0.5  # average glyph width in em (as `knowledge.formats.pdf`)
TOLERANCE = 1.5  # points between the starts of two runs of one column
MIDDLE = (0.3, 0.7)  # where a gutter may stand, as a share of the text's width
MIN_STARTS = 3  # runs starting at the gutter's right edge
MIN_LEFT_LINES = 6
FULL_SHARE = 0.4  # left lines reaching the last `REACH` of the column: prose, not a table
REACH = 0.35
INDENT = 3.0  # ems from the column's left edge where a line of its prose starts
ACROSS_SHARE = 0.25  # lines across the page, at most, for the lines of the columns
SHARED_ROWS = 0.5  # right-column lines on a left line's baseline: maybe a table's rows


def _end(run: Run) -> float:
    return run.x + CHAR_WIDTH * run.size * len(run.text.strip())


def _crosses(run: Run, gutter: float) -> bool:
    return run.x < gutter - TOLERANCE and _end(run) > gutter + 2 * run.size


def _prose_left(runs: list[Run], gutter: float) -> bool:
    """Whether the runs left of `gutter` are lines of prose filling the column."""
    ends: dict[int, float] = {}
    starts: dict[int, float] = {}
    for run in runs:
        key = round(run.y)
        ends[key] = max(ends.get(key, 0.0), _end(run))
        starts[key] = min(starts.get(key, run.x), run.x)
    if len(ends) < MIN_LEFT_LINES:
        return False
    left = min(run.x for run in runs)
    reach = gutter - REACH * (gutter - left)
    full = [
        key
        for key, end in ends.items()
        if end >= reach and starts[key] - left <= INDENT * runs[0].size
    ]
    return len(full) >= FULL_SHARE * len(ends)


def _apart(runs: list[Run], columns: list[Run], gutter: float) -> bool:
    """Whether the columns read apart: no line across the page below the top of the right
    column (a title above the columns; a footer below them), few such lines, and the right
    column's lines not the rows of the left one's (a table's cells share their row's
    baseline; two columns of prose may, but then the right one is prose too)."""
    top = max(r.y for r in columns if r.x >= gutter - TOLERANCE)
    bottom = min(r.y for r in columns)
    across = {round(r.y) for r in runs if _crosses(r, gutter)}
    if any(bottom < y < top for y in across):
        return False
    if len(across) > ACROSS_SHARE * len({round(r.y) for r in columns}):
        return False  # a page of full lines above a table: one column
    right = [r for r in columns if abs(r.x - gutter) <= TOLERANCE]
    lefts = [r.y for r in columns if r.x < gutter - TOLERANCE]
    shared = sum(any(abs(r.y - y) <= 0.3 * r.size for y in lefts) for r in right)
    if shared < SHARED_ROWS * len(right):
        return True
    if len({round(r.y) for r in right}) < MIN_LEFT_LINES:
        return False  # a few rows side by side: a table
    margin = max(_end(r) for r in runs)
    reach = margin - REACH * (margin - gutter)
    return sum(_end(r) >= reach for r in right) >= FULL_SHARE * len(right)


def find_gutter(runs: list[Run]) -> float | None:
    """The x where the right column of a two-column page starts, or None."""
    runs = [run for run in runs if run.text.strip()]
    if len(runs) < MIN_LEFT_LINES + MIN_STARTS:
        return None
    left, right = min(run.x for run in runs), max(_end(run) for run in runs)
    low, high = left + MIDDLE[0] * (right - left), left + MIDDLE[1] * (right - left)
    starts = Counter(round(run.x) for run in runs if low <= run.x <= high)
    for x, _ in starts.most_common():
        at = [run for run in runs if abs(run.x - x) <= TOLERANCE]
        if len(at) < MIN_STARTS:
            break
        gutter = min(run.x for run in at)
        columns = [run for run in runs if not _crosses(run, gutter)]
        beside = [run for run in columns if run.x < gutter - TOLERANCE]
        if not _apart(runs, columns, gutter):
            continue
        if _prose_left(beside, gutter):
            return gutter
    return None


def column_lines(runs: list[Run], page: int) -> list[Line]:
    """`to_lines` of a page, column by column when it is set in two columns."""
    from knowledge.formats.pdf import to_lines

    gutter = find_gutter(runs)
    if gutter is None:
        return to_lines(runs, page)
    spanning_ys = sorted({s.y for s in runs if _crosses(s, gutter)}, reverse=True)
    groups: dict[tuple[int, int], list[Run]] = {}
    for run in runs:
        above = sum(y > run.y + 0.3 * run.size for y in spanning_ys)
        if _crosses(run, gutter):
            key = (above, 3)
        else:
            key = (above, 1 if run.x < gutter - TOLERANCE else 2)
        groups.setdefault(key, []).append(run)
    lines: list[Line] = []
    for key in sorted(groups):
        lines += to_lines(groups[key], page)
    return lines
