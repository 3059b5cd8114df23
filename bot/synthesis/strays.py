"""Strays out of the larger points, read against the session's own spread.

A point of four or more holders made by the clustering is often half one idea and half
answers of neighbouring ideas it took by a shared word: no idea has most of its answers,
and its quotes stand under a point none of them quite expresses. Once every point is made
and quoted, in a workshop-sized session (every answer already read by the encoder,
`sentences`: nothing new is encoded), each point of `MIN_PEOPLE` or more holders that is
not an opposition is read again: while more than two participants hold it, the answer
least alike on average to the other participants' answers leaves it when that mean is
under the session's background (the cosines of every two different participants' answers
to one question, `side_cohesion.Background`, vectors centred on the mean of the answers
alone) plus `TRIM_SD` standard deviations, while the other answers' means stand above it
on average (a point that holds together loosely throughout has no stray). What leaves is
left out of every later reading; a quote that leaves is replaced by the point's next
member. The bar is the session's own: no fixed cosine.

Measured (syn-prec, replayed on the final points of the development sets, then built in):
on views of three holders the same trim loses planted themes and minorities (a real view
of three is no more alike to the encoder than a fragment); from four holders up it does
not. Without the guard on the rest of the point the replay gained a little more, but a
loose six-holder convergence of a small workshop was cut down to an arbitrary pair. Not
kept: the trim before the objectives' mapping, or on vectors centred on everything the
encoder read (objectives too: every cosine lower by about 0.3 standard deviation), which
cut loose themes down to an arbitrary pair (planted .918 -> .917).
`views.without_strays` trims every view of 3+ at the background itself, earlier.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np

from bot.synthesis.model import Theme
from bot.synthesis.side_cohesion import Background
from bot.synthesis.themes import verbatims

if TYPE_CHECKING:
    from bot.synthesis.engine import _Builder

MIN_PEOPLE = 4
TRIM_SD = 1.0


def trimmed(answer_ids: list[str], people: list[str], background: Background) -> list[str]:
    """`answer_ids` (with each one's participant in `people`) without their strays."""
    ids, owners = list(answer_ids), list(people)
    bar = background.mean + TRIM_SD * background.spread
    while len(set(owners)) > 2:
        rows = np.array([background.index[i] for i in ids])
        likeness = background.similarity[np.ix_(rows, rows)]
        other = ~np.equal.outer(np.array(owners), np.array(owners))
        counts = other.sum(axis=1)
        each = np.where(other, likeness, 0.0).sum(axis=1) / np.maximum(counts, 1)
        worst = int(np.argmin(each))
        # A stray is under the bar where the rest of the point is, on average, above it:
        # in a point that holds together loosely throughout, no answer stands out as one.
        # A stray is under the bar where the rest of the point stands, on average, above
        # it: a point that holds together loosely throughout has no stray (trimmed, it
        # would be cut down to an arbitrary pair).
        if each[worst] >= bar or np.delete(each, worst).mean() < bar:
            break
        del ids[worst], owners[worst]
    return ids


def trim(
    found: Sequence[tuple[Theme, list[int]]], builder: _Builder
) -> list[tuple[Theme, list[int]]]:
    """`found` (the final points, quoted, with their clause rows), each point of
    `MIN_PEOPLE`+ holders that is not an opposition without its strays: its participants,
    answer ids and quotes without theirs (a quote that leaves is replaced by the point's
    next member, as many quotes as it had while its holders less one allow)."""
    if builder.encoder is None or builder.features.sentence is None:
        return list(found)
    texts = [a for a in builder.answers if a.kind == "text"]
    background = Background(texts, builder.encoder, own_centre=True)
    if not background.fair or background.spread <= 0:
        return list(found)
    result: list[tuple[Theme, list[int]]] = []
    for theme, rows in found:
        if theme.sides or len(theme.participants) < MIN_PEOPLE:
            result.append((theme, rows))
            continue
        ids = [i for i in theme.answer_ids if i in background.index]
        people = [str(background.people[background.index[i]]) for i in ids]
        left = set(trimmed(ids, people, background)) | (set(theme.answer_ids) - set(ids))
        if len(left) == len(theme.answer_ids):
            result.append((theme, rows))
            continue
        result.append(_without(theme, rows, left, builder))
    return result


def _without(
    theme: Theme, rows: list[int], left: set[str], builder: _Builder
) -> tuple[Theme, list[int]]:
    kept_rows = [r for r in rows if builder.answers[builder.clauses[r].answer_index].id in left]
    builder.aside.update(r for r in rows if r not in kept_rows)
    holders = tuple(
        dict.fromkeys(
            builder.answers[builder.clauses[r].answer_index].participant for r in kept_rows
        )
    )
    quoted = [v for v in theme.verbatims if v.answer_id in left]
    limit = min(len(theme.verbatims), max(1, len(holders) - 1))
    first = {v.answer_id for v in quoted}
    order = sorted(
        kept_rows,
        key=lambda r: builder.answers[builder.clauses[r].answer_index].id not in first,
    )
    extra = verbatims(order, builder.clauses, builder.answers, limit)
    taken = {v.answer_id for v in quoted}
    chosen = (quoted + [v for v in extra if v.answer_id not in taken])[:limit]
    return (
        replace(
            theme,
            participants=holders,
            answer_ids=tuple(i for i in theme.answer_ids if i in left),
            verbatims=tuple(chosen),
        ),
        kept_rows,
    )
