"""Which retrieved passage an offline answer quotes besides the one richest in its words.

The words a question shares with a passage (`knowledge.answer.support`) tell which unit
holds the most of it, but a paraphrase ("un mois et demi avant" for "Six semaines avant",
"mal tourner" for "Risques identifiés") shares few words with the passage that answers and
many with its neighbours. The sentence encoder reads the meaning: when the hit it finds
closest to the question is not quoted, its best unit is quoted second.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from knowledge.index import ClientIndex
from knowledge.passages import Passage, Support, unit_passages
from knowledge.retrieval import Hit


def hit_cosines(index: ClientIndex, hits: Sequence[Hit], query: np.ndarray) -> list[float | None]:
    """Each hit's sentence-encoder cosine with the question (None: no vector yet)."""
    passages, ready = index.passages, index.passages_ready
    if passages is None or ready is None:
        return [None] * len(hits)
    out: list[float | None] = []
    for hit in hits:
        row = index.row_of(hit.chunk_id)
        out.append(float(passages[row] @ query) if row is not None and ready[row] else None)
    return out


def closest_hit(cosines: Sequence[float | None]) -> int | None:
    """The rank of the hit the encoder finds closest (None: fewer than two to compare)."""
    known = [(c, r) for r, c in enumerate(cosines) if c is not None]
    if len(known) < 2:
        return None
    return max(known, key=lambda found: (found[0], -found[1]))[1]


def standout(cosines: Sequence[float | None], margin: float) -> int | None:
    """The rank of the hit the encoder finds closer than every other by `margin` or more."""
    known = sorted(((c, r) for r, c in enumerate(cosines) if c is not None), reverse=True)
    if len(known) < 2 or known[0][0] - known[1][0] < margin:
        return None
    return known[0][1]


def with_meaning(
    quotes: list[Passage],
    words: Sequence[Any],
    hits: Sequence[Hit],
    support: Support,
    cosines: Sequence[float | None],
    language: str = "",
) -> list[Passage]:
    """`quotes` with the best unit of the hit closest in meaning as the second quote, when
    none of them comes from that hit."""
    closest = closest_hit(cosines[: len(hits)])
    if closest is None or not quotes or any(q.rank == closest for q in quotes):
        return quotes
    first = quotes[0]
    found = [
        p for p in unit_passages(words, support, hits[closest], closest, language) if p.score > 0
    ]
    if not found:
        return quotes
    return [first, max(found, key=lambda p: (p.score, -p.order))]
