"""Plain text: FAQ questions, and the labelled pairs that are entries of their topic.

A line ending in "?" followed by its answer is a FAQ question (`question_lines`); alone, it
heads the section its answer makes ("Comment je vois mes milles ?").

Under a topic line (not the title alone), a question labelled as one half of a pair
("Q : … ?" over "R : …", "Q. … ?" over "A. …") is written as an exchange under the topic
that groups the pairs ("Haute saison", then its pairs): it is one of that topic's entries,
not a heading of its own (under the title alone, it still heads a section), and is read with
its answer as one paragraph (`knowledge.document.asked_in_section`, as a question set in
bold under a section heading), so that the topic names where it is answered ("En haute
saison, peut-on annuler ?": "Haute saison") and twin questions under two topics stay apart.
"""

from __future__ import annotations

import re
from typing import Protocol

from knowledge.formats.plain_parents import Line

ANSWER_LABEL = re.compile(
    r"^\s*(?:r|a|réponse|reponse|answer)\s*\d*\s*[.:)\-–](?:\s+|$)", re.IGNORECASE
)
QUESTION_LABEL = re.compile(r"^\s*(?:q|question)\s*\d*\s*[.:)\-–]\s*", re.IGNORECASE)
QUESTION_WORDS = 30
MAX_QUESTION_LINES = 3


class Reader(Protocol):
    lines: list[Line]


def question_lines(lines: list[Line], i: int, is_item: re.Pattern[str]) -> int:
    """How many lines from i ask one FAQ question (followed by its answer), else 0."""
    n = 0
    while (
        i + n < len(lines)
        and n < MAX_QUESTION_LINES
        and (n == 0 or lines[i + n].group == lines[i].group)
        and lines[i + n].text.endswith("?")
        and len(lines[i + n].text.split()) <= QUESTION_WORDS
        and not is_item.match(lines[i + n].text)
    ):
        n += 1
    if not n or i + n >= len(lines) or lines[i + n].text.endswith("?"):
        return 0
    return n


def labelled_pair(lines: list[Line], i: int, asked: int) -> bool:
    """Whether the question of `asked` lines at i is labelled and so is its answer."""
    return (
        asked > 0
        and i + asked < len(lines)
        and bool(QUESTION_LABEL.match(lines[i].text))
        and bool(ANSWER_LABEL.match(lines[i + asked].text))
    )


def unlabelled(text: str) -> str:
    return QUESTION_LABEL.sub("", text, count=1).strip()


def with_answer(lines: list[Line], i: int, asked: int) -> int:
    """A labelled pair's question set before its answer, on the answer's first line (which
    opens the paragraph that both make); the index of that line."""
    question = " ".join(p for p in (unlabelled(x.text) for x in lines[i : i + asked]) if p)
    answer = lines[i + asked]
    answer.text = f"{question} {ANSWER_LABEL.sub('', answer.text, count=1).strip()}".strip()
    return i + asked
