"""One query's fused score for every chunk of a client: spelling, then each signal.

The query is first spelled against the corpus (`knowledge.spelling`), then scored by the
lexical index, the hashing vectors, the French word vectors (French queries only), the
gateway's vectors when configured and the multilingual sentence encoder once chunks have
their vectors (`knowledge.retrieval.fused_scores`). With translations of the question
(`also`: a configured chat model's, for retrieval), each text is scored on its own and
the scores, each scaled to [0, 1], are added: a passage that both versions find wins.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from knowledge.embeddings import Embedder
from knowledge.encoder import SentenceEncoder
from knowledge.index import ClientIndex
from knowledge.retrieval import fused_scores, min_max
from knowledge.spelling import corrected
from knowledge.text import detect_language


def spelled(index: ClientIndex, query: str) -> str:
    """The query with each word the corpus does not know replaced by its corpus
    neighbour one edit away ("pionts" → "points"), before anything is stemmed."""
    return corrected(query, index.vocabulary, index.known_stem)


class QueryScorer:
    def __init__(
        self, offline: Embedder, semantic: Embedder | None, encoder: SentenceEncoder | None
    ) -> None:
        self.offline = offline
        self.semantic = semantic
        self.encoder = encoder

    def scores(
        self, index: ClientIndex, query: str, gateway_vector: np.ndarray | None = None
    ) -> np.ndarray:
        query = spelled(index, query)
        sentence_vector = None
        ready = index.passages_ready
        if self.encoder is not None and ready is not None and ready.any():
            # (no cost before the first chunk has its vector)
            sentence_vector = self.encoder.query(query)
        query_vector = self.offline.embed([query])[0]
        semantic_vector = None
        # The word vectors are French: an English question would only add noise.
        if (
            self.semantic is not None
            and index.semantic is not None
            and detect_language(query) != "english"
        ):
            semantic_vector = self.semantic.embed([query])[0]
        return fused_scores(
            index, query, query_vector, gateway_vector, semantic_vector, sentence_vector
        )

    def combined(
        self,
        index: ClientIndex,
        query: str,
        gateway_vector: np.ndarray | None = None,
        also: Sequence[str] = (),
    ) -> np.ndarray:
        scores = self.scores(index, query, gateway_vector)
        others = [t for t in dict.fromkeys(also) if t.strip() and t != query]
        if not others:
            return scores
        total = min_max(scores)
        for text in others:
            total = total + min_max(self.scores(index, text))
        return total
