"""Greetings, thanks and "please" around a question are not what it asks about."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.base import KnowledgeBase
from knowledge.courtesy import without_courtesy
from tests.knowledge.test_i19_chat_words import GUIDE, PUBLIC


@pytest.fixture
def guide_kb(kb: KnowledgeBase, tmp_path: Path) -> KnowledgeBase:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "guide.md").write_text(GUIDE, encoding="utf-8")
    kb.ingest_paths("colibri", [docs], default_sensitivity="public")
    return kb


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


def test_a_polite_question_gets_the_answer_of_the_bare_one(guide_kb: KnowledgeBase) -> None:
    bare = guide_kb.answer(
        "colibri", "mes points restent valables combien de temps ?", allowed_sensitivities=PUBLIC
    )
    polite = guide_kb.answer(
        "colibri",
        "Bonjour ! Mes points restent valables combien de temps ? Merci beaucoup, bonne journée",
        allowed_sensitivities=PUBLIC,
    )
    assert bare.answered and polite.answered, polite.text
    assert "deux ans" in polite.text
