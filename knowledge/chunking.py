"""Chunks that follow the document's structure.

A chunk holds whole units of one section (paragraphs, a list with the sentence that
introduces it, a table with its header): a heading is never separated from its first
paragraph (every chunk carries its heading path), nor a list from its introduction. A unit
too long for one chunk is split where it can be: a list or a table by items or rows, each
part repeating the introduction; a paragraph on sentence boundaries with langchain's
`RecursiveCharacterTextSplitter`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from knowledge.chunk_notes import Placed, carried_notes
from knowledge.document import PARAGRAPH, Block, Section
from knowledge.text import normalize
from knowledge.units import render

TARGET_WORDS = 150
MAX_WORDS = 230
# About 6.5 characters per French word, spaces included.
CHARS_PER_WORD = 6.5

# End of sentence: . ! ? … (optionally closed by a quote/bracket) then space and a capital,
# digit, quote or dash. Abbreviations such as "M. Dupont" or "p. ex." are kept together.
_SENTENCE_END = re.compile(
    r"(?<!\b[A-Z]\.)(?<!\bMme\.)(?<!\bex\.)(?<!\bcf\.)(?<!\bp\.)(?<!\bDr\.)(?<!\bSt\.)"
    r"(?<=[.!?…])[\"»)\]]?\s+(?=[«\"(\[A-ZÀ-ÖØ-Þ0-9—–-])"
)


@dataclass(frozen=True, slots=True)
class Chunk:
    text: str
    heading: str
    page: int | None
    ordinal: int
    kind: str = PARAGRAPH  # the kinds of its units, in order and distinct: "paragraph,list"


def split_sentences(text: str) -> list[str]:
    """Sentences of a block; each line (list item, table row) is at least one unit."""
    units: list[str] = []
    for line in text.splitlines():
        line = normalize(line)
        if not line:
            continue
        units.extend(s.strip() for s in _SENTENCE_END.split(line) if s.strip())
    return units


def _words(lines: list[str]) -> int:
    return sum(len(line.split()) for line in lines)


@lru_cache(maxsize=1)
def _splitter() -> object:
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    return RecursiveCharacterTextSplitter(
        chunk_size=int(TARGET_WORDS * CHARS_PER_WORD),
        chunk_overlap=0,
        separators=["\n", ". ", "! ", "? ", "; ", ", ", " ", ""],
        keep_separator="end",
    )


def _long_paragraph(text: str) -> list[str]:
    """A paragraph longer than a chunk, cut on sentence boundaries (then clauses, words)."""
    pieces = _splitter().split_text(text)  # type: ignore[attr-defined]
    return [normalize(p) for p in pieces if p.strip()]


def _parts(block: Block) -> list[tuple[Block, list[str]]]:
    """The block as one or more (block, lines) parts that each fit in a chunk."""
    lines = render(block)
    if _words(lines) <= MAX_WORDS:
        return [(block, lines)]
    if block.kind == PARAGRAPH:
        return [(replace(block, text=p), [p]) for p in _long_paragraph(block.text)]
    intro = [normalize(block.text)] if block.text else []
    body = lines[len(intro) :]
    out: list[tuple[Block, list[str]]] = []
    current: list[str] = []
    for line in body:
        if current and _words(intro + current) + len(line.split()) > MAX_WORDS:
            out.append((block, intro + current))
            current = []
        current.append(line)
    if current:
        out.append((block, intro + current))
    return out


def chunk_sections(sections: list[Section], title: str = "") -> list[Chunk]:
    packed: list[tuple[str, list[str], list[str], int | None]] = []
    placed: list[Placed] = []  # each block, with the chunks holding it
    for section in sections:
        heading = _join_heading(title, section.heading)
        first = len(packed)
        chunks, where = _pack(section)
        packed += [(heading, lines, kinds, page) for lines, kinds, page in chunks]
        placed += [(heading, block, [first + c for c in at]) for block, at in where]
    # A table's notes stand under its last rows: the chunks of its first rows carry them too.
    for c, notes in carried_notes(placed, [lines for _, lines, _, _ in packed]).items():
        packed[c][1].extend(notes)
        packed[c][2].append(PARAGRAPH)
    return [
        Chunk("\n".join(lines), heading, page, n, ",".join(dict.fromkeys(kinds)))
        for n, (heading, lines, kinds, page) in enumerate(packed)
    ]


def _pack(
    section: Section,
) -> tuple[list[tuple[list[str], list[str], int | None]], list[tuple[Block, list[int]]]]:
    """(lines, unit kinds, page) of each chunk of one section (whole parts, in order), and
    each block with the chunks holding it."""
    out: list[tuple[list[str], list[str], int | None]] = []
    where: list[tuple[Block, list[int]]] = []
    for block in section.units():
        at: list[int] = []
        for part, lines in _parts(block):
            size = _words(out[-1][0]) if out else 0
            if not out or size + _words(lines) > MAX_WORDS or size >= TARGET_WORDS:
                page = part.page if part.page is not None else section.page
                out.append(([], [], page))
            out[-1][0].extend(lines)
            out[-1][1].append(part.kind)
            at.append(len(out) - 1)
        where.append((block, at))
    return out, where


def _join_heading(title: str, heading: str) -> str:
    title, heading = normalize(title), normalize(heading)
    if not heading:
        return title
    first = heading.split(" › ", 1)[0]
    if not title or heading.startswith(title) or title.startswith(first):
        return heading
    return f"{title} › {heading}"
