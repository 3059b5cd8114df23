"""Plain text: headings that hold no text of their own but the headings under them.

A heading followed at once by other headings, each opening its text, is their parent:
"Nos offres" over "Offre découverte" and "Offre équipe"; "3.1 Argent" over "Accès" and
"Avantages". Without it, the headings under it read as its siblings and it is lost from
their path, though a reader names a section by it ("les avantages du niveau Argent").

A bare parent is only recognised where the text's spacing shows it: more blank lines
before it than before its first child. Its part ends at the next line set off as widely.
"""

from __future__ import annotations

from typing import Protocol


class Line(Protocol):
    text: str
    group: int
    first: bool
    gap: int


class Reader(Protocol):
    lines: list[Line]

    def heading_like(self, i: int) -> bool: ...

    def bare_heading(self, i: int) -> bool: ...

    def numbered_at(self, i: int) -> bool: ...


def alone(lines: list[Line], i: int) -> bool:
    """Line i is a group of its own (a blank line before and after it)."""
    return lines[i].first and (i + 1 >= len(lines) or lines[i + 1].group != lines[i].group)


def parent_parts(reader: Reader) -> dict[int, int]:
    """Each bare parent heading's line → the line that closes its part (past the end:
    `len(lines)`)."""
    lines = reader.lines
    parts: dict[int, int] = {}
    for i in range(len(lines) - 1):
        if (
            alone(lines, i)
            and lines[i].gap > lines[i + 1].gap
            and not reader.numbered_at(i)
            and reader.heading_like(i)
            and reader.bare_heading(i + 1)
        ):
            parts[i] = next(
                (j for j in range(i + 1, len(lines)) if lines[j].gap >= lines[i].gap),
                len(lines),
            )
    return parts
