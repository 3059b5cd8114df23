"""Issue 18 item 2 (c): a theme one participant short of supporting an objective is
completed by a clause left out of every theme that names another word of the objective."""

from __future__ import annotations

import numpy as np

from bot.synthesis import alignment, completion, objective_words
from bot.synthesis.model import Answer
from bot.synthesis.text import Clause
from bot.synthesis.text import clauses as split_clauses

Q_NEEDS = "De quoi auriez-vous besoin ?"
Q_BRAKES = "Qu'est-ce qui pourrait vous freiner ?"
Q_IDEAS = "Quelles actions aimeriez-vous mener ?"
# `met` rows: how well a clause meets each word of "Valoriser l'engagement par une
# certification reconnue" (valoriser, engagement, certification, reconnue).


def _setup(texts: list[tuple[str, str, str]]) -> tuple[list[Answer], list[Clause]]:
    answers = [
        Answer(f"a{n}", person, question, said) for n, (person, question, said) in enumerate(texts)
    ]
    rows = [c for n, a in enumerate(answers) for c in split_clauses(n, a.text, "fr")]
    return answers, rows


def _completes(texts: list[tuple[str, str, str]], met: dict[int, list[float]]) -> bool:
    """Row 0 is the theme (its one participant meets the objective), the others left out."""
    answers, rows = _setup(texts)
    vectors = {r: np.asarray(v, dtype=np.float32) for r, v in met.items()}
    said = vectors[0] >= objective_words.WORD_MATCH
    free = completion.free_clauses(rows, answers, {0}, {rows[0].answer_index})
    return completion.completes(
        [0], said, {answers[0].participant}, free, vectors, rows, answers, alignment.NAMED
    )


THEME = ("p1", Q_NEEDS, "Un certificat signé par la plateforme.")


def test_i18_2_a_left_out_clause_naming_another_word_completes_the_theme() -> None:
    texts = [THEME, ("p2", Q_NEEDS, "Qu'on reconnaisse mon rôle.")]
    assert _completes(texts, {0: [0, 0, 0.9, 0], 1: [0, 0, 0, 0.9]})


def test_i18_2_the_same_word_a_close_vector_another_question_or_a_fear_do_not() -> None:
    same = [THEME, ("p2", Q_NEEDS, "Une certification, pourquoi pas.")]
    assert not _completes(same, {0: [0, 0, 0.9, 0], 1: [0, 0, 1.0, 0]})
    close = [THEME, ("p2", Q_NEEDS, "Un mot de mon manager.")]
    assert not _completes(close, {0: [0, 0, 0.9, 0], 1: [0, 0, 0, 0.5]})
    elsewhere = [THEME, ("p2", Q_IDEAS, "Qu'on reconnaisse mon rôle.")]
    assert not _completes(elsewhere, {0: [0, 0, 0.9, 0], 1: [0, 0, 0, 0.9]})
    feared = [THEME, ("p2", Q_BRAKES, "Qu'on ne reconnaisse pas mon rôle.")]
    assert not _completes(feared, {0: [0, 0, 0.9, 0], 1: [0, 0, 0, 0.9]})


def test_i18_2_the_theme_participant_does_not_complete_their_own_theme() -> None:
    texts = [THEME, ("p1", Q_NEEDS, "Qu'on reconnaisse mon rôle.")]
    assert not _completes(texts, {0: [0, 0, 0.9, 0], 1: [0, 0, 0, 0.9]})
