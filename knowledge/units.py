"""The text of a chunk, written so that its units can be read back.

A chunk's text is what search indexes and what a model reads, one line per unit part:

- a paragraph: one line;
- a list: the sentence that introduces it (if any), then one "- item" (or "1. item") line
  per item;
- a table: the introducing sentence (if any), then one line per row written as
  "column: value · column: value" (every row says what its values are, for search).

`read_units` turns such a text back into units, so that an answer can quote a whole unit:
a list with its introduction, a table's header with the rows that answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.document import LIST, PARAGRAPH, TABLE, Block
from knowledge.text import normalize

CELL_SEPARATOR = " · "
KEY_SEPARATOR = ": "
EMPTY_CELL = "—"
_ITEM = re.compile(r"^(?:- |(\d{1,3})\. )(.+)$")


# A colon inside a cell is written with a space before it ("Exemple : vidéo"), so that
# only the separator of "column: value" follows a word directly; a " · " inside a cell
# ("3 · Épi") is kept, the parts after it without such a separator read back as its rest.
_KEY_SPLIT = re.compile(r"(?<=\S): ")
_CELL_COLON = re.compile(r"\s*: ")


def _cell(text: str) -> str:
    return _CELL_COLON.sub(" : ", normalize(text)).strip() or EMPTY_CELL


def row_line(header: tuple[str, ...], row: tuple[str, ...]) -> str:
    """One table row as "column: value" pairs."""
    width = max(len(header), len(row))
    keys = [_cell(header[i]) if i < len(header) else EMPTY_CELL for i in range(width)]
    values = [_cell(row[i]) if i < len(row) else EMPTY_CELL for i in range(width)]
    return CELL_SEPARATOR.join(f"{k}{KEY_SEPARATOR}{v}" for k, v in zip(keys, values, strict=True))


def render(block: Block) -> list[str]:
    """The lines of one block in a chunk's text."""
    intro = [normalize(block.text)] if block.text else []
    if block.kind == LIST:
        if block.ordered:
            return intro + [f"{n}. {normalize(x)}" for n, x in enumerate(block.items, start=1)]
        return intro + [f"- {normalize(x)}" for x in block.items]
    if block.kind == TABLE:
        header, *rows = block.rows
        if len(header) < 2:  # one column: a list in all but name
            return intro + [f"- {normalize(r[0])}" for r in block.rows if r and r[0]]
        if not rows:
            return [*intro, " | ".join(normalize(c) for c in header)]
        return intro + [row_line(header, row) for row in rows]
    return [normalize(block.text)]


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit read back from a chunk's text."""

    kind: str
    intro: str = ""  # the introducing sentence of a list or table; a paragraph's text
    items: tuple[str, ...] = ()  # list items (without markers), or table rows (as lines)
    header: tuple[str, ...] = ()  # a table's column names

    @property
    def text(self) -> str:
        return "\n".join([self.intro, *self.items] if self.intro else self.items)


def parse_row(line: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(columns, values) of a row line, or None for any other line."""
    parts: list[str] = []
    for part in line.split(CELL_SEPARATOR):
        if _KEY_SPLIT.search(part) is None:
            if not parts:
                return None
            parts[-1] += CELL_SEPARATOR + part  # the rest of a cell holding " · "
        else:
            parts.append(part)
    if len(parts) < 2:
        return None
    pairs = [_KEY_SPLIT.split(p, 1) for p in parts]
    return tuple(k for k, _ in pairs), tuple(v for _, v in pairs)


def is_item_or_row(line: str) -> bool:
    """Whether a line of a chunk's text is a list item or a table row."""
    line = normalize(line)
    return _ITEM.match(line) is not None or parse_row(line) is not None


def read_units(text: str) -> list[Unit]:
    """The units of a chunk's text (see the module's docstring)."""
    units: list[Unit] = []
    for line in (normalize(x) for x in text.splitlines()):
        if not line:
            continue
        item = _ITEM.match(line)
        row = parse_row(line) if item is None else None
        last = units[-1] if units else None
        if item is not None:
            if last is not None and last.kind == LIST:
                units[-1] = Unit(LIST, last.intro, (*last.items, item.group(2)))
            elif last is not None and last.kind == PARAGRAPH and last.intro.endswith(":"):
                units[-1] = Unit(LIST, last.intro, (item.group(2),))
            else:
                units.append(Unit(LIST, "", (item.group(2),)))
        elif row is not None:
            header, _ = row
            if last is not None and last.kind == TABLE and last.header == header:
                units[-1] = Unit(TABLE, last.intro, (*last.items, line), header)
            elif last is not None and last.kind == PARAGRAPH and last.intro.endswith(":"):
                units[-1] = Unit(TABLE, last.intro, (line,), header)
            else:
                units.append(Unit(TABLE, "", (line,), header))
        else:
            units.append(Unit(PARAGRAPH, line))
    return units


def compact_line(cells: list[str]) -> str:
    """One line of a compact table, as a Markdown table writes it: « | a | b | » (an empty
    cell left blank)."""
    shown = ["" if c == EMPTY_CELL else c for c in cells]
    return "| " + " | ".join(shown) + " |"


def compact_cells(line: str) -> list[str]:
    """The cells of a line of a compact table (`compact_line`)."""
    return [c.strip() for c in line.strip().removeprefix("|").removesuffix("|").split("|")]


def compact_table(unit: Unit, rows: list[str], columns: list[int] | None = None) -> str:
    """A table unit's header and some of its rows (and columns) as "| a | b |" lines."""
    keep = columns if columns is not None else list(range(len(unit.header)))
    lines = [compact_line([unit.header[j] for j in keep if j < len(unit.header)])]
    for line in rows:
        parsed = parse_row(line)
        if parsed is not None:
            lines.append(compact_line([parsed[1][j] for j in keep if j < len(parsed[1])]))
    return "\n".join(lines)
