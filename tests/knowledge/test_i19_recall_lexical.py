"""Issue 19, recall: the lexical ranking reads a question's words as the documents write them
(both grammatical numbers, locutions, everyday synonyms of the program's words)."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.base import KnowledgeBase
from knowledge.locutions import lexical_reading
from knowledge.synonyms import (
    KNOWN_SYNONYM_WEIGHT,
    SYNONYM_WEIGHT,
    synonym_stems,
    synonym_weights,
)
from knowledge.text import other_number_stem, stem

PUBLIC = {"public"}
RULES = """# Règlement des ambassadeurs

## Comportements interdits

Le dénigrement de la marque, la revente des produits reçus et les faux avis sont proscrits.

## Vos droits

Vous pouvez demander l'accès à vos données personnelles, leur rectification ou leur
effacement en écrivant au délégué à la protection des données.

## Avantages

Chaque ambassadeur reçoit une remise de 10 % et une invitation aux avant-premières.

## Pendant l'essai

Si le client rentre plus tôt, raccompagnez-le et notez l'heure de retour.

## Quitter le programme

L'ambassadeur peut quitter le programme à tout moment en écrivant à l'équipe ; ses points
restent utilisables trois mois.
"""


@pytest.fixture
def rules_kb(kb: KnowledgeBase, tmp_path: Path) -> KnowledgeBase:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "reglement.md").write_text(RULES, encoding="utf-8")
    kb.ingest_paths("colibri", [docs], default_sensitivity="public")
    return kb


def _first_section(kb: KnowledgeBase, question: str) -> str:
    hits = kb.search("colibri", question, allowed_sensitivities=PUBLIC)
    assert hits, question
    return hits[0].section


def test_i19_recall_a_word_meets_its_other_number() -> None:
    # Snowball stems these singulars and plurals apart.
    assert stem("interdit") != stem("interdits")
    assert other_number_stem("interdit") == stem("interdits")
    assert other_number_stem("interdits") == stem("interdit")


def test_i19_recall_synonym_groups_hold_both_numbers() -> None:
    found = synonym_stems("défendu")
    assert {stem("interdit"), stem("interdits")} <= found


def test_i19_recall_locution_read_as_the_documents_word() -> None:
    assert "avantages" in lexical_reading("J'ai droit à quoi ?")
    assert "droit" not in lexical_reading("Les ambassadeurs ont droit à quoi ?")
    for untouched in ("Quels sont mes droits ?", "Le droit d'accès à mes données ?"):
        assert lexical_reading(untouched) == untouched


def test_i19_recall_unknown_word_synonyms_weigh_more() -> None:
    unknown = synonym_weights("colis", set(), lambda term: False, False)
    known = synonym_weights("colis", set(), lambda term: term == stem("colis"), False)
    assert unknown[stem("kit")] == SYNONYM_WEIGHT > known[stem("kit")] == KNOWN_SYNONYM_WEIGHT


def test_i19_recall_singular_question_finds_plural_heading(rules_kb: KnowledgeBase) -> None:
    section = _first_section(rules_kb, "Qu'est-ce qui est défendu pour un ambassadeur ?")
    assert section.endswith("Comportements interdits")


def test_i19_recall_entitlement_is_not_data_rights(rules_kb: KnowledgeBase) -> None:
    section = _first_section(rules_kb, "En tant qu'ambassadeur, j'ai droit à quoi ?")
    assert section.endswith("Avantages")
    # The data-rights section still answers a question about rights.
    section = _first_section(rules_kb, "Quels sont mes droits sur mes données ?")
    assert section.endswith("Vos droits")


def test_i19_recall_stopping_is_leaving_the_program(rules_kb: KnowledgeBase) -> None:
    # "arrêter" is not the documents' word: "quitter" stands in for it.
    section = _first_section(rules_kb, "Comment arrêter d'être ambassadeur ?")
    assert section.endswith("Quitter le programme")


def test_i19_recall_everyday_words_for_meals_and_steering_committees() -> None:
    # "déjeuner" is a meal ("repas" in an expenses table); "copil" is the usual short
    # form of "comité de pilotage", whose "points de vigilance" are its risks.
    assert stem("repas") in synonym_stems("déjeuner")
    assert stem("comité") in synonym_stems("copil")
    assert stem("risque") in synonym_stems("vigilance")
