"""Rare specific words two participants share: a small view's most telling sign.

Two people asking for the same uncommon thing ("guides in Spanish" / "Spanish handouts",
"a deposit on jars" / "bring back the deposit bottles") often say its one specific word and
little else alike: the sentence encoder, reading the whole answer, finds them only a little
closer than unrelated answers. A stem is rare when exactly two participants say it in the
whole workshop; it is specific when it has `MIN_STEM_CHARS` letters or more and no word of
the questions has it (a question's words are in everyone's answers). A short word shared
at the start of both ("covoit" / "covoiturage": a clipped word is its full word's start)
counts as the same stem.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

import numpy as np

from bot.synthesis.model import Answer
from bot.synthesis.text import Clause, stem, strip_accents, tokens

MIN_STEM_CHARS = 5
HOLDERS = 2  # participants who say a rare stem


def _question_stems(questions: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for question in questions:
        for word, _, _ in tokens(question):
            bare = strip_accents(word.lower())
            found |= {stem(bare, "fr"), stem(bare, "en")}
    return found


def _clipped(short: str, long: str) -> bool:
    """`short` is a clipped form of `long` (both stems): its start, of 5+ letters."""
    return len(short) >= 5 and len(long) > len(short) and long.startswith(short)


def rare_stems(clauses: Sequence[Clause], answers: Sequence[Answer]) -> dict[str, str]:
    """Each rare specific stem of the workshop, mapped to its own key (a clipped stem and
    its full stem share one key)."""
    asked = _question_stems({a.question for a in answers})
    holders: dict[str, set[str]] = defaultdict(set)
    for clause in clauses:
        person = answers[clause.answer_index].participant
        for word in clause.stems:
            if len(word) >= MIN_STEM_CHARS and word not in asked:
                holders[word].add(person)
    keys = {w: w for w in holders}
    ordered = sorted(holders)
    for index, short in enumerate(ordered):
        for long in ordered[index + 1 :]:
            if not long.startswith(short):
                break
            if _clipped(short, long) and len(holders[short] | holders[long]) == HOLDERS:
                keys[long] = short
    people: dict[str, set[str]] = defaultdict(set)
    for word, who in holders.items():
        people[keys[word]] |= who
    return {w: k for w, k in keys.items() if len(people[k]) == HOLDERS}


def shared(
    units: Sequence[Sequence[int]], clauses: Sequence[Clause], rare: dict[str, str]
) -> np.ndarray:
    """Whether each two `units` (lists of clause rows) share a rare stem's key."""
    keys = [{rare[w] for r in unit for w in clauses[r].stems if w in rare} for unit in units]
    result = np.zeros((len(units), len(units)), dtype=bool)
    for a, first in enumerate(keys):
        for b in range(a + 1, len(keys)):
            if first & keys[b]:
                result[a, b] = result[b, a] = True
    return result
