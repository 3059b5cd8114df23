"""Issue 19, abstention in both directions: amounts with their unit, a value asked about a
name no document uses, and a count asked inside another question
(`knowledge.answerability`)."""

from __future__ import annotations

import pytest

from knowledge.answer import extractive_answer
from knowledge.answerability import (
    NUMBER,
    amounts_in,
    expected_kind,
    gives_amounts,
    named_words,
    names_what_is_asked,
)
from knowledge.lexical import LexicalField, LexicalIndex
from knowledge.text import index_terms
from tests.knowledge.hits import public_hit

BACKGROUND = [
    "Les ambassadeurs animent des ateliers dans les magasins du réseau.",
    "Les récompenses sont livrées sous quinze jours.",
    *(f"Règle {n} du programme sur les parrainages et les récompenses." for n in range(20)),
]


def _idf(texts: list[str]) -> LexicalField:
    return LexicalIndex.build([index_terms(t) for t in texts], [[] for _ in texts]).body


def _answered(question: str, passage: str, section: str = "Programme") -> bool:
    idf = _idf([*BACKGROUND, passage])
    return extractive_answer(question, [public_hit(passage, section)], idf).answered


def test_i19_8_amounts_are_read_with_their_unit() -> None:
    assert amounts_in("Un bon de 200 euros, une remise de 20 %, EUR 1,200 par an.") == {
        (200, "euro"),
        (20, "percent"),
        (1200, "euro"),
    }
    assert amounts_in("50 €, 5 pour cent, 1 000 euros") == {
        (50, "euro"),
        (5, "percent"),
        (1000, "euro"),
    }
    # A number without a unit, or with another one, is no amount of money or share.
    assert amounts_in("200 points, 3 mois, 20 ans") == set()
    assert gives_amounts(set(), "Aucun montant.")
    assert gives_amounts({(200, "euro")}, "Le bon de 200 € coûte 1 600 points.")
    assert not gives_amounts({(200, "euro")}, "Le bon de 10 euros coûte 200 points.")


def test_i19_8_an_amount_the_passage_gives_in_another_unit_is_not_answered() -> None:
    question = "Combien de points faut-il pour un bon d'achat de 200 euros ?"
    other = "Bons d'achat : un bon d'achat de 10 euros coûte 200 points, de 25 euros 450 points."
    same = "Bons d'achat : un bon d'achat de 200 euros coûte 1 600 points."
    assert not _answered(question, other, "Bons d'achat")
    assert _answered(question, same, "Bons d'achat")


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # The count is what to look at, not what is asked: how to see it.
        ("How can I check how many points I have?", None),
        ("Où est-ce que je peux voir combien de points il me reste ?", None),
        ("Comment savoir combien de temps il me reste ?", None),
        ("How many points do I have?", NUMBER),
        ("Combien de points rapporte un atelier ?", NUMBER),
    ],
)
def test_i19_8_a_count_asked_inside_another_question_is_not_the_kind_asked(
    question: str, kind: str | None
) -> None:
    assert expected_kind(question) == kind


def test_i19_8_how_to_see_a_count_is_answered_by_where_to_see_it() -> None:
    passage = "Votre solde est affiché dans l'espace ambassadeur, rubrique Mon compte."
    assert _answered("How can I check how many points I have?", passage, "Points")


def test_i19_8_the_names_a_question_gives() -> None:
    assert named_words("Combien d'ambassadeurs y a-t-il en Belgique et à Saint-Malo ?") == {
        "belgique",
        "saint-malo",
    }
    assert named_words("Quel jour sort l'application sur Android ?") == {"android"}
    assert named_words("Combien de points pour un atelier ?") == set()


def test_i19_8_only_the_asking_sentences_name_what_is_asked() -> None:
    # Someone introducing themselves asks nothing about their own name.
    introduced = "Bonjour, je suis Karim Benali, du Projet Zèbre. Combien de points pour un avis ?"
    assert named_words(introduced) == set()
    assert named_words("Je vis à Lyon. Combien de points en Belgique ?") == {"belgique"}
    # Without a question mark every sentence may ask; each one's first word is no name.
    assert named_words("Je vis à Lyon. Horaires du Projet Martinet.") == {
        "lyon",
        "projet",
        "martinet",
    }


def test_i19_8_names_are_required_only_when_a_value_is_asked() -> None:
    assert names_what_is_asked(None, [True, False], [0.0, 1.0])
    assert names_what_is_asked(NUMBER, [True, False], [1.0, 0.5])
    assert not names_what_is_asked(NUMBER, [True, False], [0.0, 1.0])


def test_i19_8_a_value_about_a_name_no_document_uses_is_not_answered() -> None:
    france = "Le programme compte 140 ambassadeurs actifs en France, répartis dans 12 villes."
    question = "Combien d'ambassadeurs actifs y a-t-il en Belgique ?"
    assert not _answered(question, france)
    belgium = "Le programme compte 30 ambassadeurs actifs en Belgique, répartis dans 4 villes."
    assert _answered(question, belgium)


def test_i19_8_a_name_the_documents_use_elsewhere_is_required_too() -> None:
    # With a value asked, a name the documents use elsewhere must be in the passage as well:
    # the total of the whole programme does not count its members in one country.
    france = "Le programme compte 140 ambassadeurs actifs en France, répartis dans 12 villes."
    elsewhere = "Les partenaires en Belgique reçoivent le kit de bienvenue."
    idf = _idf([*BACKGROUND, france, elsewhere])
    question = "Combien d'ambassadeurs actifs y a-t-il en Belgique ?"
    assert not extractive_answer(question, [public_hit(france, "Programme")], idf).answered


def test_i19_8_an_initialism_the_documents_use_may_be_spelled_out() -> None:
    # "VAE" in the question, « vélo à assistance électrique » where the answer is.
    rule = "Un vélo à assistance électrique volé pendant le prêt coûte 150 € de franchise."
    elsewhere = "Le VAE de prêt se réserve à l'accueil."
    idf = _idf([*BACKGROUND, rule, elsewhere])
    question = "On m'a volé le VAE de prêt, ça coûte combien ?"
    assert extractive_answer(question, [public_hit(rule, "Prêt de vélos")], idf).answered


def test_i19_8_a_rule_about_a_named_thing_may_come_from_a_general_one() -> None:
    rules = "Les règles de publication à suivre : mentionner le partenariat, rester poli."
    assert _answered("Quelles règles de publication suivre sur Instagram ?", rules, "Publication")
