"""A table's notes in every chunk that holds its rows.

The notes under a table (« * salle accessible en fauteuil roulant. », « Une case vide dans
la colonne « Plafond » veut dire … ») explain the marks and the empty cells of rows that
may stand far above them: a long table fills a chunk, or runs over two pages, and its notes
land in the next chunk alone. Quoted from the first chunk, a row would then keep its mark
(« Le Beffroi Oublié* ») and lose what the mark says. Each chunk holding rows of the table
carries, after them, the notes their marks call for and the legend of empty cells, as the
last chunk holds them (`knowledge.table_notes.with_notes` then quotes them with the rows).

The table's rows are those of the tables right above the notes under the same heading; a
short line between two tables ("Les rendez-vous de l'année (suite)", the repeated title of
a table that runs on over a page) does not part them.
"""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.document import PARAGRAPH, TABLE, Block
from knowledge.table_notes import NOTE_EXTRA_CHARS, is_empty_legend, marks_in, note_mark

# A line between two parts of one table: a title repeated, without closing punctuation.
_BETWEEN_WORDS = 8

# (heading, block, indexes of the chunks holding it) in the document's order.
Placed = tuple[str, Block, Sequence[int]]


def _is_note(block: Block) -> bool:
    text = block.text.strip()
    return block.kind == PARAGRAPH and (note_mark(text) is not None or is_empty_legend(text))


def _between(block: Block) -> bool:
    text = block.text.strip()
    return (
        block.kind == PARAGRAPH
        and len(text.split()) <= _BETWEEN_WORDS
        and not text.endswith((".", "!", "?", ":", ";", "…"))
    )


def _table_above(placed: Sequence[Placed], start: int) -> list[int]:
    """The table blocks right above `placed[start]` under its heading (parts of one table)."""
    heading = placed[start][0]
    found: list[int] = []
    k = start - 1
    while k >= 0 and placed[k][0] == heading:
        block = placed[k][1]
        if block.kind == TABLE:
            found.append(k)
        elif not (found and _between(block)):
            break
        k -= 1
    return found


def carried_notes(placed: Sequence[Placed], lines: Sequence[Sequence[str]]) -> dict[int, list[str]]:
    """Chunk index -> the notes to add after its lines: those of a table whose rows it holds
    but not its notes (a note when the chunk carries its mark, a legend of empty cells
    always), within `NOTE_EXTRA_CHARS`."""
    out: dict[int, list[str]] = {}
    k = 0
    while k < len(placed):
        if not _is_note(placed[k][1]) or (k and _is_note(placed[k - 1][1])):
            k += 1
            continue
        end = k
        while end < len(placed) and placed[end][0] == placed[k][0] and _is_note(placed[end][1]):
            end += 1
        notes = [placed[m][1].text.strip() for m in range(k, end)]
        holding_notes = {c for m in range(k, end) for c in placed[m][2]}
        for m in _table_above(placed, k):
            for c in placed[m][2]:
                if c in holding_notes:
                    continue
                text = "\n".join(lines[c])
                marks = marks_in(text)
                added = out.setdefault(c, [])
                for note in notes:
                    wanted = note_mark(note) in marks or is_empty_legend(note)
                    if not wanted or note in text or note in added:
                        continue
                    if len("\n".join([*added, note])) > NOTE_EXTRA_CHARS:
                        break
                    added.append(note)
        k = end
    return {c: notes for c, notes in out.items() if notes}
