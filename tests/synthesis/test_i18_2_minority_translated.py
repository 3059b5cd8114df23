"""Issue 18, item 2 (b): in a bilingual workshop, a question and its translation are one
question for the minority views read by meaning (`minority._asked`): two holders of one
view who answered the French and the English version pair at `minority.PAIR_AT`, not at
the stricter bar between different questions (`minority.CROSS_PAIR_AT`)."""

from __future__ import annotations

from bot.synthesis import minority
from bot.synthesis.encoded import Memo
from bot.synthesis.model import Answer
from tests.synthesis.idea_encoder import IdeaEncoder

FRENCH = "Quelles contributions aimeriez-vous apporter au programme ?"
ENGLISH = "Which contributions would you like to make to the program?"
OTHER = "Qu'est-ce qui pourrait vous freiner dans cette démarche ?"


def _answers(*questions: str) -> list[Answer]:
    return [Answer(f"a{i}", f"p{i}", q, "texte") for i, q in enumerate(questions)]


def test_i18_2_minority_question_and_its_translation_are_one() -> None:
    memo = Memo(IdeaEncoder({"contribution": 0}, dim=16, first_own=2))
    asked = minority._asked(_answers(FRENCH, ENGLISH, OTHER), memo)
    assert asked[0] == asked[1]
    assert asked[2] != asked[0]


def test_i18_2_minority_questions_of_one_language_stay_apart() -> None:
    memo = Memo(IdeaEncoder({"contribution": 0}, dim=16, first_own=2))
    second = "Quelles contributions vous tenteraient le plus ?"
    asked = minority._asked(_answers(FRENCH, second, OTHER), memo)
    assert len(set(asked.tolist())) == 3


def test_i18_2_minority_translation_reading_leaves_the_memo_alone() -> None:
    memo = Memo(IdeaEncoder({"contribution": 0}, dim=16, first_own=2))
    minority._asked(_answers(FRENCH, ENGLISH), memo)
    assert not memo.read  # questions are not answers: the workshop's centre stays as it was
