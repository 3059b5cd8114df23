"""Where each signal ranks a question's gold section (a diagnostic for retrieval misses).

For a retrieval miss, the fused ranking is one of three: the hybrid score alone (BM25,
hashed n-grams, word vectors), the sentence encoder's cosine alone, and their fusion as
the product reads it. A gold section the encoder ranks 1-3 but the fusion 6-13 is a
fusion problem; one both rank low is a wording or chunking problem.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

import numpy as np

from bot.bench.retrieval_structure import CLIENT, is_gold_source
from knowledge.base import KnowledgeBase
from knowledge.index import ClientIndex
from knowledge.query_scoring import uncertainty
from knowledge.retrieval import rank

DEPTH = 40  # sections looked at; a gold section further down reads as absent (0)


@dataclass(frozen=True, slots=True)
class SignalRanks:
    hybrid: int
    encoder: int
    fused: int
    uncertainty: float
    encoded: bool

    def line(self) -> str:
        def shown(value: int) -> str:
            return str(value) if value else f">{DEPTH}"

        read = "read" if self.encoded else "not read"
        return (
            f"gold section rank: hybrid {shown(self.hybrid)}, encoder {shown(self.encoder)}, "
            f"fused {shown(self.fused)} (uncertainty {self.uncertainty:.2f}, encoder {read})"
        )


def gold_rank(
    index: ClientIndex, scores: np.ndarray, question: dict, allowed: Collection[str]
) -> int:
    """The gold section's place among the sections `scores` ranks first (0: absent)."""
    for place, hit in enumerate(rank(index, scores, CLIENT, frozenset(allowed), DEPTH), 1):
        if is_gold_source(hit.document, hit.section, question):
            return place
    return 0


def signal_ranks(kb: KnowledgeBase, question: dict, allowed: Collection[str]) -> SignalRanks:
    """The gold section's rank by each signal, for one question of a structure set."""
    index = kb.indexes.get(CLIENT)
    scorer = kb.scorer
    spelled = scorer.spelled(index, question["question"])
    hybrid = scorer.hybrid(index, spelled)
    encoder = 0
    if kb.encoder is not None:
        found = index.passage_scores(kb.encoder.query(spelled))
        if found is not None:
            cosines, ready = found
            # Shifted above zero: `rank` stops at the first score that is not positive.
            encoder = gold_rank(index, np.where(ready, cosines + 2.0, 0.0), question, allowed)
    before = scorer.encoded
    fused = scorer.combined(index, question["question"])
    return SignalRanks(
        hybrid=gold_rank(index, hybrid, question, allowed),
        encoder=encoder,
        fused=gold_rank(index, fused, question, allowed),
        uncertainty=uncertainty(hybrid),
        encoded=scorer.encoded > before,
    )
