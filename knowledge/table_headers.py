"""A table header written on two rows, read as one row of column names.

People head a table with groups over sub-columns: « Points » over « 2026 » and « 2027 »,
« Avantages » over « en boutique » and « en ligne ». The group cell spans its sub-columns
(an HTML `colspan`, merged cells in a word processor, a grid table's wide cell), and the
cell that names the first column spans both header rows (or the corner above it is left
empty). Read row by row, the sub-column names become a first data row without a key, and
the columns after a group cell have no name. Such a pair of rows is one header: each
column is named by its group and its own name (« Points 2026 »).

A second row is a sub-header when the first row leaves a column unnamed after a named one
(the gap a spanning cell leaves), the second names every such column (but those a key cell
spanning both rows and the first columns covers: empty below from the first column on),
and one of the two rows leaves the first column empty (the key cell spans both rows, or the
corner is blank) while the other names it or leaves it empty too.
"""

from __future__ import annotations

from knowledge.text import normalize

Rows = tuple[tuple[str, ...], ...]


def _empty(cell: str) -> bool:
    return not normalize(cell)


def _cell(row: tuple[str, ...], j: int) -> str:
    return normalize(row[j]) if j < len(row) else ""


def _is_sub_header(top: tuple[str, ...], sub: tuple[str, ...]) -> bool:
    width = max(len(top), len(sub))
    if width < 3:
        return False
    gaps = [j for j in range(1, width) if not _cell(top, j) and _cell(top, j - 1)]
    if not gaps:
        return False
    # A gap the second row leaves empty too is the key's own: a key cell spanning both rows
    # and the first columns (« Avantage » over the group and the benefit) covers it.
    if any(not _cell(sub, j) and any(_cell(sub, i) for i in range(j)) for j in gaps):
        return False
    if all(not _cell(sub, j) for j in gaps):
        return False
    # The key column spans both rows (empty below) or its name sits under a blank corner.
    return not _cell(sub, 0) or not _cell(top, 0)


def merge_header_rows(rows: Rows) -> Rows:
    """`rows` (the first is the header) with a two-row header joined into one row."""
    if len(rows) < 3 or not _is_sub_header(rows[0], rows[1]):
        return rows
    top, sub = rows[0], rows[1]
    width = max(len(top), len(sub))
    header: list[str] = []
    group = ""
    for j in range(width):
        above, below = _cell(top, j), _cell(sub, j)
        if above:
            group = above
        elif j == 0:
            group = ""
        name_above = above or (group if j else "")
        if not below or below == name_above:
            header.append(name_above)
        elif not name_above:
            header.append(below)
        else:
            header.append(f"{name_above} {below}")
    return (tuple(header), *rows[2:])
