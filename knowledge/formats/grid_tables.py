"""Grid tables ("+----+----+" borders, "|" between cells), as reStructuredText, pandoc,
Emacs and SQL clients draw them, rewritten as one Markdown row per table row.

A row may run over several lines (its cells wrapped) up to the border under it; a border
left blank over a column ("+      +------+") is a cell spanning the rows on both sides:
each of them repeats its value, so that every row reads whole on its own.
"""

from __future__ import annotations

import itertools
import re

_BORDER = re.compile(r"^\+(?:[-=:]+\+)+$")
# An inner border: a column's segment blank where its cell spans the rows on both sides.
_INNER = re.compile(r"^\+(?:(?:[-=:]+| +)\+)+$")


def _cells(line: str, edges: list[int]) -> list[str] | None:
    """The line's text by column when its bars stand at the table's edges, else None."""
    if len(line) < edges[-1] + 1 or any(line[e] not in "|+" for e in edges):
        return None
    return [segment.strip() for segment in _segments(line, edges)]


def _row(text: list[str]) -> str:
    return "| " + " | ".join(cell.replace("|", "/") for cell in text) + " |"


def _segments(line: str, edges: list[int]) -> list[str]:
    return [line[a + 1 : b] for a, b in itertools.pairwise(edges)]


def _table(lines: list[str], start: int) -> tuple[list[str], int] | None:
    """(Markdown rows, index after the table) of the grid table whose top border is line
    `start`, or None when the lines between its borders do not keep to its columns."""
    top = lines[start].strip()
    indent = len(lines[start]) - len(lines[start].lstrip())
    edges = [k for k, c in enumerate(top) if c == "+"]
    rows: list[list[str]] = []
    header = 0
    parts: list[list[str]] = [[] for _ in edges[1:]]
    carried: list[str] = [""] * len(parts)
    i = start + 1
    while i < len(lines):
        line = lines[i][indent:].rstrip()
        i += 1
        if len(line) == len(top) and _INNER.match(line):
            if not any(parts):
                return None
            row = [" ".join([c, *p]).strip() for c, p in zip(carried, parts, strict=True)]
            rows.append(row)
            header = header or (len(rows) if "=" in line else 0)
            # A blank segment: the cell goes on in the next row, which repeats it.
            carried = [
                v if not seg.strip() else ""
                for v, seg in zip(row, _segments(line, edges), strict=True)
            ]
            parts = [[] for _ in parts]
            if _BORDER.match(line) and (i >= len(lines) or not lines[i].lstrip().startswith("|")):
                break
            continue
        cells = _cells(line, edges) if line.startswith("|") else None
        if cells is None:
            return None
        for k, cell in enumerate(cells):
            if cell:
                parts[k].append(cell)
    head = rows[: header or 1]
    if len(rows) - len(head) < 2 or any(parts):
        return None  # one row under the header: lines without borders between them are rows
    names = [" ".join(c for c in column if c) for column in zip(*head, strict=True)]
    out = [_row(names), _row(["---"] * len(names)), *(_row(r) for r in rows[len(head) :])]
    return out, i


def rewrite_grid_tables(text: str) -> str:
    """The text with each grid table rewritten as a Markdown table (the rest as written)."""
    lines = text.splitlines()
    expanded = [line.expandtabs(8) for line in lines]
    out: list[str] = []
    i = 0
    while i < len(lines):
        if _BORDER.match(lines[i].strip()):
            found = _table(expanded, i)
            if found is not None:
                rows, i = found
                out.extend(rows)
                continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)
