"""Clauses of two languages compare by the sentence encoder (`features.across_languages`)."""

from __future__ import annotations

import numpy as np

from bot.synthesis.features import Features, build
from bot.synthesis.text import Clause, clauses

ANSWERS = [
    ("Je n'ai pas le temps le soir avec les enfants", "fr"),
    ("No spare time in the evenings, kids and work", "en"),
    ("Des réductions sur mes achats en boutique", "fr"),
    ("Discounts on what I buy in the shop", "en"),
    ("Rencontrer les autres membres autour d'un verre", "fr"),
    ("Meeting the other members over a drink", "en"),
]


def _clauses() -> list[Clause]:
    return [c for i, (text, lang) in enumerate(ANSWERS) for c in clauses(i, text, lang)]


def _features(sentence: np.ndarray | None) -> tuple[list[Clause], Features]:
    found = _clauses()
    return found, build(found, None, sentence)


def _ideas(found: list[Clause]) -> np.ndarray:
    """Unit vectors that say one idea per pair of answers (an invented encoder)."""
    basis = np.eye(3, dtype=np.float32)
    return np.stack([basis[c.answer_index // 2] for c in found])


def test_a_translation_is_as_close_as_the_encoder_reads_it() -> None:
    found, features = _features(None)
    features.sentence = _ideas(found)
    similarity = features.similarity()
    languages = [c.language for c in found]
    assert languages[0] == "fr" and languages[1] == "en"
    assert similarity[0, 1] >= 1.0 - 1e-6  # one idea, two languages: the encoder's 1
    assert similarity[0, 3] < 0.1  # two ideas: no more than their few shared letters


def test_group_similarity_is_the_mean_of_the_clause_similarities() -> None:
    found = _clauses()
    rng = np.random.default_rng(18)
    sentence = rng.normal(size=(len(found), 6)).astype(np.float32)
    features = build(found, None, sentence)
    features.languages = np.array([c.language for c in found])
    groups = [[0, 1], [2, 3, 4], [5]]
    full = features.similarity()
    # A pair of clauses takes the higher of its two readings; groups, the encoder alone.
    across = ~np.equal.outer(features.languages, features.languages)
    read = sentence @ sentence.T
    full = np.where(across, read, full)
    expected = np.array([[full[np.ix_(a, b)].mean() for b in groups] for a in groups])
    assert np.allclose(features.group_similarity(groups), expected, atol=1e-5)


def test_one_language_and_no_encoder_change_nothing() -> None:
    _, features = _features(None)
    plain = features.similarity()
    assert features.sentence is None
    assert np.allclose(
        features.group_similarity([[0, 2], [4]]),
        [[plain[np.ix_(a, b)].mean() for b in ([0, 2], [4])] for a in ([0, 2], [4])],
        atol=1e-5,
    )
