"""Issue 19, abstention by the kind of fact asked (second pass): how long something lasts,
which brand or company, opening hours, who replaces someone, an exact address. A passage
about the subject that lacks the fact does not answer. Examples invented."""

from __future__ import annotations

import pytest

from knowledge.answer_kinds import ADDRESS
from knowledge.answerability import expected_kind
from knowledge.asked_counts import DURATION, LENGTH, VOLUME, asked_count, gives_count
from knowledge.details import BRAND, HOURS, PERSON, asked_details, gives_details
from knowledge.proper_names import proper_names


def _about(*words: str):
    return lambda text: any(w in text.lower() for w in words)


@pytest.mark.parametrize(
    ("question", "family"),
    [
        ("Combien de temps dure la balade en forêt ?", DURATION),
        ("how long does the pottery class last?", DURATION),
        ("l'atelier ça dure combien ?", DURATION),
        ("Quelle est la durée de la formation ?", DURATION),
        # How long something is kept or takes to arrive is left to the support score.
        ("combien de temps gardez-vous mes photos ?", None),
        ("how long ago did the club open?", None),
        ("Le sac offert fait combien de litres ?", VOLUME),
        ("Quelle est la contenance de la gourde en litres ?", VOLUME),
        ("how many km is the Sunday ride?", LENGTH),
    ],
)
def test_i19_9_a_duration_asked(question: str, family: str | None) -> None:
    assert asked_count(question) == family


@pytest.mark.parametrize(
    ("text", "gives"),
    [
        ("La balade en forêt dure une demi-journée.", True),
        ("La balade en forêt dure 90 minutes.", True),
        ("La balade en forêt est proposée une fois par mois.", False),
        ("The forest walk is offered once a year.", False),
        ("La balade en forêt part de la maison du parc.", False),
        ("Format | Durée\nVidéo de la balade | 60 à 90 secondes", True),
    ],
)
def test_i19_9_a_passage_gives_the_duration(text: str, gives: bool) -> None:
    assert gives_count(DURATION, "Balades", text, _about("balade")) is gives


@pytest.mark.parametrize(
    ("text", "gives"),
    [
        ("Le sac étanche de 20 litres est offert au niveau 2.", True),
        ("Le sac étanche (25 L) est offert au niveau 2.", True),
        ("Le sac étanche est offert aux 20 premiers inscrits.", False),
    ],
)
def test_i19_9_a_passage_gives_the_measure(text: str, gives: bool) -> None:
    assert gives_count(VOLUME, "Récompenses", text, _about("sac")) is gives


@pytest.mark.parametrize(
    ("question", "details"),
    [
        ("Les gourdes offertes, elles sont de quelle marque ?", {BRAND}),
        ("c'est quel transporteur qui livre les colis ?", {BRAND}),
        ("which carrier ships the welcome box?", {BRAND}),
        ("quels sont les horaires de la boutique de Dinan ?", {HOURS}),
        ("what are the opening hours of the workshop?", {HOURS}),
        ("qui remplace Jeanne pendant son congé ?", {PERSON}),
        ("Who covers for Tom when he is away?", {PERSON}),
        ("c'est qui le trésorier de l'association ?", {PERSON}),
        ("Quelle est la marche à suivre pour s'inscrire ?", set()),
    ],
)
def test_i19_9_the_detail_asked(question: str, details: set[str]) -> None:
    assert asked_details(question) == details


def test_i19_9_proper_names_are_not_first_words() -> None:
    text = (
        "Récompense: Gourde isotherme · Points: 200 / Les colis partent avec Colissimo."
        " La SNCF aussi."
    )
    assert proper_names(text) == {"colissimo", "sncf"}


def test_i19_9_a_brand_must_stand_beside_the_thing_asked() -> None:
    question = "Les gourdes offertes, elles sont de quelle marque ?"
    about = _about("gourde")
    beside = "La gourde offerte est une Thermalis de 50 cl."
    apart = "La gourde offerte est en inox.\nNos colis partent avec Colissimo."
    assert gives_details(frozenset({BRAND}), beside, question, about)
    assert not gives_details(frozenset({BRAND}), apart, question, about)


def test_i19_9_opening_hours_want_a_clock_time() -> None:
    question = "quels sont les horaires de la boutique ?"
    about = _about("boutique")
    assert gives_details(frozenset({HOURS}), "La boutique ouvre de 10 h à 19 h.", question, about)
    assert not gives_details(
        frozenset({HOURS}), "La boutique est au centre-ville.", question, about
    )


def test_i19_9_who_replaces_someone_is_not_that_person() -> None:
    question = "qui remplace Jeanne pendant son congé ?"
    assert not gives_details(frozenset({PERSON}), "L'équipe est animée par Jeanne Morel.", question)
    assert gives_details(
        frozenset({PERSON}), "En son absence, Paul Girard prend le relais.", question
    )


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("adresse exacte du local de l'association ?", True),
        ("Le nouveau magasin ouvrira à quelle adresse ?", True),
        ("mon adresse postale vous la gardez jusqu'à quand ?", False),
    ],
)
def test_i19_9_an_exact_address_asked(question: str, asked: bool) -> None:
    assert (expected_kind(question) == ADDRESS) is asked
