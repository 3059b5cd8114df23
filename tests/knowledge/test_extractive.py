"""Extractive answers: what is quoted, and what the support score ignores."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.base import KnowledgeBase
from knowledge.text import without_contact_details

PUBLIC = {"public"}
FAQ = (
    "FAQ des ambassadeurs\n\n"
    "Q : Puis-je venir accompagné aux soirées de lancement ?\n"
    "R : Oui, les membres Argent et Or peuvent venir avec une personne de leur choix.\n\n"
    "Q : Comment désactiver les rappels ?\n"
    "R : Tapez « pause » dans la conversation avec le bot.\n"
)


@pytest.fixture
def faq_kb(kb: KnowledgeBase, tmp_path: Path) -> KnowledgeBase:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "faq.txt").write_text(FAQ, encoding="utf-8")
    (docs / "marque.md").write_text(
        "# Marque\n\nLe logo se place en haut à gauche, sur fond clair.\n", encoding="utf-8"
    )
    kb.ingest_paths("acme", [docs], default_sensitivity="public")
    return kb


def test_a_faq_question_that_matches_is_answered_by_quoting_its_answer(
    faq_kb: KnowledgeBase,
) -> None:
    answer = faq_kb.answer(
        "acme", "Puis-je venir accompagné aux soirées de lancement ?", allowed_sensitivities=PUBLIC
    )
    assert answer.answered
    assert "peuvent venir avec une personne" in answer.text
    assert "« Q : Puis-je" not in answer.text and "Q : Puis-je" not in answer.text


def test_contact_details_in_a_question_do_not_make_it_look_unsupported(
    faq_kb: KnowledgeBase,
) -> None:
    plain = "Comment désactiver les rappels ?"
    with_contacts = (
        "Bonjour, je suis lea.martin@example.org (06 12 34 56 78) : "
        "comment désactiver les rappels ?"
    )
    for question in (plain, with_contacts):
        answer = faq_kb.answer("acme", question, allowed_sensitivities=PUBLIC)
        assert answer.answered, question
        assert "pause" in answer.text


def test_contact_details_are_blanked_but_other_numbers_stay() -> None:
    text = "Écrivez à lea+x@volta.fr, au 06 12 34 56 78 ou +33 4 72 00 00 00 : 30 km en 2027."
    cleaned = without_contact_details(text)
    assert "@" not in cleaned and "06" not in cleaned and "72" not in cleaned
    assert "30 km en 2027" in cleaned
    assert "https" not in without_contact_details("voir https://volta.fr/aide?x=1 merci")
