"""What a loader makes of a file: a title and sections of blocks (paragraphs, lists, tables).

Every format is read into the same shape, so that chunking and answers follow the
document's own units: a list stays with the sentence that introduces it, a table keeps
its header, and every block knows its heading path and page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import PurePath

from knowledge.table_headers import merge_header_rows
from knowledge.table_notes import note_mark, starred_items_as_notes, table_marks
from knowledge.table_spans import merge_continuation_rows
from knowledge.text import normalize

PARAGRAPH = "paragraph"
LIST = "list"
TABLE = "table"
HEADING_SEPARATOR = " › "
# A paragraph opened by a bullet typed by hand ("• item", "- item" in a word processor's
# body text or an HTML <p>): a list item. A typed number ("1. item") only continues a
# list, or opens one after the sentence that introduces it (else "2. Conditions" is a
# heading written in body text).
_TYPED_BULLET = re.compile(r"^[•·▪◦‣●○■□–*-]\s+(\S.*)$")
_TYPED_NUMBER = re.compile(r"^(\d{1,3})[.)]\s+(\S.*)$")


def typed_item(text: str) -> bool:
    """A line opened by a typed bullet or number ("• item", "2. item")."""
    return bool(_TYPED_BULLET.match(text) or _TYPED_NUMBER.match(text))


def asked_in_section(text: str, level_above: int) -> bool:
    """Whether a line that is a heading by its look alone (bold, at the body's size) is
    rather one of its section's questions: a question set in bold under a section heading
    (« Vos questions », then each question in bold and its answer) is asked and answered
    in that section, not a heading of its own. Under the title alone, a bold question is
    a section of the document (« **Pourquoi une charte ?** »)."""
    return level_above >= 2 and normalize(text).endswith("?")


def broken_lines(text: str) -> list[str]:
    """A paragraph's text; its lines when line breaks set typed list items on lines of their
    own ("Il faut :" then "- être majeur ;" after a line break): the builder then reads them
    as a list."""
    lines = [line for line in (normalize(x) for x in text.split("\n")) if line]
    first_item = next((n for n, x in enumerate(lines) if n and typed_item(x)), None)
    if first_item is None:
        return [normalize(text)] if normalize(text) else []
    return [normalize(" ".join(lines[:first_item])), *lines[first_item:]]


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of a document as its author wrote it.

    paragraph: `text`; list: `items`; table: `rows`, the first being the header. A list or
    a table keeps in `text` the sentence that introduces it (ending in ":"), if any.
    """

    kind: str
    text: str = ""
    items: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    ordered: bool = False
    page: int | None = None
    # Each item's own marker as its author wrote it ("3.", "a)", "-"), when a loader read
    # them: a procedure keeps its numbers (it may start at 3, a sub-step is no step).
    markers: tuple[str, ...] = ()

    def item_markers(self) -> tuple[str, ...]:
        """One marker per item: the author's, else "1.", "2.", … for an ordered list and
        "-" for a bulleted one."""
        if len(self.markers) == len(self.items):
            return self.markers
        if self.ordered:
            return tuple(f"{n}." for n in range(1, len(self.items) + 1))
        return ("-",) * len(self.items)

    def plain(self) -> str:
        """The block as plain lines (what older callers read as `Section.text`)."""
        if self.kind == LIST:
            return "\n".join([self.text, *self.items] if self.text else self.items)
        if self.kind == TABLE:
            rows = [" | ".join(row) for row in self.rows]
            return "\n".join([self.text, *rows] if self.text else rows)
        return self.text


@dataclass(frozen=True, slots=True)
class Section:
    """A run of blocks under one heading path (and on one page, for paginated formats)."""

    text: str
    heading: str = ""
    page: int | None = None
    blocks: tuple[Block, ...] = ()

    def units(self) -> tuple[Block, ...]:
        """The blocks, or the text as paragraphs for a section built from text alone."""
        if self.blocks:
            return self.blocks
        lines = [normalize(line) for line in self.text.splitlines()]
        return tuple(Block(PARAGRAPH, text=line, page=self.page) for line in lines if line)


@dataclass(frozen=True, slots=True)
class LoadedDocument:
    title: str
    sections: list[Section]
    pages: int = 0
    # Where a confidentiality marking may stand (`knowledge.markers`): the first lines as
    # written (Markdown headings keep their `#`), and the file's properties (DOCX core and
    # custom properties, headers and footers; PDF metadata and page-1 footer; HTML <meta>).
    head: list[str] = field(default_factory=list)
    properties: dict[str, str] = field(default_factory=dict)


# A heading repeated with a mark that its section goes on ("3. Tarifs (suite)", "Rates
# (continued)", "Calendrier – suite"), as a table or a list runs over a page.
_CONTINUED = re.compile(
    r"\s*(?:[(\[]\s*(?:suite(?: et fin)?|fin|continued|cont(?:'d|\.)?|continuation)\s*[)\]]"
    r"|[-–—:]\s*(?:suite(?: et fin)?|continued))\s*$",
    re.IGNORECASE,
)


def continues(heading: str, text: str) -> bool:
    """`text` is `heading` again, marked as going on."""
    bare = _CONTINUED.sub("", text)
    return bare != text and bare.casefold() == _CONTINUED.sub("", heading).casefold()


class LoaderError(Exception):
    """A file that cannot be read: unsupported format, corrupt or empty."""


class UnsupportedFormat(LoaderError):
    pass


class CorruptFile(LoaderError):
    pass


class SectionBuilder:
    """Collects headings and blocks in reading order and cuts sections at each heading.

    The heading path keeps every heading above the current block, the title included (the
    chunker does not repeat a title already at the head of the path).
    """

    def __init__(self) -> None:
        self.sections: list[Section] = []
        self.trail: list[tuple[int, str]] = []
        self.blocks: list[Block] = []
        self.title = ""  # the first level-1 heading
        self.question = ""  # a question asked in the section, waiting for its answer
        self.questions = True  # the section so far: nothing, or questions and answers
        self.asked_any = False

    def asks(self) -> bool:
        """Whether a question here would be one of the section's questions and answers: the
        section holds nothing else so far (a question after a section's own text heads a
        part of it)."""
        return self.questions

    def asked(self, text: str) -> None:
        """A question of the section's questions and answers (`asked_in_section`): it opens
        the paragraph that answers it, as one unit."""
        self._put_question()
        self.question = normalize(text)
        self.asked_any = True

    def _put_question(self) -> None:
        if self.question:
            question, self.question = self.question, ""
            self.blocks.append(Block(PARAGRAPH, text=question))

    def heading(self, level: int, text: str) -> None:
        text = normalize(text)
        if not text:
            return
        self.flush()
        if self.trail and continues(self.trail[-1][1], text):
            return  # "3. Tarifs (suite)" over a new page: the same section goes on
        self.title = self.title or (text if level <= 1 else "")
        self.questions, self.asked_any = True, False
        while self.trail and self.trail[-1][0] >= level:
            self.trail.pop()
        self.trail.append((level, text))

    def block(self, block: Block) -> None:
        """Add a block; a paragraph ending in ":" then a list or table becomes its intro."""
        if block.kind == PARAGRAPH and not block.text:
            return
        self.questions = self.questions and self.asked_any
        if self.question and block.kind == PARAGRAPH:
            question, self.question = self.question, ""
            block = replace(block, text=f"{question} {block.text}")
        self._put_question()
        notes = self._as_notes(block)
        if notes:
            self.blocks += [Block(PARAGRAPH, text=note, page=block.page) for note in notes]
            return
        if block.kind == PARAGRAPH:
            block = self._typed_item(block)
            previous = self.blocks[-1] if self.blocks else None
            if block.kind == LIST and previous is not None and previous.kind == LIST:
                self.blocks[-1] = replace(
                    previous,
                    items=(*previous.items, *block.items),
                    markers=(*previous.item_markers(), *block.item_markers()),
                )
                return
        if block.kind == LIST and not block.items:
            if block.text:
                self.blocks.append(Block(PARAGRAPH, text=block.text, page=block.page))
            return
        if block.kind == TABLE and not block.rows:
            return
        if block.kind == TABLE:
            block = replace(block, rows=merge_continuation_rows(merge_header_rows(block.rows)))
        previous = self.blocks[-1] if self.blocks else None
        if (
            block.kind in (LIST, TABLE)
            and not block.text
            and previous is not None
            and previous.kind == PARAGRAPH
            and previous.text.endswith(":")
        ):
            self.blocks[-1] = replace(block, text=previous.text, page=previous.page)
            return
        pages = (previous.page if previous else None, block.page)
        if None not in pages and pages[0] != pages[1]:
            self.flush()  # a section per page: every chunk knows its page
        self.blocks.append(block)

    def _as_notes(self, block: Block) -> list[str]:
        """A list (or a line typed as a bullet) right under a table whose cells carry « * »:
        the table's notes, kept as paragraphs with their marks (`knowledge.table_notes`)."""
        k = len(self.blocks) - 1
        while k >= 0 and self.blocks[k].kind == PARAGRAPH and note_mark(self.blocks[k].text):
            k -= 1
        if k < 0 or self.blocks[k].kind != TABLE:
            return []
        marks = table_marks(self.blocks[k].rows)
        if block.kind == PARAGRAPH:
            return [block.text] if note_mark(block.text) in marks else []
        if block.kind == LIST and not block.ordered and not block.text:
            return starred_items_as_notes(block.items, marks)
        return []

    def _typed_item(self, block: Block) -> Block:
        """A paragraph that is a list item typed by hand, as a one-item list."""
        previous = self.blocks[-1] if self.blocks else None
        bullet = _TYPED_BULLET.match(block.text)
        if bullet:
            return Block(LIST, items=(bullet.group(1),), page=block.page)
        number = _TYPED_NUMBER.match(block.text)
        if number is None or previous is None:
            return block
        n = int(number.group(1))
        follows = previous.kind == LIST and previous.ordered and n == _last_number(previous) + 1
        opens = n == 1 and previous.kind == PARAGRAPH and previous.text.endswith(":")
        if follows or opens:
            return Block(
                LIST, items=(number.group(2),), ordered=True, page=block.page, markers=(f"{n}.",)
            )
        return block

    def flush(self) -> None:
        self._put_question()
        if not self.blocks:
            return
        blocks = tuple(self.blocks)
        self.sections.append(
            Section(
                text="\n".join(b.plain() for b in blocks),
                heading=HEADING_SEPARATOR.join(h for _, h in self.trail),
                page=blocks[0].page,
                blocks=blocks,
            )
        )
        self.blocks = []

    def finish(self) -> list[Section]:
        self.flush()
        return self.sections


def _last_number(block: Block) -> int:
    """The number of a numbered list's last numbered item (a sub-item is none)."""
    numbers = [int(m[:-1]) for m in block.item_markers() if m[:-1].isdigit()]
    return numbers[-1] if numbers else 0


def item_marker(number: str | None, letter: str | None = None) -> str:
    """A list item's marker as chunks write it: "3." for a number, "a)" for a letter, "-"
    for a bullet."""
    if number:
        return f"{int(number)}."
    return f"{letter.lower()})" if letter else "-"


def clean_file_title(filename: str) -> str:
    """A title from a file name: `charte_programme-2026.txt` -> `Charte programme 2026`."""
    stem = PurePath(filename).stem
    words = re.sub(r"[_\-.]+", " ", stem).split()
    text = " ".join(words)
    return text[:1].upper() + text[1:]
