"""Markdown (and the Markdown that the plain-text reader writes) into sections of blocks.

Headings are cut by langchain's `MarkdownHeaderTextSplitter` (it knows code fences), one
piece per blank-line-separated group; each group is then read line by line into
paragraphs, lists (with their items) and pipe tables.
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Callable, Iterator

from knowledge.document import (
    LIST,
    PARAGRAPH,
    TABLE,
    Block,
    Section,
    SectionBuilder,
    asked_in_section,
    item_marker,
)
from knowledge.text import normalize

HEADERS = [("#" * n, f"h{n}") for n in range(1, 7)]

_ATX = re.compile(r"^#{1,6}(?: |$)")
_ITEM = re.compile(r"^(?:([-*+•▪◦‣–])|(\d{1,3})[.)]|([a-z])\))\s+(.*)$")
_SEPARATOR = re.compile(r"^\|?\s*:?[-=]{2,}:?\s*(?:[|+]\s*:?[-=]{2,}:?\s*)*\|?$")
_SETEXT = re.compile(r"^(=+|-+)\s*$")
_FRONT_MATTER = re.compile(r"\A---\s*\n.*?\n---\s*\n", re.DOTALL)
_INLINE = re.compile(r"(\*\*|__|\*|`|~~)")
# _emphasis_ with single underscores, at word edges only (snake_case names keep theirs).
_UNDERSCORE = re.compile(r"(?<![\w\\])_(?=\S)([^_\n]+?)(?<=\S)_(?!\w)")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
# Inline HTML is allowed in Markdown (<i>Titre</i>, <span lang="la">…</span>): keep the text.
_HTML_TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")


def strip_inline(line: str) -> str:
    """Markdown emphasis, links and inline HTML removed; the text kept."""
    if "<" in line or "&" in line:
        line = html.unescape(_HTML_TAG.sub("", line))
    line = _LINK.sub(r"\1", line)
    return _ESCAPE.sub(r"\1", _INLINE.sub("", _UNDERSCORE.sub(r"\1", line)))


def without_front_matter(text: str) -> str:
    return _FRONT_MATTER.sub("", text, count=1)


def atx_headings(text: str) -> str:
    """Setext headings (a line underlined with === or ---) written as # and ## headings."""
    lines = text.splitlines()
    out: list[str] = []
    for i, line in enumerate(lines):
        underline = _SETEXT.match(line.strip()) if out and len(line.strip()) >= 3 else None
        previous = out[-1].strip() if out else ""
        if (
            underline
            and previous
            and not previous.startswith(("#", "|", ">"))
            and not _ITEM.match(previous)
            and (i < 2 or not lines[i - 2].strip())  # a heading stands alone
        ):
            out[-1] = ("# " if underline.group(1)[0] == "=" else "## ") + previous
            continue
        out.append(line)
    return "\n".join(out)


_BOLD_LINE = re.compile(r"^(\*\*|__)(?=\S)([^*_]+?)(?<=\S)\1$")
_ITALIC_LINE = re.compile(r"^([*_])(?=\S)([^*_]+?)(?<=\S)\1$")
_NOT_HEADING_END = (".", ",", ";", ":", "…")
EMPHASIS_HEADING_CHARS = 100


def emphasis_headings(text: str) -> str:
    """A line set alone in bold (blank lines around it, or a line below that starts a
    sentence, a list or a table: "**Niveau Or**" then "Vous recevez :") written as
    a heading one level below the last # heading, as many writers mark their sections; an
    italic line alone under such a heading, one level further. An italic line before any
    bold heading is a byline or a date, not a section."""
    lines = text.splitlines()
    out: list[str] = []
    atx_level, bold_since_atx, in_fence = 0, False, False
    asking = "fresh"  # the lines since the last # heading: "fresh", "run" of questions, ""
    for i, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            in_fence = not in_fence
        if in_fence:
            out.append(line)
            continue
        if _ATX.match(stripped):
            atx_level = len(stripped) - len(stripped.lstrip("#"))
            bold_since_atx, asking = False, "fresh"
            out.append(line)
            continue
        following = lines[i + 1].strip() if i + 1 < len(lines) else ""
        bold = _BOLD_LINE.match(stripped)
        italic = None if bold else _ITALIC_LINE.match(stripped)
        opens = bool(bold) and (
            _starts_sentence(following) or bool(_ITEM.match(following)) or following[:1] == "|"
        )
        alone = (i == 0 or not lines[i - 1].strip()) and (not following or opens)
        words = (bold or italic).group(2).strip() if (bold or italic) else ""
        if (
            alone
            and words
            and len(words) <= EMPHASIS_HEADING_CHARS
            and not words.endswith(_NOT_HEADING_END)
            and (bold or bold_since_atx)
            and not (bold and asking and asked_in_section(words, atx_level))
        ):
            level = min(atx_level + (1 if bold else 2), 6)
            bold_since_atx = True
            out.append("#" * level + " " + words)
            continue
        if bold and alone and asking and asked_in_section(words, atx_level):
            asking = "run"
        elif stripped and asking == "fresh":
            asking = ""
        out.append(line)
    return "\n".join(out)


def _cells(line: str) -> tuple[str, ...]:
    line = line.strip()
    line = line[1:] if line.startswith("|") else line
    line = line[:-1] if line.endswith("|") and not line.endswith("\\|") else line
    return tuple(normalize(c.replace("\\|", "|")) for c in re.split(r"(?<!\\)\|", line))


# A star set after a cell's last word is a mark a note under the table explains
# (« Cadenas gravé* »), not emphasis: emphasis comes in pairs.
_CELL_MARK = re.compile(r"(?<=[\w).»])\*{1,3}$")


def _cell_text(cell: str, clean: Callable[[str], str]) -> str:
    mark = _CELL_MARK.search(cell)
    if mark is None or "*" in cell[: mark.start()]:
        return normalize(clean(cell))
    return normalize(clean(cell[: mark.start()])) + mark.group()


def _table_lines(lines: list[str], start: int) -> int:
    """How many lines from `start` form a pipe table (0: none)."""
    end = start
    while end < len(lines) and "|" in lines[end]:
        end += 1
    run = lines[start:end]
    if len(run) < 2:
        return 0
    if all(line.lstrip().startswith("|") for line in run) or any(
        _SEPARATOR.match(line.strip()) for line in run
    ):
        return len(run)
    return 0


_PARAGRAPH_END = (".", "!", "?", "…", ":", '"', "»", ")")
# A line ending in these closes a paragraph even in hard-wrapped text (a FAQ's question,
# the sentence that introduces what follows).
_ALWAYS_ENDS = ("?", ":")
# Hard-wrapped text keeps its lines within a width (72 to 100 characters, as editors and
# mailers wrap); a line cut there is a full one, not a short label.
WRAP_CHARS = 100
WRAPPED_LINE_CHARS = 40


def _hard_wrapped(lines: list[str]) -> bool:
    """A group written as wrapped prose: no line wider than a wrapping width, and some full
    line stops mid-sentence while the text goes on in the next one. Its lines are then one
    paragraph, whatever ends each of them (a text written one paragraph per line is not)."""
    texts = [line.strip().lstrip("> ").strip() for line in lines]
    if any(len(line) > WRAP_CHARS for line in texts):
        return False
    return any(
        len(line) >= WRAPPED_LINE_CHARS
        and not line.endswith(_PARAGRAPH_END)
        and not _ITEM.match(line)
        and "|" not in line
        and following
        and not _ITEM.match(following)
        and "|" not in following
        for line, following in itertools.pairwise(texts)
    )


def _starts_sentence(line: str) -> bool:
    first = line[:1]
    return bool(first) and (first.isupper() or first.isdigit() or first in '«"')


AFTER_LIST_WORDS = 4


def after_list(previous: str, line: str) -> bool:
    """A line set flush after a short list item that reads as a sentence of its own (a
    capital, several words, a full stop): the paragraph after the list, not the item's
    continuation ("- help the judges" / "You are never asked to belay…")."""
    text, item = line.strip(), previous.strip()
    return (
        line[:1] not in (" ", "\t")
        and _starts_sentence(text)
        and text.endswith(_PARAGRAPH_END)
        and len(text.split()) >= AFTER_LIST_WORDS
        and (len(item) < WRAPPED_LINE_CHARS * 3 // 2 or item.endswith((".", ";", "!", "?")))
    )


def group_blocks(lines: list[str], inline: bool, page: int | None) -> Iterator[Block]:
    """The blocks of one group of lines (no blank line inside)."""
    clean = strip_inline if inline else (lambda s: s)
    paragraph: list[str] = []
    items: list[str] = []
    markers: list[str] = []
    ordered = False
    wrapped = _hard_wrapped(lines)
    ends = _ALWAYS_ENDS if wrapped else _PARAGRAPH_END
    i = 0

    def flush() -> Iterator[Block]:
        nonlocal ordered
        if paragraph:
            yield Block(PARAGRAPH, text=normalize(" ".join(paragraph)), page=page)
            paragraph.clear()
        if items:
            yield Block(
                LIST,
                items=tuple(normalize(x) for x in items),
                ordered=ordered,
                page=page,
                markers=tuple(markers),
            )
            items.clear()
            markers.clear()
            ordered = False

    while i < len(lines):
        line = lines[i].strip()
        if line.startswith(">"):
            line = line.lstrip("> ").strip()
        n = _table_lines(lines, i)
        if n:
            yield from flush()
            # Cells are split before the inline marks go: an escaped pipe stays in its cell.
            rows = [
                tuple(_cell_text(c, clean) for c in _cells(x))
                for x in lines[i : i + n]
                if not _SEPARATOR.match(x.strip())
            ]
            yield Block(TABLE, rows=tuple(r for r in rows if any(r)), page=page)
            i += n
            continue
        escaped = line.startswith("\\")
        item = None if escaped else _ITEM.match(line)
        if item:
            if paragraph:
                yield from flush()
            if not items:
                ordered = item.group(2) is not None
            items.append(clean(item.group(4)))
            markers.append(item_marker(item.group(2), item.group(3)))
        elif items and not escaped and not after_list(lines[i - 1], lines[i]):
            items[-1] += " " + clean(line)  # a lazy continuation of the item
        else:
            if items:
                yield from flush()  # the sentence after a list (`after_list`)
            paragraph.append(clean(line[1:] if escaped else line))
            following = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if line.endswith(ends) and _starts_sentence(following):
                # A line that ends a sentence before one that starts another: the next
                # paragraph, as most exported texts write it (and a FAQ's question);
                # in hard-wrapped prose, only a question or an introduction ends one.
                yield from flush()
        i += 1
    yield from flush()


def read_markdown(text: str, *, inline: bool = True) -> tuple[str, list[Section]]:
    """(first level-1 heading, sections) of Markdown text."""
    from langchain_text_splitters import MarkdownHeaderTextSplitter

    splitter = MarkdownHeaderTextSplitter(HEADERS, return_each_line=True, strip_headers=False)
    builder = SectionBuilder()
    text = atx_headings(text)
    level = 0
    headed = _asks_again(text)
    for piece in splitter.split_text(emphasis_headings(text) if inline else text):
        lines = piece.page_content.split("\n")
        headings = [piece.metadata[name] for _, name in HEADERS if name in piece.metadata]
        if lines and _ATX.match(lines[0]) and headings:
            # strip_headers=False: the heading line opens its first piece, which says
            # where a heading stands even when two headings share the same text.
            level = len(lines[0]) - len(lines[0].lstrip("#"))
            heading = headings[-1].rstrip("#").strip()
            builder.heading(level, strip_inline(heading) if inline else heading)
            lines = lines[1:]
        for run in _accordion_runs(lines, level) if inline else [lines]:
            if isinstance(run, str):
                if headed:
                    builder.heading(min(level + 1, 6), run)  # asked under each section
                else:
                    builder.asked(run)  # an accordion's question, read with its answer
                continue
            for block in group_blocks(run, inline, None):
                builder.block(block)
    return builder.title, builder.finish()


_SUMMARY = re.compile(r"^\s*(?:<details[^>]*>\s*)?<summary[^>]*>(.*)</summary>\s*$", re.I)


def _accordion_runs(lines: list[str], level: int) -> list[list[str] | str]:
    """The lines between accordions' questions, and each question (« <summary>Question
    ?</summary> ») under a section heading: an entry of the section, as in HTML
    (`formats.html`)."""
    runs: list[list[str] | str] = [[]]
    for line in lines:
        summary = _SUMMARY.match(line)
        question = normalize(strip_inline(summary.group(1))) if summary else ""
        if asked_in_section(question, level):
            runs += [question, []]
        else:
            runs[-1].append(line)  # type: ignore[union-attr]
    return [run for run in runs if run]


def _asks_again(text: str) -> bool:
    """Whether an accordion question is asked under more than one section: each accordion
    question then heads a part of its section (`formats.html.asks_again`)."""
    asked = [normalize(strip_inline(m.group(1))).casefold() for m in _SUMMARIES.finditer(text)]
    return len(set(asked)) < len(asked)


_SUMMARIES = re.compile(r"^\s*(?:<details[^>]*>\s*)?<summary[^>]*>(.*)</summary>\s*$", re.I | re.M)
