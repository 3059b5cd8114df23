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

from knowledge.chat_words import expanded
from knowledge.courtesy import without_courtesy
from knowledge.embeddings import Embedder
from knowledge.encoder import SentenceEncoder
from knowledge.framing import without_framing
from knowledge.index import ClientIndex
from knowledge.level_ordinals import asked_sections, with_level_names
from knowledge.lexical_coverage import guessed
from knowledge.retrieval import (
    CROSS_LANGUAGE_SENTENCE_WEIGHT,
    ENCODED_SEMANTIC_WEIGHT,
    SAME_LANGUAGE_ALIGNMENT,
    SEMANTIC_WEIGHT,
    SENTENCE_WEIGHT,
    fused_scores,
    language_aligned,
    min_max,
    with_sentence_scores,
)
from knowledge.spelling import corrected
from knowledge.text import detect_language
from knowledge.wordvectors import WordVectorEmbedder

ALL = "all"
CROSS_LANGUAGE = "cross-language"
UNCERTAIN = "uncertain"
SCOPES = (ALL, UNCERTAIN, CROSS_LANGUAGE)
# The lexical ranking is uncertain when its 10th best chunk scores at least this share of
# its best one: many chunks meet the question about as well, and the sentence encoder's
# reading of the meaning is worth its cost. Chosen with `retrieval.SENTENCE_WEIGHT` on
# halves of the dev sets (odd / even questions), recall@5 by threshold and weight:
# 0.5 & 0.5: structure 0.850/0.850, CNIL 0.905/0.857, PIAF 0.911/0.906 (encoder on 16 %,
# 57 %, 27 % of their questions); 0.3 & 0.4: structure 0.875/0.925, CNIL 0.905/0.857,
# PIAF 0.908/0.910 (on 72 %, 93 %, 70 %); 0.3 & 0.5 reads as many and loses CNIL.
# Below it, a best chunk holding little of the question is uncertain all the same
# (`knowledge.lexical_coverage`).
UNCERTAIN_FROM = 0.3
_NEAR = 10
# A level asked about by its rank ("au 2e niveau", "the top tier"): its section's score
# raised by this share (`knowledge.level_ordinals`; not tuned). Recall@5, encoder when
# uncertain, with the level's name added to the question and this boost:
# structure_heldout13 0.756 -> 0.800, heldout4 0.817 -> 0.827,
# heldout5 0.919 -> 0.928, heldout12 0.489 -> 0.500; every other dev and held-out set
# unchanged.
LEVEL_BOOST = 0.3
_POOL = 100  # the best scores among which the distinct runners-up are looked for


def uncertainty(scores: np.ndarray) -> float:
    """How close the runners-up come to the best chunk: the `_NEAR`th best distinct score
    over the best (0 when one chunk stands out or none scores, 1 when ten tie). Chunks of
    the same text (a file ingested twice, under two names) score alike: they count once."""
    if len(scores) < 2:
        return 0.0
    pool = min(_POOL, len(scores)) - 1
    top = np.unique(-np.partition(-scores, pool)[: pool + 1])[::-1]  # distinct, best first
    best = float(top[0])
    return float(top[min(_NEAR, len(top)) - 1]) / best if best > 0 else 0.0


class QueryScorer:
    """`scope`: which questions the sentence encoder reads: every one (`all`), those in
    another language than most of the client's chunks (`cross-language`), or those and
    the ones whose lexical ranking is uncertain (`uncertain`). Its query embedding costs
    10-15 ms of CPU (see README); the lexical ranking, about 5."""

    def __init__(
        self,
        offline: Embedder,
        semantic: Embedder | None,
        encoder: SentenceEncoder | None,
        scope: str = ALL,
    ) -> None:
        if scope not in SCOPES:
            raise ValueError(f"unknown sentence encoder scope '{scope}'")
        self.offline = offline
        self.semantic = semantic
        self.encoder = encoder
        self.scope = scope
        # Questions scored, and how many of them the sentence encoder read (the bench).
        self.scored = self.encoded = 0

    def spelled(self, index: ClientIndex, query: str) -> str:
        """The query without its greeting and thanks (`knowledge.courtesy`) and its spoken
        framing ("en gros", "lol": `knowledge.framing`), its chat
        shorthand spelled out ("pts" → "points") unless the documents write it, and each
        word that neither the corpus nor the language knows replaced by its corpus
        neighbour one edit away ("pionts" → "points"), before stemming."""
        real_word = self._real_word if isinstance(self.semantic, WordVectorEmbedder) else None
        question = expanded(
            without_framing(without_courtesy(query)), lambda w: w in index.vocabulary.df
        )
        return corrected(question, index.vocabulary, index.known_stem, real_word)

    def _real_word(self, word: str) -> bool:
        """A word of the French model's vocabulary (read only when a word is unknown)."""
        assert isinstance(self.semantic, WordVectorEmbedder)
        return self.semantic.vectors.row(word) is not None

    def _reads(self, index: ClientIndex, query: str, hybrid: np.ndarray) -> bool:
        ready = index.passages_ready
        if self.encoder is None or ready is None or not ready.any():
            return False  # no cost before the first chunk has its vector
        if self.scope == ALL or detect_language(query) != index.main_language:
            return True
        if self.scope != UNCERTAIN:
            return False
        # A best chunk standing out on a small part of the question is a guess too.
        return uncertainty(hybrid) >= UNCERTAIN_FROM or guessed(index, query, int(hybrid.argmax()))

    def scores(
        self, index: ClientIndex, query: str, gateway_vector: np.ndarray | None = None
    ) -> np.ndarray:
        query = self.spelled(index, query)
        asked = asked_sections(query, index.level_ladders)
        if asked:
            query = with_level_names(query, index.level_ladders)
        scores = self._scores(index, query, gateway_vector)
        if asked:
            scores = np.where(
                index.under_sections(asked) & (scores > 0), scores * (1 + LEVEL_BOOST), scores
            )
        return scores

    def _scores(
        self, index: ClientIndex, query: str, gateway_vector: np.ndarray | None
    ) -> np.ndarray:
        language = detect_language(query)
        hybrid, semantic = self._signals(index, query, gateway_vector)
        self.scored += 1
        if self.encoder is None or not self._reads(index, query, hybrid):
            return hybrid
        self.encoded += 1
        if semantic is not None:
            hybrid = hybrid + (ENCODED_SEMANTIC_WEIGHT - SEMANTIC_WEIGHT) * semantic
        same = language == index.main_language
        weight = SENTENCE_WEIGHT if same else CROSS_LANGUAGE_SENTENCE_WEIGHT
        cosines = index.passage_scores(self.encoder.query(query))
        share = SAME_LANGUAGE_ALIGNMENT if same else None  # None: the cross-language share
        if cosines is not None and share != 0:
            cosines = (language_aligned(*cosines, index.english, share), cosines[1])
        return with_sentence_scores(hybrid, cosines, weight)

    def hybrid(
        self, index: ClientIndex, query: str, gateway_vector: np.ndarray | None = None
    ) -> np.ndarray:
        """Every signal but the sentence encoder's, for a query already spelled."""
        return self._signals(index, query, gateway_vector)[0]

    def _signals(
        self, index: ClientIndex, query: str, gateway_vector: np.ndarray | None
    ) -> tuple[np.ndarray, np.ndarray | None]:
        """The hybrid score and, apart, the word-vector cosines it holds at
        `SEMANTIC_WEIGHT` (None for an English question or without word vectors)."""
        query_vector = self.offline.embed([query])[0]
        semantic = None
        # The word vectors are French: an English question would only add noise.
        if (
            self.semantic is not None
            and index.semantic is not None
            and detect_language(query) != "english"
        ):
            semantic = index.semantic_scores(self.semantic.embed([query])[0])
        scores = fused_scores(index, query, query_vector, gateway_vector)
        if semantic is not None:
            scores = scores + SEMANTIC_WEIGHT * semantic
        return scores, semantic

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
