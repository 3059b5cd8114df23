"""Issue 18: in a terse session, where most people answer in a word or two as in a form
filled in a hurry, two content words are how ideas are said (`bot.synthesis.terse`): the
encoder reads them at full weight and takes a larger share of the similarity, and the
minority reading compares them; sentence-length sessions are read as before."""

from __future__ import annotations

import numpy as np

from bot.synthesis import minority, sentences
from bot.synthesis.features import SENTENCE_WEIGHT
from bot.synthesis.model import Answer
from bot.synthesis.terse import words_needed
from bot.synthesis.text import clauses
from tests.synthesis.idea_encoder import IdeaEncoder

TERSE = [
    "bouche à oreille",
    "parrainer des copains",
    "noter la boutique",
    "étoiles en ligne",
    "vidéo témoignage",
    "petit texte",
]
SENTENCES = [
    "Je parlerais volontiers du programme aux autres parents de l'école.",
    "Écrire un avis détaillé sur Google après chaque location.",
    "Tourner une courte vidéo avec mon fils qui joue du violon.",
    "Je n'ai pas beaucoup de temps libre le soir en semaine.",
]
IDEAS = {"bouche": 0, "parrainer": 0, "noter": 1, "étoiles": 1}


def _session(texts: list[str]) -> tuple[list[Answer], list]:
    answers = [Answer(f"a{i}", f"P{i}", "Q1", t) for i, t in enumerate(texts)]
    found = [c for i, a in enumerate(answers) for c in clauses(i, a.text, "fr")]
    return answers, found


def test_the_words_needed_follow_a_terse_session_only() -> None:
    _, terse = _session(TERSE)
    _, long = _session(SENTENCES)
    assert words_needed(terse, 3) == 2
    assert words_needed(long, 3) == 3
    assert words_needed([], 3) == 3


def test_a_two_word_answer_keeps_its_full_vector_in_a_terse_session() -> None:
    answers, found = _session(TERSE)
    vectors = sentences.read(found, answers, IdeaEncoder(IDEAS, dim=16, first_own=2))
    assert vectors is not None
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    mixed_answers, mixed = _session(["noter la boutique", *SENTENCES])
    vectors = sentences.read(mixed, mixed_answers, IdeaEncoder(IDEAS, dim=16, first_own=2))
    assert vectors is not None
    assert np.linalg.norm(vectors[0]) < 0.9


def test_the_encoder_weighs_more_in_a_terse_session() -> None:
    _, terse = _session(TERSE)
    _, long = _session(SENTENCES)
    assert sentences.sentence_weight(long) == SENTENCE_WEIGHT
    assert SENTENCE_WEIGHT < sentences.sentence_weight(terse) < 1.0


def test_the_minority_reading_compares_two_word_answers_in_a_terse_session() -> None:
    answers, found = _session(TERSE)
    left = minority._Left(range(len(found)), found, answers)
    assert len(left.rows) == len(TERSE)
    mixed_answers, mixed = _session(["noter la boutique", *SENTENCES])
    left = minority._Left(range(len(mixed)), mixed, mixed_answers)
    assert "noter la boutique" not in [a.text for a in left.answers]
