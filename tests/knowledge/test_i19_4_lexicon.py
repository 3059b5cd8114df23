"""Issue 19 item 4: English questions over French documents, and French questions over
English documents, find their passage without any model, through the packaged lexicon
(read both ways) and cognate endings."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.base import KnowledgeBase
from knowledge.bilingual import (
    LEXICON,
    english_translations,
    french_stems,
    other_language_stems,
    translated_stems,
    translations,
    weighted_translations,
)
from knowledge.text import stem

PUBLIC = {"public"}
# A program's documents, in French, one topic a section.
CHARTER = """# Charte des Ambassadeurs

## Départ du programme

Chaque ambassadeur peut quitter le programme à tout moment, sans préavis, en écrivant à
l'équipe ; ses points restent utilisables pendant trois mois.

## Conservation des données personnelles

Les données personnelles des ambassadeurs sont conservées trois ans après leur dernière
participation, puis effacées.

## Éligibilité

Pour devenir ambassadeur, il faut être majeur et client depuis au moins six mois.

## Soirées de dégustation

Une soirée de dégustation a lieu chaque trimestre à la brasserie ; chaque ambassadeur peut
venir avec un accompagnant.

## Remboursement des frais

Les frais de déplacement pour les salons sont remboursés sur présentation d'un
justificatif, dans la limite de 50 € par événement.
"""
QUESTIONS = (
    ("Can I quit the program whenever I want?", "Départ du programme"),
    ("How long do you keep my personal data?", "Conservation des données personnelles"),
    ("What are the eligibility requirements?", "Éligibilité"),
    ("Can I bring a guest to the tasting evenings?", "Soirées de dégustation"),
    ("Are my travel expenses reimbursed for trade fairs?", "Remboursement des frais"),
)


def _one_document_kb(tmp_path: Path, client: str, name: str, text: str) -> KnowledgeBase:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / name).write_text(text, encoding="utf-8")
    kb = KnowledgeBase(tmp_path / "kb", sentence_encoder=False)
    kb.ingest_paths(client, [docs], default_sensitivity="public")
    return kb


def _assert_found_and_answered(kb: KnowledgeBase, client: str, question: str, section: str) -> None:
    hits = kb.search(client, question, allowed_sensitivities=PUBLIC)
    assert hits and hits[0].section.endswith(section), [h.section for h in hits]
    answer = kb.answer(client, question, allowed_sensitivities=PUBLIC)
    assert answer.answered, (question, answer.support)
    assert answer.sources[0].section.endswith(section)


@pytest.fixture
def charter_kb(tmp_path: Path) -> KnowledgeBase:
    return _one_document_kb(tmp_path, "houblon", "charte.md", CHARTER)


def test_i19_4_the_lexicon_is_a_packaged_file_of_general_words() -> None:
    lines = [
        line
        for line in LEXICON.read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert len(lines) > 500
    assert all(":" in line and line.partition(":")[2].strip() for line in lines)
    assert stem("fidélité") in french_stems("loyalty")
    assert stem("consentement") in french_stems("consent")
    assert stem("atelier") in french_stems("workshops")


def test_i19_4_cognate_endings_give_the_french_form() -> None:
    assert stem("éligibilité") in translations("eligibility")
    assert stem("ambassadeur") in translations("ambassador")
    assert stem("exclusif") in translations("exclusive")
    assert stem("catégorie") in translations("category")
    assert french_stems("category") == ()  # a cognate, not a listed translation
    assert translated_stems("Quels sont les critères d'éligibilité ?") == []  # French


@pytest.mark.parametrize(("question", "section"), QUESTIONS)
def test_i19_4_an_english_question_finds_and_quotes_its_french_passage_offline(
    charter_kb: KnowledgeBase, question: str, section: str
) -> None:
    _assert_found_and_answered(charter_kb, "houblon", question, section)


def test_i19_4_an_english_question_the_documents_do_not_answer_still_abstains(
    charter_kb: KnowledgeBase,
) -> None:
    answer = charter_kb.answer(
        "houblon", "What is the wifi password of the taproom?", allowed_sensitivities=PUBLIC
    )
    assert not answer.answered


# The reverse: an English program's documents, French questions.
HANDBOOK = """# Ambassador Handbook

## Leaving the program

You may leave the program at any time without giving a reason; your unspent points stay
valid for three months.

## Gifts and rewards

Every 500 points can be exchanged for a gift from the rewards catalogue, shipped free of
charge.

## Security of your account

Two-factor authentication protects your account; we never ask for your password.

## Refunds for travel

Travel costs to trade fairs are refunded on presentation of a receipt, up to 50 € per event.
"""
FRENCH_QUESTIONS = (
    ("Est-ce que je peux quitter le programme quand je veux ?", "Leaving the program"),
    ("Contre quels cadeaux puis-je échanger mes points ?", "Gifts and rewards"),
    ("Comment est assurée la sécurité de mon compte ?", "Security of your account"),
    ("Mes frais de déplacement sont-ils remboursés ?", "Refunds for travel"),
)


@pytest.fixture
def handbook_kb(tmp_path: Path) -> KnowledgeBase:
    return _one_document_kb(tmp_path, "nordic", "handbook.md", HANDBOOK)


def test_i19_4_the_lexicon_reads_both_ways() -> None:
    assert stem("leave", "english") in english_translations("quitter")
    assert stem("gift", "english") in english_translations("cadeaux")
    assert stem("security", "english") in english_translations("sécurité")  # a cognate
    assert stem("refund", "english") in english_translations("remboursement")
    assert other_language_stems("quitter", english=False) == english_translations("quitter")
    assert other_language_stems("quit", english=True) == translations("quit")


def test_i19_4_a_french_question_over_a_french_corpus_gets_no_english_terms() -> None:
    french_corpus = {stem("quitter"), stem("programme")}
    assert weighted_translations("Puis-je quitter le programme ?", french_corpus.__contains__) == {}


@pytest.mark.parametrize(("question", "section"), FRENCH_QUESTIONS)
def test_i19_4_a_french_question_finds_and_quotes_its_english_passage_offline(
    handbook_kb: KnowledgeBase, question: str, section: str
) -> None:
    _assert_found_and_answered(handbook_kb, "nordic", question, section)


def test_i19_4_a_french_question_the_english_documents_do_not_answer_abstains(
    handbook_kb: KnowledgeBase,
) -> None:
    answer = handbook_kb.answer(
        "nordic", "Quel est le mot de passe du wifi de la boutique ?", allowed_sensitivities=PUBLIC
    )
    assert not answer.answered
