"""Rows that carry on the row above: a cell spanning several rows, as people write it.

A table often groups several lines under one key: the key cell spans them (an HTML
`rowspan`, merged cells in a word processor), or the author leaves it empty below the
first line ("Trimestriel | 40 points | une location offerte" then " |  | une séance
offerte"). Read row by row, the second line loses its key and reads alone. Such a line —
its first cell empty where the rows above and the header name one — is part of the row
above: its values are joined to that row's, column by column.
"""

from __future__ import annotations

from knowledge.text import normalize

JOINER = "; "


def _empty(cell: str) -> bool:
    return not normalize(cell)


def merge_continuation_rows(rows: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """`rows` (the first is the header) with each continuation row joined to the row above.

    A continuation row: not the first data row, its first cell empty and another one not,
    in a table whose header and first data row both name their first cell."""
    if len(rows) < 3 or len(rows[0]) < 2 or _empty(rows[0][0]) or _empty(rows[1][0]):
        return rows
    out: list[list[str]] = [list(rows[0]), list(rows[1])]
    for row in rows[2:]:
        if row and _empty(row[0]) and any(not _empty(cell) for cell in row[1:]):
            above = out[-1]
            above.extend([""] * (len(row) - len(above)))
            for k, cell in enumerate(row):
                cell = normalize(cell)
                if cell:
                    above[k] = f"{above[k]}{JOINER}{cell}" if normalize(above[k]) else cell
            continue
        out.append(list(row))
    return tuple(tuple(row) for row in out)
