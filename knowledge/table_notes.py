"""Notes under a table: the lines that explain a mark set in its cells.

People mark a cell (« Cadenas gravé* », « Cale Sèche¹ ») and explain the mark under the
table (« * délai de gravure : 3 semaines. », « ¹ ouverture en cours d'année… »). A note
written with « * » reads like a bulleted list item to a loader; under a table whose cells
carry that mark it is a note, kept with its mark. When a table's rows are quoted, the notes
whose marks they carry are quoted with them: the row alone would leave the mark unexplained.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A note opens with its mark: one to three stars, a superscript digit, a dagger, "(1)".
NOTE = re.compile(r"^(\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹†‡]|\(\d\))\s*\S")
# A mark set in a cell: stars or a superscript digit or a dagger right after a word.
_CELL_MARK = re.compile(r"(?<=[\w).»])(\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹†‡])")
NOTE_EXTRA_CHARS = 300  # how much notes may add to a quoted table
# The line under a table that says what an empty cell means (« Une case vide dans la colonne
# … veut dire … », "An empty cell means …"): a legend for the quoted rows that leave one.
_EMPTY_LEGEND = re.compile(
    r"\b(?:cases?|cellules?)\s+vides?\b|\bvides?\s+dans\s+la\s+colonne"
    r"|\b(?:empty|blank)\s+(?:cells?|boxe?s?)\b",
    re.IGNORECASE,
)
_EMPTY_CELL = re.compile(r"\|\s{2,}\|")


def is_empty_legend(text: str) -> bool:
    """A short line saying what an empty cell means."""
    return len(text) <= NOTE_EXTRA_CHARS and _EMPTY_LEGEND.search(text) is not None


def marks_in(text: str) -> set[str]:
    """The marks set after words in `text` (cells, or rows as quoted)."""
    return {m.group(1) for m in _CELL_MARK.finditer(text)}


def table_marks(rows: Sequence[Sequence[str]]) -> set[str]:
    return {mark for row in rows for cell in row for mark in marks_in(cell)}


def note_mark(text: str) -> str | None:
    """The mark a note opens with (None: not a note)."""
    found = NOTE.match(text.strip())
    return found.group(1) if found else None


def starred_items_as_notes(items: Sequence[str], marks: set[str]) -> list[str]:
    """The items of a bulleted list set right under a table whose cells carry « * »: its
    notes, each with its mark again ([] when the table carries no star)."""
    if "*" not in marks or not items or len(items) > 3:
        return []
    return [item if note_mark(item) else f"* {item}" for item in items]


def notes_for(quoted: str, notes: Sequence[str]) -> list[str]:
    """The notes whose marks the quoted rows carry."""
    marks = marks_in(quoted)
    return [note for note in notes if note_mark(note) in marks]


def with_notes(body: str, following: Sequence[str], limit: int) -> str:
    """A quoted table (`body`, at most about `limit` characters) with the notes under it
    whose marks its rows carry, and the legend of empty cells when a quoted row leaves one
    (`following`: the paragraphs after the table)."""
    notes: list[str] = []
    for text in following:
        if not note_mark(text):
            break
        notes.append(text)
    kept = [n for n in notes_for(body, notes) if n not in body]
    legend = following[len(notes)] if len(following) > len(notes) else ""
    if _EMPTY_LEGEND.search(legend) and _EMPTY_CELL.search(body) and legend not in body:
        kept.append(legend)
    if not kept or len("\n".join([body, *kept])) > limit + NOTE_EXTRA_CHARS:
        return body
    return "\n".join([body, *kept])
