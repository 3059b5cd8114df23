"""PDF table cells set too close to read apart by their gaps, found by their alignment.

A word processor or a report generator writes each table cell as a text run of its own,
at its column's left edge. When a table is tight (a cell's text nearly fills its column),
the gap after a cell is no wider than a few spaces, and lines split into cells at wide
gaps (`knowledge.formats.pdf.to_lines`) read a row as one or two cells. Runs that start
at the same positions on consecutive lines are columns all the same: such lines are split
into one cell per run.

Prose is not: its runs (a word in bold, a link) start wherever the words fall, and never at
the same positions line after line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from knowledge.text import normalize

if TYPE_CHECKING:
    from knowledge.formats.pdf import Line

TOLERANCE = 1.5  # points between the starts of two runs of one column
ROW_SPACING = 3.0  # a table's lines stand at most this many font sizes apart
# Lines with two runs or more that a block of aligned lines needs: two, when they share at
# least three columns; three, when they share two (two lines of prose could share one
# position by chance, not three lines).
MIN_ROWS = {3: 2, 2: 3}


def _near(x: float, columns: list[float]) -> bool:
    return any(abs(x - c) <= TOLERANCE for c in columns)


def _block_end(lines: list[Line], i: int, columns: list[float]) -> tuple[int, int]:
    """(end, lines with several runs) of the lines from i whose runs all start at `columns`."""
    j, multi = i + 1, 1
    while j < len(lines):
        line, above = lines[j], lines[j - 1]
        if line.page != above.page or above.y - line.y > ROW_SPACING * line.size:
            break
        if not all(_near(run.x, columns) for run in line.runs):
            break
        multi += len(line.runs) >= 2
        j += 1
    return j, multi


def split_aligned_runs(lines: list[Line]) -> list[Line]:
    """`lines` (one page, top to bottom), those of aligned blocks split into a cell per run."""
    i = 0
    while i < len(lines):
        runs = lines[i].runs
        columns = sorted({round(run.x, 1) for run in runs})
        if len(runs) < 2 or len(columns) < len(runs):
            i += 1
            continue
        end, multi = _block_end(lines, i, columns)
        if multi >= MIN_ROWS[min(len(columns), 3)]:
            for line in lines[i:end]:
                line.cells = [(run.x, normalize(run.text)) for run in line.runs]
            i = end
        else:
            i += 1
    return lines
