"""PDF list items: a line opened by a bullet glyph or a number standing apart from the text.

A numbered item keeps its number ("3." for "3", "3." or "3)"), a lettered one its letter
("a)"): a procedure quoted later shows the step asked for with its number.
"""

from __future__ import annotations

import re
from typing import Any

from knowledge.document import item_marker
from knowledge.formats.pdf_tables import MARKER
from knowledge.text import normalize

# How far right of an inline marker ("•", "1.") a wrapped item's next line may start.
HANGING_INDENT = 24.0
_INLINE_MARKER = re.compile(r"^([•·▪◦‣●○■□\x7f\u2022\uf0b7]|[-–]|\d{1,3}[.)])\s+(\S.*)$")
# A checklist's box ("[ ]", "[x]", "☐") typed before the text opens an item as a bullet
# does; the item keeps its box (a ticked one is what a form chose: `marking_options`).
_BOX = re.compile(r"^(?:\[[ xX✓✔]?\]|[☐☑☒])\s+\S")
_NUMBER = re.compile(r"^(\d{1,3})[.)]?$")
_LETTER = re.compile(r"^([a-z])[.)]$")


def marked_item(line: Any) -> tuple[str, str] | None:
    """(marker as written, text) when a PDF line (`pdf.Line`) opens a list item: a marker
    cell or run set apart from the text, or a marker typed before it."""
    if len(line.cells) >= 2 and MARKER.match(line.cells[0][1]):
        return line.cells[0][1], normalize(" ".join(t for _, t in line.cells[1:]))
    if len(line.runs) >= 2 and MARKER.match(normalize(line.runs[0].text)):
        return normalize(line.runs[0].text), normalize(" ".join(r.text for r in line.runs[1:]))
    if _BOX.match(line.text):
        return "-", line.text
    match = _INLINE_MARKER.match(line.text)
    return (match.group(1), match.group(2)) if match else None


def list_marker(written: str) -> str:
    """An item's marker as chunks write it: its number ("3." for "3", "3." or "3)"), its
    letter ("a)"), else "-" (a bullet)."""
    number, letter = _NUMBER.match(written.strip()), _LETTER.match(written.strip())
    return item_marker(number.group(1) if number else None, letter.group(1) if letter else None)


def continues_item(x: float, indent: float) -> bool:
    """A line under a list item that carries on its text: at the item's indent, or under
    the text after an inline marker ("• une contribution…" wrapped under "une", a hanging
    indent of at most `HANGING_INDENT` points)."""
    return -3 < x - indent <= HANGING_INDENT
