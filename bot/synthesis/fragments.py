"""Minority views that are fragments of another theme, read with the sentence encoder.

The lexical clustering cuts a theme of ten or twelve people worded in several ways into
pieces of two to five ("Week-end", "Semaine", "Je suis infirmier de nuit…" for one theme
of time available): each piece is few enough to pass for a minority view, and a workshop
shows a dozen "minority views" of which one or two are. A view whose holders' answers are
on average at least as alike to another theme's answers as to each other's (`cohesion`,
other participants only) holds no idea of its own: it is a fragment of that theme and
joins it, when that likeness also stands out of the session's background (mean likeness
of any two answers read in the workshop, plus `BAR_SD` standard deviations). Two minority
views that together pass the minority cap join only when each is as alike to the other
as to itself (else a real view would be lost in a convergence). The most clearly absorbed
fragment joins first, then the likeness is measured again (the joined theme may take
another fragment). Oppositions neither join nor take anything.

Every answer of a minority view is read; of another theme, `CANDIDATES` answers, those
the encoder already read first (then in the theme's row order). At most `BUDGET` answers
not read before are read; without an encoder nothing changes.
Measured (syn-div) and not kept: two minority views that are each other's closest piece
joining past the cap at the background plus 1.5 or 2 standard deviations (dev12 recall
.905 -> .857 at 1.5, precision .759 -> .756 at 2; dev13 .846 -> .844).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from bot.synthesis.encoded import Memo
from bot.synthesis.model import Answer
from bot.synthesis.text import Clause
from bot.synthesis.views import MIN_READ, Reading

BUDGET = 40  # answers not read before
CANDIDATES = 6  # answers read of a theme that is not a minority view
BAR_SD = 1.5  # set on the planted dev sets (bot/bench/synthesis_planted*)


@dataclass
class Piece:
    """One theme as the encoder reads it: its answer indices read and whether it can join
    another (a minority view) or take others (not an opposition)."""

    units: list[int]
    minority: bool
    opposition: bool


def _picked(reading: Reading, units: list[int], minority: bool) -> list[int]:
    if minority:
        return units
    read = set(reading.memo.read)
    known = [u for u in units if reading.text(u) in read]
    return (known + [u for u in units if u not in known])[:CANDIDATES]


def _cross(reading: Reading, first: list[int], second: list[int]) -> float:
    """Mean likeness between two pieces' answers of different participants (-inf when
    none)."""
    owner_a = np.array([reading.answers[u].participant for u in first])
    owner_b = np.array([reading.answers[u].participant for u in second])
    other = owner_a[:, None] != owner_b[None, :]
    if not other.any():
        return float("-inf")
    return float(reading.likeness(first, second)[other].mean())


def _cohesion(reading: Reading, units: list[int]) -> float:
    """Mean likeness of a piece's answers of different participants."""
    return _cross(reading, units, units)


def joins(
    themes: Sequence[list[int]],
    kinds: Sequence[tuple[bool, bool]],
    clauses: Sequence[Clause],
    answers: Sequence[Answer],
    memo: Memo | None,
    cap: int,
) -> list[tuple[int, int]]:
    """The (fragment, theme) index pairs of `themes` (clause rows;
    `kinds`: whether each is a minority view, an opposition; `cap`: the most holders of a
    minority view), in the order they join; none without an encoder."""
    if memo is None or not any(minority for minority, _ in kinds):
        return []
    reading = Reading(clauses, answers, memo)
    wanted = [
        _picked(reading, reading.units(rows), minority) if not opposition else []
        for rows, (minority, opposition) in zip(themes, kinds, strict=True)
    ]
    units = reading.read(wanted, BUDGET)
    if len(memo.read) < MIN_READ:
        return []
    mean, spread = reading.background()
    bar = mean + BAR_SD * spread
    pieces = [
        Piece(list(found), minority, opposition)
        for found, (minority, opposition) in zip(units, kinds, strict=True)
    ]
    found: list[tuple[int, int]] = []
    while (best := _best(reading, pieces, bar, cap)) is not None:
        fragment, theme = best
        pieces[theme].units += pieces[fragment].units
        pieces[fragment].units = []
        found.append(best)
    return found


def _best(reading: Reading, pieces: list[Piece], bar: float, cap: int) -> tuple[int, int] | None:
    """The fragment most clearly absorbed by another theme, and that theme."""
    best: tuple[float, int, int] | None = None
    for i, piece in enumerate(pieces):
        if not piece.minority or reading.people(piece.units) < 2:
            continue
        cohesion = _cohesion(reading, piece.units)
        for j, other in enumerate(pieces):
            if j == i or other.opposition or not other.units:
                continue
            cross = _cross(reading, piece.units, other.units)
            needed = cohesion
            if other.minority and reading.people(piece.units + other.units) > cap:
                # Two minority views that together pass the cap are one theme only when
                # each is as alike to the other as to itself: else a view is lost.
                needed = max(cohesion, _cohesion(reading, other.units))
            if cross >= bar and cross >= needed:
                margin = cross - needed
                if best is None or margin > best[0]:
                    best = (margin, i, j)
    return None if best is None else (best[1], best[2])
