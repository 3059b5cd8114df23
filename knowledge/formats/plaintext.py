"""Plain text: the structure a reader sees in it, written as Markdown for the Markdown reader.

Recognised: a title (a short first line), headings underlined with ===, --- or (below
those, as reStructuredText writes them) ~~~ and ^^^, numbered
headings ("2.1 Conditions"), bare headings (a short line without closing punctuation that
opens a paragraph), FAQ questions (a line ending in "?" followed by its answer), lists
("- ", "• ", "1. ", "a) ", checklist boxes "[ ]"), step labels over indented sub-steps
(`plain_outline`: no headings) and tables (lines of cells separated by "|", or set in columns
with spaces or tabs: `knowledge.formats.aligned`).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from knowledge.document import Section, item_marker
from knowledge.formats.aligned import aligned_rows, tabbed_columns, table_cells
from knowledge.formats.grid_tables import rewrite_grid_tables
from knowledge.formats.markdown import after_list, read_markdown
from knowledge.formats.plain_letters import LetterLevels, lettered
from knowledge.formats.plain_outline import outline_label
from knowledge.formats.plain_parents import alone, parent_parts
from knowledge.formats.plain_questions import (
    ANSWER_LABEL,
    labelled_pair,
    question_lines,
    unlabelled,
    with_answer,
)
from knowledge.formats.plain_wrap import ends_open, wrap_width
from knowledge.text import normalize

_UNDERLINE = re.compile(r"^\s*(=+|-+|~{3,}|\^{3,})\s*$")
# Each underline's level, as reStructuredText orders them.
_UNDERLINE_LEVELS = {"=": 1, "-": 2, "~": 3, "^": 4}
_NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})[.)]?\s+(\S.*)$")
# A checklist's box ("[ ]", "☐") opens an item and stays in it (a form's ticked option).
_ITEM = re.compile(
    r"^\s*(?:(?:([-*•▪◦‣–—])|(\d{1,3})[.)]|([a-z])\))\s+|(?=(?:\[[ xX✓✔]?\]|[☐☑☒])\s))"
    r"(\S.*)$"
)
_TABLE_SEPARATOR = re.compile(r"^\s*[-=+|: ]{3,}\s*$")
CLOSING = (".", ";", ":", ",", "!", "…", "?")
# A numbered heading may ask a question ("2. Qui peut devenir ambassadeur ?").
NUMBERED_CLOSING = tuple(c for c in CLOSING if c != "?")
HEADING_WORDS = 12
HEADING_CHARS = 90
# A line within `WRAP_SLACK` characters of a hard-wrapped text's width is full (the next
# word did not fit; `knowledge.formats.plain_wrap`).
WRAP_SLACK = 14
MARKDOWN_START = ("#", "|", ">", "-", "*", "+", "\\", "<", "`", "~", "=")


@dataclass(slots=True)
class _Line:
    text: str
    group: int  # index of its blank-line-separated group
    first: bool  # first line of its group
    raw: str = ""  # as written, tabs expanded (where its columns stand)
    gap: int = 0  # blank lines before it


def _short(text: str) -> bool:
    return len(text) <= HEADING_CHARS and len(text.split()) <= HEADING_WORDS


def _starts_upper(text: str) -> bool:
    first = next((c for c in text if c.isalnum()), "")
    return bool(first) and (first.isupper() or first.isdigit())


def _is_table_line(text: str) -> bool:
    return "|" in text or bool(_TABLE_SEPARATOR.match(text) and "-" in text)


def _capitals(text: str) -> bool:
    """A line in capitals ("PRÉPARER UNE SOLLICITATION"): a heading of the upper level where
    sentence-case headings sit under it."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _number_depth(text: str) -> int:
    """How many numbers a line's numbering has ("2.1 Les points" -> 2), 0 without one."""
    match = _NUMBERED.match(text)
    return match.group(1).count(".") + 1 if match else 0


def _escape(text: str) -> str:
    return "\\" + text if text.startswith(MARKDOWN_START) or re.match(r"\d+[.)]\s", text) else text


class _Reader:
    def __init__(self, text: str) -> None:
        self.lines: list[_Line] = []
        group, first, gap = 0, True, 0
        for raw in tabbed_columns(text.splitlines()):
            line = normalize(raw.replace("\t", "    ")) if raw.strip() else ""
            if not line:
                group += not first
                first, gap = True, gap + 1
                continue
            self.lines.append(_Line(line, group, first, raw.expandtabs(8).rstrip(), gap))
            first, gap = False, 0
        self.out: list[str] = []
        self.title = ""
        self.underline_levels: dict[str, int] = {}
        self.wrap = wrap_width(self.lines, lambda t: bool(_ITEM.match(t) or _UNDERLINE.match(t)))

    def full(self, text: str) -> bool:
        """A line that fills the text's wrapping width (no word more would have fit)."""
        return self.wrap > 0 and len(text) >= self.wrap - WRAP_SLACK

    # -- what a line is --------------------------------------------------------------------
    def underlined(self, i: int) -> str | None:
        """'=', '-', '~' or '^' when line i is underlined (the next line is only that)."""
        if i + 1 >= len(self.lines) or self.lines[i + 1].group != self.lines[i].group:
            return None
        match = _UNDERLINE.match(self.lines[i + 1].text)
        line = self.lines[i].text
        if not match or "|" in line or not _short(line) or self.aligned_run(i):
            return None
        return match.group(1)[0]

    def table_run(self, i: int) -> int:
        """Lines from i that form a table: ≥ 2 lines with '|' in the same group."""
        end = i
        while (
            end < len(self.lines)
            and self.lines[end].group == self.lines[i].group
            and _is_table_line(self.lines[end].text)
        ):
            end += 1
        rows = [x for x in self.lines[i:end] if "|" in x.text]
        return end - i if len(rows) >= 2 else 0

    def aligned_run(self, i: int) -> int:
        """Lines from i that form a table set in columns with spaces (same group)."""
        group = self.lines[i].group
        following = (self.lines[j] for j in range(i, len(self.lines)))
        return aligned_rows(
            x.raw for x in itertools.takewhile(lambda x: x.group == group, following)
        )

    def opens_text(self, i: int) -> bool:
        """Line i starts a paragraph, a list or a table (what may follow a heading)."""
        if i >= len(self.lines):
            return False
        line = self.lines[i].text
        if _ITEM.match(line) or self.table_run(i):
            return True
        return not self.heading_like(i)

    def heading_like(self, i: int) -> bool:
        line = self.lines[i].text
        after = self.lines[i + 1] if i + 1 < len(self.lines) else None
        if after is not None and after.group == self.lines[i].group and after.text[:1].islower():
            return False  # the first line of a wrapped sentence
        if after is not None and after.group == self.lines[i].group and ends_open(line):
            return False  # cut after an article or a preposition: wrapped prose
        if (
            after is not None
            and after.group == self.lines[i].group
            and self.full(line)
            and (self.full(after.text) or after.text.endswith(CLOSING))
        ):
            return False  # a line of wrapped prose, the next one opened by a name
        if self.aligned_run(i):
            return False  # the header of a table set in columns
        return (
            _short(line)
            and not line.endswith(CLOSING)
            and _starts_upper(line)
            and not _ITEM.match(line)
            and "|" not in line
        )

    def bare_heading(self, i: int) -> bool:
        line = self.lines[i]
        if not line.first or not self.heading_like(i) or i + 1 >= len(self.lines):
            return False
        if outline_label(self.lines, i):
            return False
        follower = self.lines[i + 1]
        if follower.group == line.group and follower.text[:1].islower():
            return False  # a wrapped sentence, not a heading
        asked = self.question(i + 1)
        return self.opens_text(i + 1) and (not asked or labelled_pair(self.lines, i + 1, asked))

    def capitals_heading(self, i: int) -> bool:
        """Line i is a heading in capitals: a bare heading, or a short line in capitals
        alone in its group and followed by a heading of the lower level (or a FAQ's
        question: "LES MILLES" over "Comment je vois mes milles ?")."""
        line = self.lines[i]
        if not _capitals(line.text) or not line.first or not self.heading_like(i):
            return False
        if self.bare_heading(i):
            return True
        after = i + 1
        return (
            after < len(self.lines)
            and self.lines[after].group != line.group
            and not _capitals(self.lines[after].text)
            and (self.bare_heading(after) or bool(self.question(after)))
        )

    def numbered(self, i: int) -> int:
        """Depth of a numbered heading at line i ("2.1 Conditions" -> 2), else 0."""
        line = self.lines[i]
        match = _NUMBERED.match(line.text)
        if not match or line.text.endswith(NUMBERED_CLOSING) or not _short(line.text):
            return 0
        if not _starts_upper(match.group(2)):
            return 0
        depth = match.group(1).count(".") + 1
        after = self.lines[i + 1] if i + 1 < len(self.lines) else None
        if after is not None and after.group == line.group and after.text[:1].islower():
            return 0  # a numbered item whose sentence wraps onto the next line
        neighbours = [j for j in (i - 1, i + 1) if 0 <= j < len(self.lines)]
        if any(
            self.lines[j].group == line.group and _number_depth(self.lines[j].text) == depth
            for j in neighbours
        ):
            return 0  # a numbered list ("2. Ce que vous recevez" over "2.1 Les points": no)
        if (
            i + 1 < len(self.lines)
            and not self.opens_text(i + 1)
            and not self.numbered_at(i + 1)
            and not (alone(self.lines, i) and self.bare_heading(i + 1))
        ):
            return 0
        return depth

    def heading_text(self, text: str) -> bool:
        return _short(text) and not text.endswith(CLOSING) and _starts_upper(text)

    def numbered_at(self, i: int) -> bool:
        match = _NUMBERED.match(self.lines[i].text)
        return bool(match) and not self.lines[i].text.endswith(NUMBERED_CLOSING)

    def question(self, i: int) -> int:
        """How many lines from i ask one FAQ question (followed by its answer), else 0."""
        return question_lines(self.lines, i, _ITEM)

    # -- writing Markdown ------------------------------------------------------------------
    def emit(self, *lines: str) -> None:
        self.out.extend(lines)
        self.out.append("")

    def read(self) -> str:
        lines = self.lines
        styles = _UNDERLINE_LEVELS
        # Bare headings sit below the underlined ones (level 3, or below ~~~ and ^^^).
        marks = {mark for i in range(len(lines)) if (mark := self.underlined(i))}
        bare_level = max(3, *(styles[mark] + 1 for mark in marks)) if marks else 1
        level_now = 0
        numbered_levels: dict[int, int] = {}  # the level each depth of numbering was given
        parts = parent_parts(self)
        part_end, parent_level = 0, 0  # bare headings before part_end sit below parent_level
        i = 0
        if len(lines) > 1 and self.heading_like(0) and not _NUMBERED.match(lines[0].text):
            mark = self.underlined(0)
            if mark in (None, "="):
                self.title = lines[0].text
                self.emit(f"# {self.title}")
                i = 2 if mark else 1
        # Bare headings in capitals over bare headings in sentence case: two levels.
        capitals = {j for j in range(i, len(lines)) if self.capitals_heading(j)}
        sentence_level = bare_level
        if capitals and any(
            self.bare_heading(j) for j in range(i, len(lines)) if j not in capitals
        ):
            sentence_level = bare_level + 1
        letters = LetterLevels()
        while i < len(lines):
            line = lines[i]
            if lettered(self, i):
                level_now = letters.next(self.out, level_now)
                self.emit(f"{'#' * level_now} {line.text}")
                i += 1
                continue
            mark = self.underlined(i)
            if mark:
                parent_level = 0
                level_now = styles[mark]
                number = _NUMBERED.match(line.text)
                if number:
                    numbered_levels[number.group(1).count(".") + 1] = level_now
                self.emit(f"{'#' * level_now} {line.text}")
                i += 2
                continue
            depth = self.numbered(i)
            if depth:
                # "3.1" under an underlined "3. Indicateurs" stands one level below it.
                level_now = min(6, numbered_levels.get(depth - 1, depth - 1) + 1)
                numbered_levels[depth] = level_now
                self.emit(f"{'#' * level_now} {line.text}")
                # A numbered heading over bare ones holds them ("3.1 Argent" › "Accès").
                parent_level = level_now if not self.opens_text(i + 1) else 0
                part_end = len(lines) if parent_level else 0
                i += 1
                continue
            asked = self.question(i) if line.first else 0
            if level_now and labelled_pair(lines, i, asked):
                i = with_answer(lines, i, asked)  # an entry of the topic, not a heading
                continue
            if asked:
                parts = [unlabelled(x.text) for x in lines[i : i + asked]]
                self.emit(f"{'#' * min(6, level_now + 1)} {' '.join(p for p in parts if p)}")
                i += asked
                if i < len(lines):
                    lines[i].text = ANSWER_LABEL.sub("", lines[i].text, count=1)
                continue
            if i in parts and i not in capitals:
                level_now = sentence_level
                part_end, parent_level = parts[i], level_now
                self.emit(f"{'#' * level_now} {line.text}")
                i += 1
                continue
            if i in capitals or self.bare_heading(i):
                level_now = bare_level if i in capitals else sentence_level
                if i < part_end and i not in capitals:
                    level_now = min(6, max(level_now, parent_level + 1))
                self.emit(f"{'#' * level_now} {line.text}")
                i += 1
                continue
            i = self.body(i)
        return "\n".join(self.out)

    def body(self, i: int) -> int:
        """Write the paragraph, list or table starting at line i; the next line's index."""
        lines = self.lines
        n = self.table_run(i)
        if n:
            rows = [x.text for x in lines[i : i + n] if not _TABLE_SEPARATOR.match(x.text)]
            cells = [[c.strip() for c in row.strip().strip("|").split("|")] for row in rows]
            self.emit(
                *("| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in cells)
            )
            return i + n
        n = self.aligned_run(i)
        if n:
            rows = table_cells([x.raw for x in lines[i : i + n]])
            self.emit(
                *("| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in rows)
            )
            return i + n
        item = _ITEM.match(lines[i].text)
        if item:
            items: list[str] = []
            while i < len(lines):
                match = _ITEM.match(lines[i].text)
                if items and lines[i].first and (self.numbered(i) or lettered(self, i)):
                    break  # "8. Quitter le programme" after a list: a heading
                if match:
                    marker = item_marker(match.group(2), match.group(3))
                    items.append(f"{marker} {match.group(4)}")
                elif (
                    items
                    and lines[i].group == lines[i - 1].group
                    and not lines[i].first
                    and not after_list(lines[i - 1].raw, lines[i].raw)
                ):
                    items[-1] += " " + lines[i].text  # a wrapped item
                else:
                    break
                i += 1
                if i < len(lines) and lines[i].first and not _ITEM.match(lines[i].text):
                    break
            self.emit(*items)
            return i
        text = [lines[i].text]
        i += 1
        while (
            i < len(lines)
            and not lines[i].first
            and not _ITEM.match(lines[i].text)
            and not self.table_run(i)
            and not self.aligned_run(i)
            and not self.underlined(i)
        ):
            text.append(lines[i].text)
            i += 1
        self.emit(_escape(" ".join(text)))
        return i


def as_markdown(text: str) -> tuple[str, str]:
    """(title, Markdown) for a plain text."""
    reader = _Reader(rewrite_grid_tables(text))
    markdown = reader.read()
    return reader.title, markdown


def read_plain_text(text: str) -> tuple[str, list[Section]]:
    title, markdown = as_markdown(text)
    _, sections = read_markdown(markdown, inline=False)
    return title, sections
