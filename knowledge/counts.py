"""Questions that ask for a count of something ("combien de points", "how many places").

"J'organise une sortie, ça me rapporte combien de points ?" is answered by a line that
gives a number of points for organising ("Organisation d'un événement | 250"), not by
the passage richest in the question's other words (how to organise an outing), nor by one
that gives points for something else ("100 points donnés = 5 euros"). When the question
names what it counts, a passage counts it when one of its lines gives a number of that
unit (a numeral before the word, or a table cell under a column the word names) beside
another word of the question (in the line or the passage's heading).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from knowledge.answerability import NUMBER_WORDS
from knowledge.bilingual import english_translations, translations
from knowledge.chunking import split_sentences
from knowledge.text import fold, stem
from knowledge.units import compact_cells, parse_row

# "combien de points", "how many places": the word after the cue is what is counted.
_COUNT_CUE = re.compile(r"\bcombien d(?:e |')(\w+)|\bhow many (\w+)")
# Counts whose answer is a duration or a date ("combien de temps"): another rule's job.
_NOT_UNITS = frozenset({"temps", "fois", "time", "times"})
_TOKEN = re.compile(r"\d+|[^\W\d_]+")
_STARTS_WITH_NUMBER = re.compile(r"^\s*(?:[~≈+]\s*)?\d")


def asked_unit(question: str) -> frozenset[str] | None:
    """The stems (both languages) of what the question counts, when it names it."""
    found = _COUNT_CUE.search(fold(question).casefold())
    if found is None:
        return None
    word = found.group(1) or found.group(2)
    if word in _NOT_UNITS or len(word) < 3:
        return None
    stems = {stem(word, "french"), stem(word, "english")}
    stems |= set(translations(word)) | set(english_translations(word))
    return frozenset(stems)


def _names_unit(unit: frozenset[str], text: str) -> bool:
    folded = fold(text).casefold()
    return any(
        stem(w, "french") in unit or stem(w, "english") in unit for w in re.findall(r"\w+", folded)
    )


def _line_counts(unit: frozenset[str], line: str, header: list[str] | None) -> bool:
    """Whether one line gives a number of `unit` (`header`: the columns of a compact table
    the line is a row of)."""
    row = parse_row(line)
    if row is not None:
        return any(
            _names_unit(unit, k) and _STARTS_WITH_NUMBER.match(v) for k, v in zip(*row, strict=True)
        )
    if header is not None:
        cells = compact_cells(line)
        return any(
            _names_unit(unit, h) and _STARTS_WITH_NUMBER.match(c)
            for h, c in zip(header, cells, strict=False)
        )
    tokens = _TOKEN.findall(fold(line).casefold())
    return any(
        (number.isdigit() or number in NUMBER_WORDS)
        and (stem(word, "french") in unit or stem(word, "english") in unit)
        for number, word in pairwise(tokens)
    )


def counts(unit: frozenset[str], covers: str, about: Callable[[str], bool]) -> bool:
    """Whether a passage (`covers`: its heading, then its text) gives a number of `unit`
    in a line (a paragraph's sentence) that, with the heading, holds another word of the
    question (`about`)."""
    heading, _, text = covers.partition("\n")
    header: list[str] | None = None
    for line in text.splitlines():
        is_row = parse_row(line) is not None
        piped = " | " in line and not is_row
        if piped and header is None:
            header = compact_cells(line)
            continue
        if not piped:
            header = None
        parts = [line] if piped or is_row else split_sentences(line)
        for part in parts:
            if _line_counts(unit, part, header if piped else None) and about(f"{heading}\n{part}"):
                return True
    return False
