"""The order of an offline answer's quotes: the passage every signal points to first.

Three signals point to the passage that answers: the verdict (`knowledge.answer`: it
reaches the support bar and holds what is asked), retrieval's first hit (its section) and
the hit the sentence encoder finds closest to the question. The words of the question
alone often rank first a passage richer in them than the one that answers: a quote all
three point to is moved before a first quote they do not all point to. The quotes stay
the same (leaving out those no signal points to, even only after a first quote all three
point to, lost whole units).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from knowledge.passages import Passage
from knowledge.quote_choice import closest_hit
from knowledge.retrieval import Hit

# A quote moves first when this many signals point to it, more than to the first quote.
# Whole unit in the first quote on the structure dev sets with 3: odd half 607 -> 614 (of
# 768 whole anywhere), even half 496 -> 509 (of 643); with 2 it fell (one signal beside
# another is no evidence: most quoted passages are judged to answer).
ORDER_VOTES = 3


def votes(
    passage: Passage,
    hits: Sequence[Hit],
    answering: Collection[int],
    closest: int | None,
) -> int:
    """How many signals point to the hit a quote comes from."""
    hit, top = hits[passage.rank], hits[0]
    in_top = (hit.document, hit.section) == (top.document, top.section)
    return (passage.rank in answering) + in_top + (passage.rank == closest)


def in_signal_order(
    quotes: list[Passage],
    hits: Sequence[Hit],
    answering: Collection[int],
    cosines: Sequence[float | None],
) -> list[Passage]:
    """`quotes` (from `hits`, those ranked in `answering` judged to answer) with the one
    every signal points to first."""
    if len(quotes) < 2:
        return quotes
    closest = closest_hit(cosines[: len(hits)])
    counted = [votes(q, hits, answering, closest) for q in quotes]
    best = max(range(len(quotes)), key=lambda i: (counted[i], -i))
    if best == 0 or counted[best] < ORDER_VOTES or counted[best] <= counted[0]:
        return quotes
    return [quotes[best], *quotes[:best], *quotes[best + 1 :]]
