"""Issue 18, item 2: in a bilingual workshop, the answers to a question and to its
translation are clustered together (`language_minority.translated`): the holders of one
view or one side are found on both versions of the question."""

from __future__ import annotations

from bot.synthesis import language_minority
from bot.synthesis.encoded import Memo
from tests.synthesis.idea_encoder import IdeaEncoder

FRENCH = "Quelles contributions aimeriez-vous apporter au programme ?"
ENGLISH = "Which contributions would you like to make to the program?"
OTHER = "Qu'est-ce qui pourrait vous freiner dans cette démarche ?"


def _memo() -> Memo:
    return Memo(IdeaEncoder({"contribution": 0}, dim=16, first_own=2))


def test_i18_2_question_and_its_translation_are_clustered_together() -> None:
    rows = {FRENCH: [0, 1], ENGLISH: [2], OTHER: [3]}
    found = language_minority.translated(rows, _memo())
    assert sorted(map(sorted, found)) == [[0, 1, 2], [3]]


def test_i18_2_questions_of_one_language_stay_apart() -> None:
    second = "Quelles contributions vous tenteraient le plus ?"
    found = language_minority.translated({FRENCH: [0], second: [1], OTHER: [2]}, _memo())
    assert sorted(map(sorted, found)) == [[0], [1], [2]]


def test_i18_2_without_encoder_each_question_alone() -> None:
    rows = {FRENCH: [0, 1], ENGLISH: [2]}
    assert language_minority.translated(rows, None) == [[0, 1], [2]]
