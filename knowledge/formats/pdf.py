"""PDF: lines with their font size and weight (pypdf's text visitor), read as a person would.

pypdf (already a dependency, BSD, maintained, fast) hands each text run to a visitor with
its text matrix and font: enough to rebuild lines with their position, size and weight.
pdfplumber would add pdfminer.six and pypdfium2 and read several times slower, against
the target of 20 pages/s at ingestion; PyMuPDF is AGPL.

- running headers and footers (a line repeated on most pages) and page numbers are dropped;
- headings: lines set larger than the body text, or bold and short; their levels follow
  the sizes, and the outline when the file has one (it then decides what is a heading);
- lists: a line opened by a bullet glyph or a number standing apart from the text;
- tables: consecutive lines split into cells at the same column positions (`pdf_tables`),
  runs aligned line after line being cells however close (`pdf_columns`);
- paragraphs: lines separated by no more than the usual line spacing, up to a line that
  ends a sentence well short of a full one (`pdf_paragraphs`).
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from knowledge.document import LIST, PARAGRAPH, Block, Section, SectionBuilder
from knowledge.export_noise import noise_lines
from knowledge.formats.pdf_columns import split_aligned_runs
from knowledge.formats.pdf_lists import continues_item, list_marker, marked_item
from knowledge.formats.pdf_page_columns import column_lines
from knowledge.formats.pdf_paragraphs import ends_paragraph, full_line_chars
from knowledge.formats.pdf_questions import without_questions
from knowledge.formats.pdf_spaced import read_spaced_table, spaced_table_start
from knowledge.formats.pdf_tables import read_table, table_start
from knowledge.text import normalize

CHAR_WIDTH = 0.5  # average glyph width in em, to estimate where a run ends
CELL_GAP = 1.5  # a horizontal gap wider than this many em separates two cells
HEADING_RATIO = 1.12  # a heading is set at least this much larger than the body text
HEADING_WORDS = 16
_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?\d{1,4}(?:\s*(?:/|sur|of)\s*\d{1,4})?$", re.IGNORECASE)
# A running footer that ends with its page number ("Éditions X · Programme Y  Page 1"):
# furniture even in a one-page document, where no repetition tells it.
_NUMBERED_FOOTER = re.compile(
    r"\b(?:page|p\.)\s*\d{1,4}(?:\s*(?:/|sur|of)\s*\d{1,4})?$", re.IGNORECASE
)
SENTENCE_END = (".", "!", "?", "…", ":", ";")


@dataclass(slots=True)
class Run:
    x: float
    y: float
    size: float
    bold: bool
    text: str


@dataclass(slots=True)
class Line:
    page: int
    y: float
    runs: list[Run]
    cells: list[tuple[float, str]] = field(default_factory=list)

    @property
    def x(self) -> float:
        return self.runs[0].x

    @property
    def size(self) -> float:
        """The size of most of its text (a bullet glyph set larger does not count)."""
        return max(self.runs, key=lambda r: len(r.text.strip())).size

    @property
    def bold(self) -> bool:
        return all(r.bold for r in self.runs if r.text.strip())

    @property
    def text(self) -> str:
        return normalize(" ".join(text for _, text in self.cells))


def page_runs(page: object) -> list[Run]:
    runs: list[Run] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
        name = str(font.get("/BaseFont", "")) if isinstance(font, dict) else ""
        runs.append(Run(x, y, round(size * scale, 1), bool(_BOLD.search(name)), text))

    page.extract_text(visitor_text=visit)  # type: ignore[attr-defined]
    return runs


def to_lines(runs: list[Run], page: int) -> list[Line]:
    """Runs grouped into lines (same baseline), top to bottom, cells split at wide gaps."""
    lines: list[Line] = []
    for run in sorted(runs, key=lambda r: (-round(r.y), r.x)):
        # A run's later lines have no position of their own (rare): kept in its text.
        run.text = " ".join(part for part in run.text.split("\n") if part.strip())
        same = next(
            (ln for ln in reversed(lines[-3:]) if abs(ln.y - run.y) <= 0.3 * run.size), None
        )
        if same is None:
            lines.append(Line(page, run.y, [run]))
        else:
            same.runs.append(run)
    for line in lines:
        line.runs.sort(key=lambda r: r.x)
        cells: list[tuple[float, str]] = []
        end = None
        for run in line.runs:
            text = normalize(run.text)
            if end is not None and run.x - end <= CELL_GAP * run.size and cells:
                cells[-1] = (cells[-1][0], f"{cells[-1][1]} {text}")
            else:
                cells.append((run.x, text))
            end = run.x + CHAR_WIDTH * run.size * len(text)
        line.cells = cells
    return lines


def drop_furniture(pages: list[list[Line]]) -> list[list[Line]]:
    """Without running headers/footers (same text, digits aside, on most pages) and page
    numbers at the top or bottom of a page."""

    def key(line: Line) -> str:
        return re.sub(r"\d+", "#", line.text.casefold())

    def edge(i: int, lines: list[Line]) -> bool:
        return i < 2 or i >= len(lines) - 3

    # Repeated at the top or bottom of the pages: a heading repeated in the body of one page
    # ("Conditions" under each level) and at the top of the next is no running header.
    # And at one height: a sub-heading that closes several slides of a handout ("Notes")
    # stands wherever its slide's text ends.
    heights: dict[str, Counter[int]] = {}
    for lines in pages:
        for k, y in {(key(ln), round(ln.y / 4)) for i, ln in enumerate(lines) if edge(i, lines)}:
            heights.setdefault(k, Counter())[y] += 1
    counts = {k: max(ys[y - 1] + ys[y] + ys[y + 1] for y in ys) for k, ys in heights.items()}
    repeated = {k for k, n in counts.items() if len(pages) >= 2 and n >= max(2, len(pages) // 2)}
    out = []
    for lines in pages:
        kept = []
        for i, line in enumerate(lines):
            edge_line = edge(i, lines)
            if edge_line and (key(line) in repeated or _PAGE_NUMBER.match(line.text)):
                continue
            if i == len(lines) - 1 and i > 0 and _NUMBERED_FOOTER.search(line.text):
                continue
            kept.append(line)
        out.append(kept)
    return out


@dataclass(frozen=True, slots=True)
class OutlineEntry:
    title: str
    depth: int
    page: int  # 1-based


def outline_entries(reader: object) -> list[OutlineEntry]:
    entries: list[OutlineEntry] = []

    def walk(items: list[Any], depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
                continue
            try:
                page = reader.get_destination_page_number(item) + 1  # type: ignore[attr-defined]
            except Exception:  # an outline entry pointing nowhere is skipped
                continue
            title = normalize(str(getattr(item, "title", "") or ""))
            if title:
                entries.append(OutlineEntry(title, depth, page))

    try:
        walk(list(reader.outline), 0)  # type: ignore[attr-defined]
    except Exception:  # a damaged outline: the fonts alone decide
        return []
    return entries


def _fold(text: str) -> str:
    return normalize(text).casefold()


class _Assembler:
    def __init__(self, lines: list[Line], outline: list[OutlineEntry]) -> None:
        self.lines = lines
        weights = Counter[float]()
        lengths = [(line.size, len(line.text)) for line in lines]
        for size, length in lengths:
            weights[size] += length
        self.body = weights.most_common(1)[0][0] if weights else 10.0
        gaps = [
            a.y - b.y
            for a, b in itertools.pairwise(lines)
            if a.page == b.page and a.size == b.size == self.body and 0 < a.y - b.y < 3 * a.size
        ]
        self.leading = statistics.median(gaps) if gaps else 1.2 * self.body
        self.outline = outline
        self.full = full_line_chars([n for size, n in lengths if size == self.body])
        self.title = ""

    def styled_heading(self, line: Line) -> bool:
        text = line.text
        if len(line.cells) > 1 or len(text.split()) > HEADING_WORDS or not text:
            return False
        if text.endswith((".", ";", ",")) and not re.match(r"^\d+(\.\d+)*\.$", text):
            return False
        return line.size >= self.body * HEADING_RATIO or (line.bold and line.size >= self.body)

    def headings(self) -> dict[int, int]:
        """Line index -> heading level (merged multi-line headings: the first line)."""
        candidates = [
            i
            for i, line in enumerate(self.lines)
            if self.styled_heading(line) and not spaced_table_start(self.lines, i)
        ]
        styles = sorted(
            {(self.lines[i].size, self.lines[i].bold) for i in candidates}, reverse=True
        )
        levels = {i: styles.index((self.lines[i].size, self.lines[i].bold)) + 1 for i in candidates}
        levels = without_questions(levels, self.lines, self.body, self._merged_text)
        if self.outline:
            levels = self._from_outline(levels)
        return levels

    def _from_outline(self, levels: dict[int, int]) -> dict[int, int]:
        """The outline decides which lines are headings, and their depth."""
        found: dict[int, int] = {}
        start = 0
        for entry in self.outline:
            want = _fold(entry.title)
            for i in range(start, len(self.lines)):
                line = self.lines[i]
                if line.page < entry.page:
                    continue
                text = _fold(self._merged_text(i))
                if text == want or (len(want) > 8 and text.startswith(want)):
                    found[i] = entry.depth + 1
                    start = i + 1
                    break
        if not found:
            return levels
        # A larger heading above the outline's first entry is the document's title.
        top = min(found)
        first_size = self.lines[top].size
        title = [i for i in levels if i < top and self.lines[i].size > first_size]
        shift = 1 if title else 0
        out = {i: depth + shift for i, depth in found.items()}
        if title:
            out[title[0]] = 1
        # An outline that lists the slides or chapters only: a heading set smaller than all
        # of them ("Notes", a question on a FAQ slide) is a sub-heading of the one before.
        smallest = min(self.lines[i].size for i in found)
        listed = dict(out)
        for i in levels:
            above = [j for j in listed if j < i]
            if i > top and i not in out and self.lines[i].size < smallest and above:
                out[i] = listed[max(above)] + 1
        return out

    def _merged_text(self, i: int) -> str:
        line = self.lines[i]
        parts = [line.text]
        j = i + 1
        while (
            j < len(self.lines)
            and self.lines[j].page == line.page
            and (self.lines[j].size, self.lines[j].bold) == (line.size, line.bold)
            and line.y - self.lines[j].y <= 1.6 * line.size
            and len(self.lines[j].cells) == 1
        ):
            parts.append(self.lines[j].text)
            j += 1
            line = self.lines[j - 1]
        return " ".join(parts)

    def build(self) -> list[Section]:
        levels = self.headings()
        builder = SectionBuilder()
        i = 0
        lines = self.lines
        while i < len(lines):
            if i in levels:
                text = self._merged_text(i)
                n = 1
                while (
                    i + n < len(lines)
                    and n < 4
                    and text.startswith(" ".join(x.text for x in lines[i : i + n + 1]))
                ):
                    n += 1
                builder.heading(levels[i], text)
                self.title = self.title or (text if levels[i] == 1 else "")
                i += n
                continue
            if table_start(lines, i):
                block, i = read_table(lines, i, self.leading)
                builder.block(block)
                continue
            if spaced_table_start(lines, i):
                block, i = read_spaced_table(lines, i)
                builder.block(block)
                continue
            i = self.text(i, builder, levels)
        return builder.finish()

    # -- paragraphs and lists --------------------------------------------------------------
    def item_start(self, line: Line) -> str | None:
        """The item's text when the line opens a list item."""
        marked = marked_item(line)
        return marked[1] if marked else None

    def text(self, i: int, builder: SectionBuilder, levels: dict[int, int]) -> int:
        lines = self.lines
        first = lines[i]
        marked = marked_item(first)
        if marked is not None:
            items, markers = [marked[1]], [list_marker(marked[0])]
            indent = first.cells[-1][0] if len(first.cells) >= 2 else first.x
            i += 1
            while i < len(lines) and i not in levels:
                line = lines[i]
                nxt = marked_item(line)
                gap = lines[i - 1].y - line.y if line.page == lines[i - 1].page else 0
                if nxt is not None and gap <= 2.5 * self.leading:
                    items.append(nxt[1])
                    markers.append(list_marker(nxt[0]))
                elif continues_item(line.x, indent) and gap <= 1.3 * self.leading:
                    items[-1] += " " + line.text
                else:
                    break
                i += 1
            ordered = markers[0] != "-"
            block = Block(LIST, items=tuple(items), page=first.page, ordered=ordered)
            builder.block(replace(block, markers=tuple(markers)) if ordered else block)
            return i
        parts = [first.text]
        i += 1
        while i < len(lines) and i not in levels:
            line, above = lines[i], lines[i - 1]
            if self.item_start(line) is not None or table_start(self.lines, i):
                break
            if spaced_table_start(self.lines, i):
                break
            if line.page != above.page:
                if parts[-1].endswith(SENTENCE_END):
                    break
            elif above.y - line.y > 1.3 * self.leading or abs(line.size - above.size) > 0.5:
                break
            text = line.text
            if line.page == above.page and ends_paragraph(parts[-1], text, self.full):
                break  # paragraphs set without space between them
            parts.append(text)
            i += 1
        builder.block(Block(PARAGRAPH, text=normalize(" ".join(parts)), page=first.page))
        return i


def read_pdf_structure(reader: object) -> tuple[str, list[Section]]:
    """(title from the largest heading, sections) of an open pypdf reader."""
    pages = [
        split_aligned_runs(column_lines(page_runs(page), n))
        for n, page in enumerate(reader.pages, start=1)  # type: ignore[attr-defined]
    ]
    lines = [line for page in drop_furniture(pages) for line in page]
    noise = noise_lines([line.text for line in lines])  # a table of contents
    lines = [line for i, line in enumerate(lines) if i not in noise]
    if not lines:
        return "", []
    assembler = _Assembler(lines, outline_entries(reader))
    sections = assembler.build()
    return assembler.title, sections
