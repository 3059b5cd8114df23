"""The text of a chunk, written so that its units can be read back.

A chunk's text is what search indexes and what a model reads, one line per unit part:

- a paragraph: one line;
- a list: the sentence that introduces it (if any), then one "- item" line per item, or
  the item's own number ("3. item", a sub-step "a) item") when its author numbered it;
- a table: the introducing sentence (if any), then one line per row written as
  "column: value · column: value" (every row says what its values are, for search).

`read_units` turns such a text back into units, so that an answer can quote a whole unit:
a list with its introduction, a table's header with the rows that answer.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from knowledge.document import LIST, PARAGRAPH, TABLE, Block
from knowledge.text import normalize

CELL_SEPARATOR = " · "
KEY_SEPARATOR = ": "
EMPTY_CELL = "—"
_ITEM = re.compile(r"^(-|\d{1,3}\.|[a-z]\)) (.+)$")


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
        marks = block.item_markers()
        return intro + [f"{m} {normalize(x)}" for m, x in zip(marks, block.items, strict=True)]
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
    marks: tuple[str, ...] = ()  # each list item's marker ("-", "3.", "a)")

    def mark(self, i: int) -> str:
        """The marker of list item i as quoted ("-" when none was read)."""
        return self.marks[i] if i < len(self.marks) else "-"

    def item_lines(self, kept: Collection[str] | None = None, gap: str = "") -> list[str]:
        """The list's items as quoted ("3. item", "- item"): all of them, or those `kept`
        in their order with a `gap` line for each run of items left out."""
        lines: list[str] = []
        for i, item in enumerate(self.items):
            if kept is None or item in kept:
                lines.append(f"{self.mark(i)} {item}")
            elif lines[-1:] != [gap]:
                lines.append(gap)
        return lines

    def with_sub_items(self, kept: Collection[str]) -> list[str]:
        """The `kept` items of a numbered list with the rest of their step: a numbered item
        kept brings its sub-items ("- …", "a) …" under it), a sub-item kept its step."""
        steps: list[list[str]] = []  # a numbered item and its sub-items
        alone: set[str] = set()  # items under no numbered item
        for i, item in enumerate(self.items):
            if self.mark(i)[:-1].isdigit():
                steps.append([item])
            elif steps:
                steps[-1].append(item)
            else:
                alone.add(item)
        wanted = set(kept)
        whole = {x for step in steps if wanted & set(step) for x in step}
        return [x for x in self.items if x in whole or (x in alone and x in wanted)]

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
            mark, text = item.group(1), item.group(2)
            if last is not None and last.kind == LIST:
                units[-1] = Unit(LIST, last.intro, (*last.items, text), marks=(*last.marks, mark))
            elif last is not None and last.kind == PARAGRAPH and last.intro.endswith(":"):
                units[-1] = Unit(LIST, last.intro, (text,), marks=(mark,))
            else:
                units.append(Unit(LIST, "", (text,), marks=(mark,)))
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
