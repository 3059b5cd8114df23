"""A value asked of an item a table or a list does not have, beside siblings it does have.

"Combien de points pour un témoignage audio ?" over a list pricing « témoignage écrit » and
« témoignage vidéo », "la caution d'un vélo cargo triporteur" over a table of « vélo cargo
biporteur » and « vélo cargo longtail »: the passage shares most of the question, and the
word it lacks ("audio", "triporteur") is the one naming which item is asked about. The
question's words then point at no single row or item: several hold as many of them as the
best one. When a count or a price is asked, such a passage does not answer if it lacks a
question word weighing `SIBLING_GAP` of the question or more (a lighter one, a verb the
passage words otherwise, may miss where one row answers).

Chosen on the odd structure dev sets, confirmed on the even ones and the sets without a
number (default scope): unanswerable abstained 128 -> 131 of 240 and 132 -> 133 of 265,
answered (986, 1002) and whole units (713, 713) unchanged on every set; 0.15 gave the same
where measured, 0.25 lost two of the four. Dates and durations are left out
(`ITEM_VALUES`): with them, a duration asked of a whole procedure lost its answer on an
even set. Tried and rejected on the odd sets: the item lacked by every passage that lacks
its word (-5 answered on one set), or by those less close than the enumeration (-3 on
one); the item pointed at by a margin of weight below the word lacked (-1 answered on
two); the one item pointed at lacking the value its siblings give (-1 answered on two:
questions asking two things).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from knowledge.answer_kinds import PRICE
from knowledge.answerability import NUMBER
from knowledge.question_support import _Word, coverage

SIBLING_GAP = 0.2
# The values a table or a list gives item by item: counts and prices. A date or a duration
# asked ("how long until a bookseller approves my points") is as often given once for a
# whole procedure whose steps the question words otherwise.
ITEM_VALUES = frozenset({NUMBER, PRICE})
# A list item: "- …", "• …", "1. …", "2) …".
_ITEM = re.compile(r"^\s*(?:[-*•▪◦–]|\d{1,2}[.)])\s+\S")


def enumerated_items(text: str) -> list[str]:
    """The rows of the tables (each block's first row, its header, left out) and the items
    of the lists in `text`."""
    items: list[str] = []
    in_table = False
    for line in text.splitlines():
        if line.count("|") >= 1 and line.strip(" |"):
            if in_table:
                items.append(line)
            in_table = True
            continue
        in_table = False
        if _ITEM.match(line):
            items.append(line)
    return items


def items_lacked(words: Sequence[_Word], found: Sequence[float], text: str) -> set[int]:
    """The question words (their ranks) naming an item `text` lacks: when it enumerates items
    the question's words point at none of (two or more hold as many of them as the best
    one), the words it lacks that weigh `SIBLING_GAP` of the question (`found`: how much of
    each word `text` holds); none otherwise."""
    total = sum(w.weight for w in words)
    lacked = {
        i
        for i, (w, f) in enumerate(zip(words, found, strict=True))
        if f <= 0 and total > 0 and w.weight >= SIBLING_GAP * total
    }
    if not lacked:
        return set()
    held = _held(words, enumerated_items(text))
    best = max(held, default=0)
    return lacked if best > 0 and held.count(best) >= 2 else set()


def _held(words: Sequence[_Word], items: Sequence[str]) -> list[int]:
    """How many of the question's words each item holds (none when fewer than two items)."""
    if len(items) < 2:
        return []
    return [sum(f > 0 for f in coverage(list(words), item)) for item in items]
