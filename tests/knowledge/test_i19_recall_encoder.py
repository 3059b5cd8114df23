"""Issue 19, recall: the sentence encoder's share in the fused ranking. A question in the
documents' language weighs it `SENTENCE_WEIGHT`; a question in another language leans on
it more (`CROSS_LANGUAGE_SENTENCE_WEIGHT`): the lexicon only translates part of it."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from knowledge import query_scoring
from knowledge.retrieval import (
    CROSS_LANGUAGE_SENTENCE_WEIGHT,
    ENCODED_SEMANTIC_WEIGHT,
    SEMANTIC_WEIGHT,
    SENTENCE_WEIGHT,
    with_sentence_scores,
)
from tests.knowledge.encoder_support import encoded_base

PUBLIC = {"public"}
DOCS = {
    "acces.md": "# Accès\n\nUn garage à vélo gardé se trouve derrière la brasserie.",
    "boutique.md": "# Boutique\n\nLa boutique de la brasserie vend des verres gravés.",
    "horaires.md": "# Horaires\n\nLa taproom est ouverte du mercredi au samedi.",
}


def test_i19_recall_the_weight_is_the_encoders_share() -> None:
    hybrid = np.array([1.0, 0.0], dtype=np.float32)
    cosines = (np.array([0.0, 1.0], dtype=np.float32), np.array([True, True]))
    assert with_sentence_scores(hybrid, cosines, 0.25).tolist() == [0.75, 0.25]


def test_i19_recall_a_cross_language_question_leans_on_the_encoder_more(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kb = encoded_base(tmp_path, DOCS)
    weights: list[float] = []
    fuse = query_scoring.with_sentence_scores

    def recorded(hybrid: np.ndarray, sentence: object, weight: float) -> np.ndarray:
        weights.append(weight)
        return fuse(hybrid, sentence, weight)  # type: ignore[arg-type]

    monkeypatch.setattr(query_scoring, "with_sentence_scores", recorded)
    kb.search("brasserie", "Y a-t-il un garage à vélo ?", allowed_sensitivities=PUBLIC)
    kb.search("brasserie", "Is there a bike garage?", allowed_sensitivities=PUBLIC)
    assert weights == [SENTENCE_WEIGHT, CROSS_LANGUAGE_SENTENCE_WEIGHT]
    assert SENTENCE_WEIGHT < CROSS_LANGUAGE_SENTENCE_WEIGHT
    kb.close()


def test_i19_recall_the_word_vectors_weigh_more_when_the_encoder_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The French word vectors count `ENCODED_SEMANTIC_WEIGHT` in the hybrid score the
    encoder is fused with, `SEMANTIC_WEIGHT` when it does not read the question."""
    kb = encoded_base(tmp_path, DOCS)
    if kb.semantic is None:
        pytest.skip("no word vectors installed")
    index = kb.indexes.get("brasserie")
    fused: list[np.ndarray] = []
    fuse = query_scoring.with_sentence_scores

    def recorded(hybrid: np.ndarray, sentence: object, weight: float) -> np.ndarray:
        fused.append(hybrid)
        return fuse(hybrid, sentence, weight)  # type: ignore[arg-type]

    monkeypatch.setattr(query_scoring, "with_sentence_scores", recorded)
    question = "Peut-on garer son vélo à la brasserie ?"
    kb.search("brasserie", question, allowed_sensitivities=PUBLIC)
    spelled = kb.scorer.spelled(index, question)
    hybrid = kb.scorer.hybrid(index, spelled)
    semantic = index.semantic_scores(kb.semantic.embed([spelled])[0])
    assert semantic is not None and np.any(semantic)
    lifted = hybrid + (ENCODED_SEMANTIC_WEIGHT - SEMANTIC_WEIGHT) * semantic
    assert np.allclose(fused[0], lifted, atol=1e-5)
    assert ENCODED_SEMANTIC_WEIGHT > SEMANTIC_WEIGHT
    kb.close()


def test_i19_recall_language_aligned_lifts_the_other_language_by_its_share() -> None:
    """For a question in another language than most chunks, the best cosine of each
    language's chunks moves `LANGUAGE_ALIGNMENT` of the way to the overall best; rows
    without a vector yet are left alone."""
    from knowledge.retrieval import LANGUAGE_ALIGNMENT, language_aligned

    cosines = np.array([0.9, 0.8, 0.7, 0.5, 0.1], np.float32)
    ready = np.array([True, True, True, True, False])
    english = np.array([True, True, False, False, False])
    aligned = language_aligned(cosines, ready, english)
    assert aligned[:2].tolist() == pytest.approx([0.9, 0.8])
    lift = LANGUAGE_ALIGNMENT * (0.9 - 0.7)
    assert aligned[2:4].tolist() == pytest.approx([0.7 + lift, 0.5 + lift])
    assert aligned[4] == pytest.approx(0.1)
    assert language_aligned(cosines, ready, np.zeros(5, bool)) is cosines
