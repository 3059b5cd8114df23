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
from knowledge.wordvectors import WordVectorEmbedder

ALL = "all"
CROSS_LANGUAGE = "cross-language"


class QueryScorer:
    """`scope`: which questions the sentence encoder reads, every one (`all`) or those in
    another language than most of the client's chunks (`cross-language`: its query
    embedding costs 15-50 ms of CPU, see README)."""

    def __init__(
        self,
        offline: Embedder,
        semantic: Embedder | None,
        encoder: SentenceEncoder | None,
        scope: str = ALL,
    ) -> None:
        if scope not in (ALL, CROSS_LANGUAGE):
            raise ValueError(f"unknown sentence encoder scope '{scope}'")
        self.offline = offline
        self.semantic = semantic
        self.encoder = encoder
        self.scope = scope

    def spelled(self, index: ClientIndex, query: str) -> str:
        """The query with each word that neither the corpus nor the language knows replaced
        by its corpus neighbour one edit away ("pionts" → "points"), before stemming."""
        real_word = self._real_word if isinstance(self.semantic, WordVectorEmbedder) else None
        return corrected(query, index.vocabulary, index.known_stem, real_word)

    def _real_word(self, word: str) -> bool:
        """A word of the French model's vocabulary (read only when a word is unknown)."""
        assert isinstance(self.semantic, WordVectorEmbedder)
        return self.semantic.vectors.row(word) is not None

    def _reads(self, index: ClientIndex, query: str) -> bool:
        ready = index.passages_ready
        if self.encoder is None or ready is None or not ready.any():
            return False  # no cost before the first chunk has its vector
        return self.scope == ALL or detect_language(query) != index.main_language

    def scores(
        self, index: ClientIndex, query: str, gateway_vector: np.ndarray | None = None
    ) -> np.ndarray:
        query = self.spelled(index, query)
        sentence_vector = None
        if self.encoder is not None and self._reads(index, query):
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
