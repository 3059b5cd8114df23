"""FAQ structure: each question with its answer becomes a section titled by the question.

A FAQ written as plain lines ("Q15. Volty, c'est un humain ?" then "R. Non. …") would
otherwise be cut into chunks by size, an answer separated from its question. As sections,
every answer is a chunk of its own, and its question is the chunk's heading: the lexical
index weighs it apart, and sources cite it ("faq.txt — Volty, c'est un humain ?").
"""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge.document import PARAGRAPH, Block, Section

# "Q15.", "Q :", "Question 3 -", "12)", "- " before a question; "R.", "A :", "Réponse :" before
# an answer.
_QUESTION_PREFIX = re.compile(
    r"^\s*(?:[-*•]\s*)?(?:(?:q|question)\s*\d*\s*[.:)\-–]\s*|\d{1,3}\s*[.)]\s+)?", re.IGNORECASE
)
_ANSWER_PREFIX = re.compile(
    r"^\s*(?:r|a|réponse|reponse|answer)\s*\d*\s*[.:)\-–]\s*", re.IGNORECASE
)
MAX_QUESTION_WORDS = 40
MIN_ENTRIES = 2


def _question(line: str) -> str | None:
    """The question a line asks, without its numbering, or None."""
    stripped = line.strip()
    if not stripped.endswith("?") or len(stripped.split()) > MAX_QUESTION_WORDS:
        return None
    question = _QUESTION_PREFIX.sub("", stripped, count=1).strip()
    return question or None


def split_faq(section: Section) -> list[Section]:
    """The section's question/answer entries as sections, or the section itself.

    A question is a paragraph ending in "?"; its answer, the blocks up to the next one.
    """
    preamble: list[Block] = []
    entries: list[tuple[list[str], list[Block]]] = []  # (questions, answer blocks)
    for block in section.units():
        question = _question(block.text) if block.kind == PARAGRAPH else None
        if question is not None:
            if entries and not entries[-1][1]:
                entries[-1][0].append(question)  # two question lines, one answer
            else:
                entries.append(([question], []))
        elif entries:
            entries[-1][1].append(block)
        else:
            preamble.append(block)
    answered = sum(bool(a) for _, a in entries)
    if answered < MIN_ENTRIES or answered < len(entries) - 1:
        return [section]
    out: list[Section] = []
    if preamble:
        out.append(_section(section, section.heading, preamble))
    for questions, answer in entries:
        if not answer:  # a question left without an answer stays as text, not lost
            out.append(_section(section, section.heading, [Block(PARAGRAPH, " ".join(questions))]))
            continue
        first = answer[0]
        if first.kind == PARAGRAPH:
            answer = [replace(first, text=_ANSWER_PREFIX.sub("", first.text, count=1)), *answer[1:]]
        heading = " ".join(questions)
        path = f"{section.heading} › {heading}" if section.heading else heading
        out.append(_section(section, path, answer))
    return out


def _section(section: Section, heading: str, blocks: list[Block]) -> Section:
    text = "\n".join(b.plain() for b in blocks)
    page = blocks[0].page if blocks[0].page is not None else section.page
    return Section(text=text, heading=heading, page=page, blocks=tuple(blocks))


def split_faqs(sections: list[Section]) -> list[Section]:
    return [part for section in sections for part in split_faq(section)]
