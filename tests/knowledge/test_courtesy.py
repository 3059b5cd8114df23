"""Greetings, thanks and "please" around a question are not what it asks about (the
answer end to end: `test_i19_chat_words`)."""

from __future__ import annotations

import pytest

from knowledge.courtesy import without_courtesy


@pytest.mark.parametrize(
    ("asked", "read"),
    [
        (
            "Bonjour, combien de points pour un avis ? Merci d'avance !",
            "combien de points pour un avis ?",
        ),
        ("Salut ! C'est quoi les missions ? merci", "C'est quoi les missions ?"),
        (
            "Re bonjour, combien de pts ? Merci beaucoup pour votre aide, bonne journée",
            "combien de pts ?",
        ),
        ("Hi! How many points do I get? Thanks!", "How many points do I get?"),
        ("Hey team, can you please tell me the rules? Cheers", "can you tell me the rules?"),
        ("Pouvez-vous svp me dire le délai ?", "Pouvez-vous me dire le délai ?"),
    ],
)
def test_greetings_and_thanks_are_taken_off(asked: str, read: str) -> None:
    assert without_courtesy(asked) == read


@pytest.mark.parametrize(
    "question",
    [
        "Comment dire merci à un ambassadeur ?",
        "Remerciements aux ambassadeurs : qui les envoie ?",
        "Hiver : quelles dates ?",
        "Bonjour",
    ],
)
def test_words_that_are_the_question_stay(question: str) -> None:
    assert without_courtesy(question) == question
