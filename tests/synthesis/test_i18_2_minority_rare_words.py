"""Issue 18, item 2 (b): two participants answering one question with a rare specific word
("Portuguese", a clipped "vélotaf" / "vélotafeurs") seed a minority view though the
sentence encoder finds them only a little alike (`rare_words`, `minority.RARE_PAIR_AT`); a
word of the question or one said by three people is no such sign."""

from __future__ import annotations

import numpy as np

from bot.synthesis import minority, rare_words
from bot.synthesis.model import Answer
from bot.synthesis.text import Clause, clauses

QUESTION = "What would you need from us to take part?"


def _read(texts: list[str], question: str = QUESTION) -> tuple[list[Clause], list[Answer]]:
    answers = [Answer(f"a{i}", f"p{i}", question, t) for i, t in enumerate(texts)]
    cut = [c for i, a in enumerate(answers) for c in clauses(i, a.text, "en")]
    return cut, answers


def _keys(texts: list[str], question: str = QUESTION) -> set[str]:
    cut, answers = _read(texts, question)
    return set(rare_words.rare_stems(cut, answers).values())


def test_i18_2_rare_word_of_two_participants_is_rare() -> None:
    keys = _keys(
        [
            "Leaflets in Portuguese for the night shift",
            "some Portuguese posters, many of our drivers read little English",
            "a free lunch now and then",
        ]
    )
    assert "portugues" in keys


def test_i18_2_word_of_three_participants_or_of_the_question_is_not_rare() -> None:
    keys = _keys(
        [
            "a lunch with the team, we need that",
            "lunch vouchers would help",
            "a lunch on Fridays",
            "we need badges",
            "badges we need",
        ]
    )
    assert "lunch" not in keys
    assert "need" not in keys  # a word of the question


def test_i18_2_clipped_word_and_its_full_form_are_one_rare_word() -> None:
    cut, answers = _read(
        [
            "organiser le vélotaf du quartier le lundi",
            "un groupe pour les vélotafeurs qui arrivent tôt",
            "des réductions sur les billets",
        ],
        "De quoi auriez-vous besoin ?",
    )
    rare = rare_words.rare_stems(cut, answers)
    units = [[r] for r in range(len(cut))]
    shared = rare_words.shared(units, cut, rare)
    assert shared[0, 1] and not shared[0, 2] and not shared[1, 2]


def test_i18_2_minority_pair_sharing_a_rare_word_seeds_a_view() -> None:
    similarity = np.full((4, 4), 0.0)
    similarity[0, 1] = similarity[1, 0] = minority.RARE_PAIR_AT + 0.02
    similarity[2, 3] = similarity[3, 2] = 0.05
    np.fill_diagonal(similarity, -np.inf)
    asked = np.array(["q1", "q1", "q2", "q2"])
    rare = np.zeros((4, 4), dtype=bool)
    assert [0, 1] not in minority._seeds_and_joins(similarity, similarity, asked)
    rare[0, 1] = rare[1, 0] = True
    assert [0, 1] in minority._seeds_and_joins(similarity, similarity, asked, rare)
    across = np.array(["q1", "q2", "q2", "q2"])
    assert [0, 1] not in minority._seeds_and_joins(similarity, similarity, across, rare)
