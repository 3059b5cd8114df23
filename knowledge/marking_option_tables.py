"""A form's readership options laid out as a Markdown table, read as the one chosen.

Three layouts: the levels as columns and a row that ticks one (« | Diffusion | Public |
Interne | … | » then « | cocher | | X | | »); the levels as rows, each with its own cell to
tick (« | Public | ✓ | », « | Interne | | »); a two-column field table whose readership row
holds the option list (« | Diffusion | ~~Interne~~ Public | »), read as that field's line
(`field_row`). The first two become one field line ("Diffusion : Interne"); nothing ticked
leaves the table out (the author chose nothing).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from knowledge.marking_groups import LEVEL_NAMES, LEVEL_WORDS, LEVELS
from knowledge.text import fold

__all__ = ["LEVEL", "OPTION_WORDS", "TICKED", "field", "field_row", "levels", "tables_read"]

OPTION_WORDS = 3
LEVEL = re.compile(
    r"\b(?P<word>public|publique|interne|internal|restreinte?|restricted|confidentiel(?:le)?"
    r"|confidential|secret)\b"
)
# Boxes ticked: "☑", "[x]", "(x)", "■".
TICKED = r"☑|☒|✓|✔|✅|■|▣|\[\s*[xX✓✔]\s*\]|\(\s*[xX✓✔]\s*\)"

_ROW = re.compile(r"^\s*\|.*\|\s*$")
_RULE_ROW = re.compile(r"^\s*\|(?:\s*:?-+:?\s*\|)+\s*$")
_CELL_TICK = re.compile(rf"^(?:x|oui|yes|{TICKED})$", re.IGNORECASE)


def levels(text: str) -> list[str]:
    return [LEVEL_WORDS[m["word"]] for m in LEVEL.finditer(fold(text))]


def strictest(found: Sequence[str]) -> str:
    return max(found, key=LEVELS.index)


def field(label: str, level: str) -> str:
    return f"{label or 'Classification'} : {LEVEL_NAMES[level]}"


def _cells(row: str) -> list[str]:
    return [cell.strip() for cell in row.strip().strip("|").split("|")]


def tables_read(lines: list[str]) -> list[str]:
    """`lines` with each table of levels (see the module) read as its field line."""
    return _rows_read(_columns_read(lines))


def _columns_read(lines: list[str]) -> list[str]:
    """The levels as columns: the ticked column's level; no tick: left out."""
    out = list(lines)
    for i, line in enumerate(lines):
        if not _ROW.match(line) or i + 2 >= len(lines) or not _RULE_ROW.match(lines[i + 1]):
            continue
        heads = _cells(line)
        columns = {
            k: lv[0]
            for k, cell in enumerate(heads)
            if len(lv := levels(cell)) == 1 and len(cell.split()) <= OPTION_WORDS
        }
        rows = [r for r in lines[i + 2 : i + 4] if _ROW.match(r)]
        if len(set(columns.values())) < 2 or not rows:
            continue
        chosen = [
            columns[k]
            for row in rows
            for k, cell in enumerate(_cells(row))
            if k in columns and _CELL_TICK.match(cell)
        ]
        label = heads[0] if 0 not in columns else ""
        out[i] = field(label, strictest(chosen)) if chosen else ""
        for k in range(i + 1, i + 2 + len(rows)):
            out[k] = ""
    return out


def _level_row(row: str) -> tuple[str, bool] | None:
    """A row naming one level in its first cell, its other cells a tick or empty: the level
    and whether it is ticked."""
    if not _ROW.match(row) or _RULE_ROW.match(row):
        return None
    first, *rest = _cells(row)
    found = levels(first)
    if len(found) != 1 or len(first.split()) > OPTION_WORDS or not rest:
        return None
    if any(cell and not _CELL_TICK.match(cell) for cell in rest):
        return None
    return found[0], any(rest)


def _rows_read(lines: list[str]) -> list[str]:
    """The levels as rows: the ticked rows' strictest level, under the header's label."""
    out = list(lines)
    i = 0
    while i < len(lines):
        start = i
        read = []
        while i < len(lines) and (row := _level_row(lines[i])) is not None:
            read.append(row)
            i += 1
        if len({level for level, _ in read}) < 2:
            i = start + 1
            continue
        header = start - 2 if start >= 2 and _RULE_ROW.match(lines[start - 1]) else None
        label = _cells(lines[header])[0] if header is not None else ""
        chosen = [level for level, ticked in read if ticked]
        first = header if header is not None else start
        out[first] = field(label, strictest(chosen)) if chosen else ""
        for k in range(first + 1, i):
            out[k] = ""
    return out


def field_row(row: str, read: Callable[[str], str | None], is_label: Callable[[str], bool]) -> str:
    """A two-column table's row whose first cell is a readership label, read as that field's
    line by `read` when it holds an option list; any other row as written."""
    if not _ROW.match(row) or _RULE_ROW.match(row):
        return row
    cells = _cells(row)
    if len(cells) != 2 or levels(cells[0]) or not is_label(cells[0]):
        return row
    found = read(f"{cells[0]} : {cells[1]}")
    return row if found is None else found
