"""Which retrieved passage an offline answer quotes besides the one richest in its words.

The words a question shares with a passage (`knowledge.answer.support`) tell which unit
holds the most of it, but a paraphrase ("un mois et demi avant" for "Six semaines avant",
"mal tourner" for "Risques identifiés") shares few words with the passage that answers and
many with its neighbours. The sentence encoder reads the meaning: when the hit it finds
closest to the question is not quoted, its best unit is quoted second.

The encoder's cosines of the top hits lie within a few hundredths, so its pick is weak
evidence: it does not displace a second quote from a passage judged to answer
(`knowledge.answer`) when the hit it picks does not answer and its best unit holds less
than `MEANING_KEEP_SHARE` of that quote's score.

Retrieval's first hit is quoted too when no quote comes from its section (`with_top_hit`):
its ranking reads more than the words a unit shares with the question.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from typing import Any

import numpy as np

from knowledge.index import ClientIndex
from knowledge.passages import MAX_QUOTES, Passage, Support, unit_passages
from knowledge.retrieval import Hit

# On the four structure dev sets whole unit +2 with 0.5, +5 with 0.6 (none lost), +5 -1
# with 0.7, +5 -2 with 0.8: where the encoder's pick rightly displaced an answering quote
# it held 0.62 to 0.83 of its score, where it wrongly did 0.32 to 0.58. 0.6 lost one whole
# unit on the held-out structure_heldout (0.683 -> 0.667); 0.5 none.
MEANING_KEEP_SHARE = 0.5


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
    answering: Collection[int] = (),
    lacking: Collection[int] = (),
    extra: Callable[[Passage], float] | None = None,
) -> list[Passage]:
    """`quotes` with the best unit of the hit closest in meaning as the second quote, when
    none of them comes from that hit, it holds what the question asks for (`lacking`: the
    ranks of the hits judged not to: no answer of the kind asked, a number or a name of the
    question missing) and it does not displace a much richer quote from a passage judged
    to answer (`answering`: their ranks); its units count `extra` more, as the quotes'
    did (`knowledge.passages.best_passages`)."""
    closest = closest_hit(cosines[: len(hits)])
    if closest is None or not quotes or any(q.rank == closest for q in quotes):
        return quotes
    if closest in lacking:
        return quotes
    first = quotes[0]
    # Its best unit even when it shares no word of the question: the encoder reads the
    # meaning where the words differ (a paraphrase, the other language).
    pick = _best_unit(words, support, hits[closest], closest, language, extra)
    if pick is None:
        return quotes
    if _keeps_second(quotes, pick, closest, answering):
        return quotes
    return [first, pick, *quotes[1 : MAX_QUOTES - 1]]


def with_top_hit(
    quotes: list[Passage],
    words: Sequence[Any],
    hits: Sequence[Hit],
    support: Support,
    language: str = "",
    extra: Callable[[Passage], float] | None = None,
) -> list[Passage]:
    """`quotes` with the best unit of the first hit last (the third at most), when none of
    them comes from its section: the words of the question pick the units, but retrieval,
    which also reads the heading path, the document and the meaning, ranked that section
    first; where the two disagree, the reader sees both (`hits`: the hits then their
    sections' other chunks, as quoted)."""
    if not quotes or not hits:
        return quotes
    top = (hits[0].document, hits[0].section)
    if any((hits[q.rank].document, hits[q.rank].section) == top for q in quotes):
        return quotes
    pick = _best_unit(words, support, hits[0], 0, language, extra, scoring_only=True)
    if pick is None:
        return quotes
    if any(pick.text in q.text or q.text in pick.text for q in quotes):
        return quotes
    return [*quotes[: MAX_QUOTES - 1], pick]


def _best_unit(
    words: Sequence[Any],
    support: Support,
    hit: Hit,
    rank: int,
    language: str,
    extra: Callable[[Passage], float] | None,
    *,
    scoring_only: bool = False,
) -> Passage | None:
    """The hit's best unit, its score counting `extra`; with `scoring_only`, none when no
    unit scores above 0."""
    found = unit_passages(words, support, hit, rank, language)
    if extra is not None:
        found = [replace(p, score=p.score + extra(p)) for p in found]
    if scoring_only:
        found = [p for p in found if p.score > 0]
    return max(found, key=lambda p: (p.score, -p.order), default=None)


def _keeps_second(
    quotes: Sequence[Passage], pick: Passage, closest: int, answering: Collection[int]
) -> bool:
    """The second quote comes from a passage judged to answer, the encoder's pick from one
    that does not, and the pick holds less than `MEANING_KEEP_SHARE` of its score."""
    if len(quotes) < 2 or closest in answering or quotes[1].rank not in answering:
        return False

    return pick.score < MEANING_KEEP_SHARE * quotes[1].score
