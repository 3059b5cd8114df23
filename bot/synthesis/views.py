"""Minority views without their strays, read with the sentence encoder.

A group of few participants is easily joined by one answer of a neighbouring idea that
shares a word or a tone with it ("Breakdowns" with two answers on insurance and
liability): in a view of two or three holders, that stray is a third of the quotes. Every
minority candidate (a theme without sides held by at most `engine.minority_cap`
participants) is read again whole with the sentence encoder (vectors centred on the mean
of everything it read in the workshop, as in `minority`), with up to `READ_PER_GROUP`
answers of every other theme for the session's background (the mean likeness of any two
answers read). While 3+ participants hold the group, the answer least alike on average to
the other holders' leaves it when that mean is under the background plus `TRIM_SD`
standard deviations: an answer no more like the view than any two answers of the
workshop are alike is not part of it. What leaves is left out of every theme.

Also measured on the dev sets, and not kept: dropping the groups whose holders are not
clearly alike, joining a candidate to the theme it fits as well as that theme's own
members do, and showing only the most coherent and distinct views (each lost planted
minorities: a planted view is no more coherent or distinct to the encoder than a fragment
of a larger theme). At most `BUDGET` answers not read before are read; without an
encoder nothing changes.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from bot.synthesis.encoded import TEXT_CHARS, Memo
from bot.synthesis.model import Answer
from bot.synthesis.text import Clause
from bot.synthesis.themes import shorten

BUDGET = 80
READ_PER_GROUP = 4  # answers read of a theme that is no candidate (one per participant)
MIN_READ = 12  # fewer answers read: no fair background
TRIM_SD = 0.0  # set on the planted dev sets (bot/bench/synthesis_planted*)


class _Reading:
    def __init__(self, clauses: Sequence[Clause], answers: Sequence[Answer], memo: Memo) -> None:
        self.clauses = clauses
        self.answers = answers
        self.memo = memo
        self.vector: dict[int, np.ndarray] = {}

    def units(self, rows: Sequence[int], limit: int | None = None) -> list[int]:
        """Answer indices of `rows`; at most `limit`, one per participant, when set."""
        found: list[int] = []
        seen: set[str] = set()
        for row in rows:
            index = self.clauses[row].answer_index
            person = self.answers[index].participant
            if index in found or (limit is not None and person in seen):
                continue
            seen.add(person)
            found.append(index)
            if limit is not None and len(found) == limit:
                break
        return found

    def text(self, index: int) -> str:
        return shorten(self.answers[index].text, TEXT_CHARS)

    def read(self, wanted: Sequence[list[int]]) -> list[list[int]]:
        """Encode the answers of `wanted` (lists of answer indices) while at most `BUDGET`
        of them were not read before; a list past the budget comes back empty."""
        fresh = 0
        kept: list[list[int]] = []
        for units in wanted:
            new = {self.text(u) for u in units} - set(self.memo.read)
            if fresh + len(new) > BUDGET:
                kept.append([])
                continue
            fresh += len(new)
            kept.append(list(units))
        every = list(dict.fromkeys(u for units in kept for u in units))
        if len(every) < MIN_READ:
            return [[] for _ in kept]
        raw = self.memo.queries([self.text(u) for u in every])
        centred = raw - self.memo.centre()
        norms = np.linalg.norm(centred, axis=1, keepdims=True)
        vectors = np.divide(centred, norms, out=np.zeros_like(centred), where=norms > 0)
        self.vector = dict(zip(every, vectors, strict=True))
        return kept

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
    groups: Sequence[tuple[list[int], bool]],
    clauses: Sequence[Clause],
    answers: Sequence[Answer],
    memo: Memo | None,
) -> dict[int, list[int]]:
    """For each minority candidate of `groups` ((rows, candidate) pairs: the themes
    without sides) that loses strays, by index: its rows left; none without an encoder."""
    if memo is None or not any(small for _, small in groups):
        return {}
    reading = _Reading(clauses, answers, memo)
    wanted = [reading.units(rows, None if small else READ_PER_GROUP) for rows, small in groups]
    units = reading.read(wanted)
    every = [u for found in units for u in dict.fromkeys(found)]
    if len(every) < MIN_READ:
        return {}
    pairs = reading.likeness(every, every)[np.triu_indices(len(every), 1)]
    bar = float(pairs.mean()) + TRIM_SD * float(pairs.std())
    result: dict[int, list[int]] = {}
    for index, (rows, small) in enumerate(groups):
        if not small or not units[index]:
            continue
        kept = _trim(reading, units[index], bar)
        if len(kept) < len(units[index]):
            result[index] = [r for r in rows if clauses[r].answer_index in kept]
    return result


def _trim(reading: _Reading, units: list[int], bar: float) -> list[int]:
    """`units` without its strays: while 3+ participants hold them, the unit least alike to
    the other participants' leaves when its mean likeness to them is under `bar`."""
    units = list(units)
    while len({reading.answers[u].participant for u in units}) > 2:
        each = reading.cohesion(units)
        worst = int(np.argmin(each))
        if each[worst] >= bar:
            break
        del units[worst]
    return units
