"""Section-aware chunking on sentence boundaries, with a one-sentence overlap.

A sentence is never cut (unless it alone exceeds the hard limit), so a short quoted fact
always sits inside one chunk.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.loaders import Section
from knowledge.text import normalize

TARGET_WORDS = 150
MAX_WORDS = 230
OVERLAP_MAX_WORDS = 40

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


def split_sentences(text: str) -> list[str]:
    """Sentences of a block; each line (list item, table row) is at least one unit."""
    units: list[str] = []
    for line in text.splitlines():
        line = normalize(line)
        if not line:
            continue
        units.extend(s.strip() for s in _SENTENCE_END.split(line) if s.strip())
    return units


def _hard_split(sentence: str) -> list[str]:
    tokens = sentence.split(" ")
    return [" ".join(tokens[i : i + MAX_WORDS]) for i in range(0, len(tokens), MAX_WORDS)]


def chunk_sections(sections: list[Section], title: str = "") -> list[Chunk]:
    chunks: list[Chunk] = []
    for section in sections:
        heading = _join_heading(title, section.heading)
        units: list[str] = []
        for sentence in split_sentences(section.text):
            units.extend(_hard_split(sentence) if len(sentence.split()) > MAX_WORDS else [sentence])
        for text in _pack(units):
            chunks.append(Chunk(text=text, heading=heading, page=section.page, ordinal=len(chunks)))
    return chunks


def _pack(units: list[str]) -> list[str]:
    out: list[str] = []
    current: list[str] = []
    size = 0
    fresh = 0  # units in `current` that are not overlap from the previous chunk
    for unit in units:
        n = len(unit.split())
        if current and fresh and (size + n > MAX_WORDS or size >= TARGET_WORDS):
            out.append("\n".join(current))
            tail = current[-1]
            keep = len(tail.split()) <= OVERLAP_MAX_WORDS and n + len(tail.split()) <= MAX_WORDS
            current, size = ([tail], len(tail.split())) if keep else ([], 0)
            fresh = 0
        current.append(unit)
        size += n
        fresh += 1
    if current and fresh:
        out.append("\n".join(current))
    return out


def _join_heading(title: str, heading: str) -> str:
    title, heading = normalize(title), normalize(heading)
    if not heading:
        return title
    first = heading.split(" › ", 1)[0]
    if not title or heading.startswith(title) or title.startswith(first):
        return heading
    return f"{title} › {heading}"
