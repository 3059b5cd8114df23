"""PDF table rows written as one text run, their cells set apart by runs of spaces.

Some exporters (a report generator, a text-to-PDF tool) write a whole table row as one run,
"Mousse   0 point   Kit de bienvenue": the cells stand at no aligned positions (each starts
where the one before ends), so `pdf_tables` cannot see the columns. Three spaces or more
never stand between two words of prose, though: consecutive lines split by them into the
same number of cells are a table's rows, the first one (naming the columns) included.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from knowledge.document import TABLE, Block
from knowledge.formats.pdf_tables import HEADER_CELL_CHARS
from knowledge.text import normalize

if TYPE_CHECKING:
    from knowledge.formats.pdf import Line

_GAP = re.compile(r"[ \t\u00a0]{3,}")
ROW_SPACING = 3.0  # a table's rows stand at most this many font sizes apart


def spaced_cells(line: Line) -> list[str]:
    """The line's cells when its one run holds cells apart by runs of spaces, else []."""
    if len(line.runs) != 1:
        return []
    parts = [normalize(part) for part in _GAP.split(line.runs[0].text.strip())]
    parts = [part for part in parts if part]
    return parts if len(parts) >= 2 else []


def _next_row(lines: list[Line], j: int, width: int) -> bool:
    """Line j carries on the table of `width` cells whose previous row is line j - 1."""
    line, above = lines[j], lines[j - 1]
    near = line.page != above.page or above.y - line.y <= ROW_SPACING * line.size
    return near and len(spaced_cells(line)) == width


def spaced_table_start(lines: list[Line], i: int) -> bool:
    """Line i names the columns of spaced rows, and the next line is one of them."""
    cells = spaced_cells(lines[i])
    if not cells or any(len(cell) > HEADER_CELL_CHARS for cell in cells):
        return False
    return i + 1 < len(lines) and _next_row(lines, i + 1, len(cells))


def read_spaced_table(lines: list[Line], i: int) -> tuple[Block, int]:
    """The spaced table that starts at line i, and the index of the line after it."""
    header = tuple(spaced_cells(lines[i]))
    rows = [header]
    page = lines[i].page
    i += 1
    while i < len(lines) and _next_row(lines, i, len(header)):
        row = tuple(spaced_cells(lines[i]))
        if row != header:  # the header repeated at the top of a new page
            rows.append(row)
        i += 1
    return Block(TABLE, rows=tuple(rows), page=page), i
