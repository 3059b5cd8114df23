"""Issue 19, second pass: a packaged synonym lexicon (colloquial words meet the program's),
spoken fillers left out of an answer's support, quotes in the question's language."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.answer import _question_words, support
from knowledge.base import KnowledgeBase
from knowledge.lexical import LexicalIndex
from knowledge.passages import best_passages
from knowledge.retrieval import Hit
from knowledge.synonyms import known_word, synonym_stems, synonym_weights
from knowledge.text import index_terms, stem
from tests.knowledge.hits import public_hit

PUBLIC = {"public"}
CHARTER = """# Charte du programme

## Exclusion du programme

Le comité peut prononcer l'exclusion définitive d'un ambassadeur en cas de fraude aux
points, de propos injurieux ou de revente des récompenses.

## Kit de bienvenue

Chaque nouvel ambassadeur reçoit un kit de bienvenue avec un maillot, une gourde et des
cartes de visite.

## Paliers

Le palier Argent s'obtient à 500 points cumulés sur douze mois.

## Niveaux et avantages

Chaque niveau donne droit à une remise sur les accessoires et à des invitations.

## Commandes

Une commande peut être annulée tant qu'elle n'a pas été expédiée ; les points sont alors
recrédités sous quarante-huit heures.
"""


@pytest.fixture
def charter_kb(kb: KnowledgeBase, tmp_path: Path) -> KnowledgeBase:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "charte.md").write_text(CHARTER, encoding="utf-8")
    kb.ingest_paths("colibri", [docs], default_sensitivity="public")
    return kb


def test_i19_lexicon_groups_are_general_program_words() -> None:
    assert stem("exclusion") in synonym_stems("virer")
    assert stem("kit") in synonym_stems("colis")
    assert stem("récompense") in synonym_stems("cadeau")
    assert stem("benefit", "english") in synonym_stems("perks")
    assert synonym_stems("brasserie") == frozenset()
    assert known_word("bosser") and not known_word("taproom")


def test_i19_lexicon_colloquial_word_finds_the_program_word(charter_kb: KnowledgeBase) -> None:
    hits = charter_kb.search(
        "colibri", "Qu'est-ce qui peut me faire virer ?", allowed_sensitivities=PUBLIC
    )
    assert hits[0].section.endswith("Exclusion du programme")
    answer = charter_kb.answer(
        "colibri", "Qu'est-ce qu'il y a dans le colis ?", allowed_sensitivities=PUBLIC
    )
    assert answer.answered, answer.text
    assert "maillot" in answer.text


def test_i19_lexicon_a_word_the_documents_use_keeps_its_own_passage(
    charter_kb: KnowledgeBase,
) -> None:
    # "palier" is the documents' own word: its synonym "niveau" only nudges.
    hits = charter_kb.search(
        "colibri", "Combien de points pour le palier Argent ?", allowed_sensitivities=PUBLIC
    )
    assert hits[0].section.endswith("Paliers")
    weights = synonym_weights("palier", set(), lambda term: term == stem("palier"), False)
    unknown = synonym_weights("palier", set(), lambda term: False, False)
    assert max(weights.values()) < max(unknown.values())


def test_i19_lexicon_spoken_fillers_do_not_lower_support(charter_kb: KnowledgeBase) -> None:
    answer = charter_kb.answer(
        "colibri",
        "Qu'est-ce qui se passe si je veux annuler ma commande ?",
        allowed_sensitivities=PUBLIC,
    )
    assert answer.answered, answer.text
    assert "quarante-huit heures" in answer.text


def test_i19_lexicon_an_unknown_subject_still_abstains(charter_kb: KnowledgeBase) -> None:
    for question in (
        "Quel est le code wifi du local des ambassadeurs ?",
        "Qui a dessiné le logo du programme ?",
    ):
        answer = charter_kb.answer("colibri", question, allowed_sensitivities=PUBLIC)
        assert not answer.answered, answer.text


def _hit(rank: int, document: str, section: str, text: str) -> Hit:
    return public_hit(text, section, rank, document)


def test_i19_lexicon_quotes_the_passage_in_the_question_language() -> None:
    french = "Les points d'un événement organisé sont plafonnés à deux événements par mois."
    english = "Points for an organised event are capped at two events per month."
    hits = [
        _hit(0, "faq.md", "FAQ › Événements", french),
        _hit(1, "overview_en.md", "Overview › Events", english),
    ]
    lexical = LexicalIndex.build([index_terms(h.text) for h in hits], [[] for _ in hits])
    words = _question_words("How many points for an event, is there a cap?", lexical.body)
    quotes = best_passages(words, hits, support, "english")
    assert quotes and quotes[0].text == english
