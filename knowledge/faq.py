"""FAQ structure: each question with its answer becomes a section titled by the question.

A FAQ written as plain lines ("Q15. Volty, c'est un humain ?" then "R. Non. …") would
otherwise be cut into chunks by size, an answer separated from its question. As sections,
every answer is a chunk of its own, and its question is the chunk's heading: the lexical
index weighs it apart, and sources cite it ("faq.txt — Volty, c'est un humain ?").

Under a topic heading (not the title alone), a question labelled as one half of a pair
("Q : … ?" then "R : …") is rather an entry of that topic (`knowledge.formats.plain_questions`):
it stays in the topic's section, read with its answer as one paragraph.
"""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge.document import HEADING_SEPARATOR, PARAGRAPH, Block, Section
from knowledge.formats.plain_questions import ANSWER_LABEL, QUESTION_LABEL

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
    labelled: list[bool] = []  # each entry's question labelled ("Q :", "Question 3 -")
    for block in section.units():
        question = _question(block.text) if block.kind == PARAGRAPH else None
        if question is not None:
            if entries and not entries[-1][1]:
                entries[-1][0].append(question)  # two question lines, one answer
            else:
                entries.append(([question], []))
                labelled.append(bool(QUESTION_LABEL.match(block.text)))
        elif entries:
            entries[-1][1].append(block)
        else:
            preamble.append(block)
    answered = sum(bool(a) for _, a in entries)
    if answered < MIN_ENTRIES or answered < len(entries) - 1:
        return [section]
    parts: list[tuple[str, list[Block]]] = [(section.heading, preamble)]
    for (questions, answer), label in zip(entries, labelled, strict=True):
        heading = " ".join(questions)
        if not answer:  # a question left without an answer stays as text, not lost
            parts.append((section.heading, [Block(PARAGRAPH, heading)]))
            continue
        first = answer[0]
        pair = (
            label
            and HEADING_SEPARATOR in section.heading  # under a topic, not the title alone
            and first.kind == PARAGRAPH
            and bool(ANSWER_LABEL.match(first.text))
        )
        if first.kind == PARAGRAPH:
            text = _ANSWER_PREFIX.sub("", first.text, count=1)
            answer = [replace(first, text=f"{heading} {text}" if pair else text), *answer[1:]]
        if pair:  # a labelled pair: an entry of its topic, read with its question
            parts.append((section.heading, answer))
            continue
        path = f"{section.heading} › {heading}" if section.heading else heading
        parts.append((path, answer))
    merged: list[tuple[str, list[Block]]] = []
    for path, blocks in parts:
        if merged and merged[-1][0] == path == section.heading:
            merged[-1][1].extend(blocks)
        elif blocks:
            merged.append((path, list(blocks)))
    return [_section(section, path, blocks) for path, blocks in merged]


def _section(section: Section, heading: str, blocks: list[Block]) -> Section:
    text = "\n".join(b.plain() for b in blocks)
    page = blocks[0].page if blocks[0].page is not None else section.page
    return Section(text=text, heading=heading, page=page, blocks=tuple(blocks))


def split_faqs(sections: list[Section]) -> list[Section]:
    return [part for section in sections for part in split_faq(section)]
