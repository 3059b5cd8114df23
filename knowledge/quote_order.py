"""The order of an offline answer's quotes: the passage closest in meaning, when nearly as
rich in the question's words, first.

The words of the question alone often rank first a passage richer in them than the one
that answers (a sibling section sharing the question's wording); the sentence encoder reads
the meaning, but its cosines of the top hits lie within a few hundredths, weak evidence
alone. Quotes are read in the order of their score plus `MEANING_ORDER_WEIGHT` times how
far their hit's cosine lies below the closest quoted hit's: a quote from a hit closer by a
few hundredths comes first unless the other holds clearly more of the question. The quotes
stay the same (leaving out those no signal points to lost whole units).
"""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.passages import Passage

# Whole unit in the first quote on the odd structure dev sets (1,472 questions, 963 whole
# anywhere): 775 before (a quote judged to answer, in retrieval's top section and closest
# in meaning moved first), 808 with 10, 812 with 12, 805 with 12 after that vote; 0.02
# below the closest weighs 0.24, about a fifth of a typical first quote's score.
MEANING_ORDER_WEIGHT = 12.0


def in_meaning_order(
    quotes: list[Passage], cosines: Sequence[float | None], weight: float = MEANING_ORDER_WEIGHT
) -> list[Passage]:
    """`quotes` by their score plus `weight` times their hit's sentence-encoder cosine
    (`cosines`, by rank) below the closest quoted hit's; unchanged when a quoted hit was
    not read by the encoder."""
    read = [cosines[q.rank] if q.rank < len(cosines) else None for q in quotes]
    known = [c for c in read if c is not None]
    if len(quotes) < 2 or len(known) < len(read):
        return quotes
    top = max(known)
    keys = [q.score + weight * (c - top) for q, c in zip(quotes, known, strict=True)]
    return [quotes[i] for i in sorted(range(len(quotes)), key=lambda i: (-keys[i], i))]
