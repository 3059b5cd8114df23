"""PDF tables: consecutive lines split into cells at the same column positions.

A cell that wraps fills its column to the next one's edge, and is set at the top, middle or
bottom of its row: the runs go to the column they start in, and a line one line's spacing
below another, in a table whose rows are set further apart, continues the same row.

A row that names only its key, a row's spacing below a full row, while the table goes on
after it, is a row of the table (its other cells merged with the row above or below, their
text set at the top or the bottom of the merged cells): the table does not end there. Which
row shares its cells cannot be told from the text alone, so its other cells stay empty.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from knowledge.document import TABLE, Block
from knowledge.text import normalize

if TYPE_CHECKING:
    from knowledge.formats.pdf import Line

HEADER_CELL_CHARS = 40  # a table's first row names its columns in a few words
# A bullet glyph or a number alone in a cell: a list item, not a table's first column.
MARKER = re.compile(r"^(?:[•·▪◦‣●○■□–\-*\x7f\u2022\uf0b7]|\d{1,3}[.)]?|[a-z][.)])$")


def columns_at(lines: list[Line], i: int) -> list[float]:
    """Where line i's cells start. Two header words of narrow columns set closer than a
    cell gap ("Points  Plafond") read as one cell; when each of the line's runs starts
    at a column of the row below, which has more, the header takes the row's columns."""
    columns = [x for x, _ in lines[i].cells]
    if i + 1 >= len(lines) or lines[i + 1].page != lines[i].page:
        return columns
    below = [x for x, _ in lines[i + 1].cells]
    starts = [run.x for run in lines[i].runs]
    matched = {next((c for c in below if abs(x - c) < 4), None) for x in starts}
    if len(below) > len(columns) and None not in matched and len(matched) >= 2:
        return below
    return columns


def table_start(lines: list[Line], i: int) -> bool:
    """Line i and the next row (after wrapped cells) are split at the same columns."""
    columns = columns_at(lines, i)
    if len(columns) < 2 or MARKER.match(lines[i].cells[0][1]):
        return False
    if any(len(text) > HEADER_CELL_CHARS for text in _row(lines[i], columns)):
        return False  # prose set in columns, not a table: a header names, it says little
    for j in range(i + 1, min(i + 4, len(lines))):
        line = lines[j]
        if not all(any(abs(x - c) < 4 for c in columns) for x, _ in line.cells):
            return False
        if len(line.cells) >= 2 or _run_columns(line, columns) >= 2:
            return True
        if abs(line.x - columns[0]) < 4 and not _wraps_into_row(lines, j, columns):
            if _lone_row(lines, j, columns):
                continue  # a key whose other cells are merged with the row below
            return False  # one cell in the first column: text after, not a row
    return False


def read_table(lines: list[Line], i: int, leading: float) -> tuple[Block, int]:
    """The table that starts at line i, and the index of the line after it."""
    columns = columns_at(lines, i)
    rows: list[list[str]] = []
    page = lines[i].page
    previous = lines[i]
    padded = False  # rows set apart by more than a line's spacing: a tight line wraps a cell
    while i < len(lines):
        line = lines[i]
        aligned = all(any(abs(x - c) < 4 for c in columns) for x, _ in line.cells)
        spread = 3 * max(leading, 1.2 * line.size)  # middle-set cells halve the gaps
        near = line.page != previous.page or previous.y - line.y <= spread
        if not aligned or not near:
            break
        first_column = abs(line.cells[0][0] - columns[0]) < 4
        row = _row(line, columns)
        alone = rows and first_column and sum(map(bool, row)) == 1 and len(columns) > 1
        far = previous.y - line.y > 1.6 * line.size or line.page != previous.page
        if alone and far and not _wraps_into_row(lines, i, columns):
            if not _lone_row(lines, i, columns) or sum(map(bool, rows[-1])) < 2:
                break  # one cell in the first column, far below: the text after the table
            rows.append(row)  # a key whose other cells are merged with a row beside it
            previous = line
            i += 1
            continue
        spacing = previous.y - line.y if line.page == previous.page else 0.0
        tight = padded and 0 < spacing <= 1.4 * line.size
        padded = padded or spacing > 1.5 * line.size
        continuation = rows and (not row[0] or (sum(map(bool, row)) == 1 and first_column))
        if tight or (continuation and previous.y - line.y <= 1.6 * line.size):
            rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], row, strict=True)]
        elif rows and row == rows[0] and line.page != previous.page:
            pass  # the header repeated at the top of a new page
        else:
            rows.append(row)
        previous = line
        i += 1
    return Block(TABLE, rows=tuple(tuple(r) for r in rows), page=page), i


def _run_columns(line: Line, columns: list[float]) -> int:
    """How many columns the line's runs start at (0 when one starts elsewhere): a row whose
    cells are set too close to read apart by their gaps."""
    matched = {next((c for c in columns if abs(run.x - c) < 4), None) for run in line.runs}
    return 0 if None in matched else len(matched)


def _lone_row(lines: list[Line], i: int, columns: list[float]) -> bool:
    """Line i, one cell in the first column, is a row of the table: set like its neighbours
    (their size and weight, a row's spacing from each, the same on both sides), and the
    line after it fills two columns or more."""
    if i < 1 or i + 1 >= len(lines):
        return False
    before, line, after = lines[i - 1], lines[i], lines[i + 1]
    if not before.page == line.page == after.page:
        return False
    above, below = before.y - line.y, line.y - after.y
    alike = line.size == before.size == after.size and line.bold == after.bold
    aligned = all(any(abs(x - c) < 4 for c in columns) for x, _ in after.cells)
    return (
        alike
        and aligned
        and above > 0
        and abs(below - above) <= 0.15 * above
        and sum(map(bool, _row(after, columns))) >= 2
    )


def _wraps_into_row(lines: list[Line], i: int, columns: list[float]) -> bool:
    """Line i is the first line of a cell set at the bottom of its row: the next line,
    one line's spacing below, fills more columns."""
    if i + 1 >= len(lines):
        return False
    line, after = lines[i], lines[i + 1]
    close = after.page == line.page and line.y - after.y <= 1.4 * after.size
    return close and sum(map(bool, _row(after, columns))) >= 2


def _row(line: Line, columns: list[float]) -> list[str]:
    """The line's text by column: each run goes to the column it starts in (a wrapped cell
    fills its column to the next one's edge, too close for a gap to split them)."""
    row = [""] * len(columns)
    for run in line.runs:
        k = max((c for c, x in enumerate(columns) if x - 4 <= run.x), default=0)
        row[k] = normalize(f"{row[k]} {run.text}")
    return row
