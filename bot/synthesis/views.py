"""Minority views without their strays, read with the sentence encoder.

A group of few participants is easily joined by one answer of a neighbouring idea that
shares a word or a tone with it ("Breakdowns" with two answers on insurance and
liability): in a view of two or three holders, that stray is a third of the quotes. Every
minority view is read again whole with the sentence encoder (vectors centred on the mean
of everything it read in the workshop, as in `minority`); the session's background is the
mean likeness of any two answers the encoder read in the workshop. While 3+ participants
hold the view, the answer least alike on average to the other holders' leaves it when that
mean is under the background plus `TRIM_SD` standard deviations: an answer no more like
the view than any two answers of the workshop are alike is not part of it. What leaves is
left out of every theme.

Also measured on the dev sets, and not kept: dropping the groups whose holders are not
clearly alike, joining a view to the theme it fits as well as that theme's own members
do, and showing only the most coherent and distinct views (each lost planted minorities:
a planted view is no more coherent or distinct to the encoder than a fragment of a larger
theme). Nor (syn-prec2): the holder of a view of 3+ whose answer is more alike on
average to a convergent theme's members than to the other holders leaving it (dev heldout3
.811 -> .838 but planted .908 -> .898, held-out heldout2 .969 -> .959), the same against
any larger theme (it takes right holders), and a two-holder view of the clustering dropped
when its two answers each lean to a different larger theme (planted view pairs are worded
differently, alike to nothing: planted minorities 7 -> 6/7).
At most `BUDGET` answers not read before are read; without an encoder nothing
changes. Measured (syn-prec3) and not kept: `TRIM_SD` 1.0 (dev planted .904 -> .892,
planted2 .838 -> .829, heldout5 recall .80 -> .75), and a pair of the encoder's second
reading spanning two questions kept only at `encoded.CROSS_JOIN_AT` (dev planted .904 ->
.912, heldout3 .811 -> .815, heldout5 .776 -> .789, but heldout7 .674 -> .663).
Measured (syn-prec4) and not kept: a point of 4-8 holders cut in two by average linkage on
the encoder when each half holds together and the halves are 0.15 less alike across than
within (dev heldout3 .812 -> .820, heldout8 .663 -> .682, dev15 .785 -> .781; held-out
heldout 136/154 -> 135/153 right quotes: halves quote fewer); a two-holder view dropped
when its holders lean to two different larger themes (planted2 and heldout5 each lose a
planted minority). On the 427 two-holder points of the dev sets (300 pure), none of the
pair's centred cosine, its rank among each holder's neighbours, its standing out (z), the
holders' shared nearest neighbours (3, 5 or 8) or shared stems and how common they are
tells a pair of two themes' answers from a pure one.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from bot.synthesis.encoded import TEXT_CHARS, Memo
from bot.synthesis.model import Answer
from bot.synthesis.text import Clause
from bot.synthesis.themes import shorten

BUDGET = 30  # answers not read before (most were, by `encoded` or `minority`)
MIN_READ = 12  # fewer answers read in the workshop: no fair background
TRIM_SD = 0.0  # set on the planted dev sets (bot/bench/synthesis_planted*)


class Reading:
    """A workshop's answers as the sentence encoder reads them (through the shared memo)."""

    def __init__(self, clauses: Sequence[Clause], answers: Sequence[Answer], memo: Memo) -> None:
        self.clauses = clauses
        self.answers = answers
        self.memo = memo
        self.vector: dict[int, np.ndarray] = {}

    def units(self, rows: Sequence[int]) -> list[int]:
        """Answer indices of `rows`, each once."""
        return list(dict.fromkeys(self.clauses[row].answer_index for row in rows))

    def people(self, units: Sequence[int]) -> int:
        return len({self.answers[u].participant for u in units})

    def text(self, index: int) -> str:
        return shorten(self.answers[index].text, TEXT_CHARS)

    def read(self, wanted: Sequence[list[int]], budget: int = BUDGET) -> list[list[int]]:
        """Encode the answers of `wanted` (lists of answer indices, the fewest participants
        first) while at most `budget` of them were not read before; a list past the budget
        comes back empty."""
        fresh = 0
        kept: list[list[int]] = [[] for _ in wanted]
        # The smallest first: a stray weighs most among few holders.
        for index in sorted(range(len(wanted)), key=lambda i: (self.people(wanted[i]), i)):
            new = {self.text(u) for u in wanted[index]} - set(self.memo.read)
            if fresh + len(new) <= budget:
                fresh += len(new)
                kept[index] = list(wanted[index])
        every = list(dict.fromkeys(u for units in kept for u in units))
        if every:
            vectors = self.memo.centred(self.memo.queries([self.text(u) for u in every]))
            self.vector = dict(zip(every, vectors, strict=True))
        return kept

    def background(self) -> tuple[float, float]:
        """Mean and standard deviation of the likeness of any two answers read so far."""
        vectors = self.memo.centred(np.stack(list(self.memo.read.values())))
        pairs = (vectors @ vectors.T)[np.triu_indices(len(vectors), 1)]
        return float(pairs.mean()), float(pairs.std())

    def likeness(self, first: Sequence[int], second: Sequence[int]) -> np.ndarray:
        a = np.stack([self.vector[u] for u in first])
        b = np.stack([self.vector[u] for u in second])
        return a @ b.T

    def cohesion(self, units: Sequence[int]) -> np.ndarray:
        """Each of `units`' mean likeness to the other participants' units."""
        owner = np.array([self.answers[u].participant for u in units])
        other = owner[:, None] != owner[None, :]
        counts = other.sum(axis=1)
        sums = np.where(other, self.likeness(units, units), 0.0).sum(axis=1)
        return np.divide(sums, counts, out=np.zeros(len(units)), where=counts > 0)


def without_strays(
    groups: Sequence[list[int]],
    clauses: Sequence[Clause],
    answers: Sequence[Answer],
    memo: Memo | None,
) -> dict[int, list[int]]:
    """For each minority candidate of `groups` (clause rows) that loses strays, by index:
    its rows left; none without an encoder."""
    if memo is None or not groups:
        return {}
    reading = Reading(clauses, answers, memo)
    # Only a view of 3+ participants can lose a stray: pairs are not read.
    wanted = [reading.units(rows) for rows in groups]
    units = reading.read([found if reading.people(found) > 2 else [] for found in wanted])
    if len(memo.read) < MIN_READ:
        return {}
    mean, spread = reading.background()
    bar = mean + TRIM_SD * spread
    result: dict[int, list[int]] = {}
    for index, rows in enumerate(groups):
        kept = _trim(reading, units[index], bar) if units[index] else []
        if len(kept) < len(units[index]):
            result[index] = [r for r in rows if clauses[r].answer_index in kept]
    return result


def _trim(reading: Reading, units: list[int], bar: float) -> list[int]:
    """`units` without its strays: while 3+ participants hold them, the unit least alike to
    the other participants' leaves when its mean likeness to them is under `bar`."""
    units = list(units)
    while reading.people(units) > 2:
        each = reading.cohesion(units)
        worst = int(np.argmin(each))
        if each[worst] >= bar:
            break
        del units[worst]
    return units
