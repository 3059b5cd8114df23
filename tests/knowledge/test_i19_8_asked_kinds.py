"""Issue 19, abstention by the kind of fact asked: a count of people or of time wants such
a number about the question's subject, whether something is paid wants a cost, a price
or its absence, a person asked is not one the question names (`knowledge.asked_counts`,
`knowledge.answer_kinds`, `knowledge.details`). Examples invented."""

from __future__ import annotations

import pytest

from knowledge.answer import extractive_answer
from knowledge.answer_kinds import PAID, PRICE
from knowledge.answerability import expected_kind, has_kind
from knowledge.asked_counts import DURATION, PEOPLE, asked_count, gives_count
from knowledge.details import PERSON, gives_details
from knowledge.lexical import LexicalField, LexicalIndex
from knowledge.text import index_terms
from tests.knowledge.hits import public_hit

BACKGROUND = [
    "Les ambassadeurs animent des ateliers dans les magasins du réseau.",
    "Les récompenses sont livrées sous quinze jours.",
    *(f"Règle {n} du programme sur les parrainages et les récompenses." for n in range(20)),
]


def _answered(question: str, passage: str, section: str = "Programme") -> bool:
    idf: LexicalField = LexicalIndex.build(
        [index_terms(t) for t in [*BACKGROUND, passage]], [[] for _ in range(len(BACKGROUND) + 1)]
    ).body
    return extractive_answer(question, [public_hit(passage, section)], idf).answered


@pytest.mark.parametrize(
    ("question", "family"),
    [
        ("Combien de membres compte le jury des lecteurs ?", PEOPLE),
        ("how many volunteers per stand?", PEOPLE),
        ("Combien de testeurs pour le prototype ?", PEOPLE),
        ("Combien d'heures dure la formation ?", DURATION),
        ("Combien de points pour un avis ?", None),
        ("Combien de temps faut-il ?", None),
    ],
)
def test_i19_8_the_count_asked(question: str, family: str | None) -> None:
    assert asked_count(question) == family


def _always(_text: str) -> bool:
    return True


@pytest.mark.parametrize(
    ("family", "text", "gives"),
    [
        (PEOPLE, "Le jury réunit sept membres élus pour un an.", True),
        (PEOPLE, "Une quinzaine d'ambassadeurs y participent.", True),
        (PEOPLE, "Indicateur: Testeurs actifs · Nantes: 42", True),
        (PEOPLE, "Date: Mai · Atelier: Reliure · Nombre: 6 personnes", True),
        (PEOPLE, "Un ambassadeur participe à au moins une réunion du jury.", False),
        (DURATION, "La formation dure 3 h, pauses comprises.", True),
        (DURATION, "La formation coûte 40 € et se tient à Lyon.", False),
    ],
)
def test_i19_8_a_passage_gives_the_count(family: str, text: str, gives: bool) -> None:
    assert gives_count(family, "Section", text, _always) is gives


def test_i19_8_a_count_of_people_about_something_else_does_not_answer() -> None:
    question = "Combien de membres siègent au jury des lecteurs ?"
    jury = "Le jury des lecteurs se réunit une fois par trimestre et choisit un livre."
    assert not _answered(question, jury, "Jury des lecteurs")
    assert _answered(question, "Le jury des lecteurs réunit sept membres.", "Jury des lecteurs")


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Le parking est-il gratuit pour la soirée ?", PAID),
        ("l'entrée du salon est payante ?", PAID),
        ("is breakfast free at the guesthouse?", PAID),
        ("shipping abroad, do I pay customs?", PAID),
        ("ma femme peut prendre ma nuit gratuite ?", None),
        ("How much does a shop pay to join the network?", PRICE),
        ("combien faut-il payer pour l'adhésion ?", PRICE),
    ],
)
def test_i19_8_a_question_on_whether_one_pays(question: str, kind: str | None) -> None:
    assert expected_kind(question) == kind


def test_i19_8_whether_one_pays_is_answered_by_a_cost_or_its_absence() -> None:
    assert has_kind(PAID, "Le parking est offert aux ambassadeurs.")
    assert has_kind(PAID, "L'entrée coûte 5 €.")
    assert has_kind(PAID, "Customs fees: paid by the company")
    assert not has_kind(PAID, "La soirée a lieu au siège, de 19 h à 22 h.")


def test_i19_8_a_person_asked_is_not_one_the_question_names() -> None:
    question = "Qui est le responsable avant Hugo Marchand ?"
    assert not gives_details(frozenset({PERSON}), "Hugo Marchand | Responsable", question)
    assert gives_details(frozenset({PERSON}), "Léa Fontaine | Responsable", question)
