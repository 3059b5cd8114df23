"""Lines a tool adds when it exports a document, which are not what its author wrote.

- a table of contents' entries: a heading's text, a dotted leader and its page number
  ("2. Les avantages ........ 4"), and the "Sommaire" / "Contents" line above them;
- a page number printed alone between pages of a text export ("- 3 -", "Page 2 / 5").

They are dropped from a document's sections (a ToC line taken as content matches every
question about the heading it lists) and from the head where its marking is read (a long
ToC pushes the readership line below the lines read).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from knowledge.text import fold

# A leader: four dots or more (spaced or not), ellipses, or a run of underscores, then the
# page number, at the end of a line holding some words before it.
_TOC_ENTRY = re.compile(r"^\s*\S.*?\S\s*(?:\.{4,}|(?:\.\s){4,}\.?|…{2,}|_{4,}|·{4,})\s*\d{1,4}\s*$")
_TOC_TITLE = re.compile(
    r"^\s*[#*_\s]*(?:sommaire|table des mati[eè]res|contents|table of contents|index)"
    r"[*_\s:]*$",
    re.IGNORECASE,
)
# "- 3 -", "— 12 —", "Page 2", "page 2 / 5", "p. 4 sur 9": the number alone on its line.
_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-–—]\s*\d{1,4}\s*[-–—]|(?:page|p\.)\s*\d{1,4}(?:\s*(?:/|sur|of)\s*\d{1,4})?)\s*$",
    re.IGNORECASE,
)


_LEADERS = ("....", ". . . .", "……", "____", "····")


def is_toc_entry(line: str) -> bool:
    """A table of contents' entry: words, a dotted leader and a page number."""
    return any(leader in line for leader in _LEADERS) and _TOC_ENTRY.match(line) is not None


def is_toc_title(line: str) -> bool:
    """The line that names a table of contents ("Sommaire", "Table des matières")."""
    return _TOC_TITLE.match(fold(line)) is not None


def is_page_number(line: str) -> bool:
    """A page number printed alone on its line ("- 3 -", "Page 2 / 5")."""
    return _PAGE_NUMBER.match(line) is not None


def noise_lines(lines: Sequence[str]) -> set[int]:
    """The indexes of table of contents entries, of the ToC title just above them and of
    page numbers alone on their line."""
    noise = {i for i, line in enumerate(lines) if is_toc_entry(line) or is_page_number(line)}
    for i, line in enumerate(lines):
        if is_toc_title(line):
            following = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
            if following is not None and is_toc_entry(lines[following]):
                noise.add(i)
    return noise


def without_noise_lines(lines: Iterable[str]) -> list[str]:
    """`lines` without their export noise (`noise_lines`; blank lines kept, so paragraphs
    stay apart)."""
    kept = list(lines)
    noise = noise_lines(kept)
    return [line for i, line in enumerate(kept) if i not in noise]


def without_noise(text: str) -> str:
    """`text` without its table of contents and lone page numbers (`without_noise_lines`)."""
    if not any(is_toc_entry(line) or is_page_number(line) for line in text.splitlines()):
        return text
    return "\n".join(without_noise_lines(text.splitlines()))
