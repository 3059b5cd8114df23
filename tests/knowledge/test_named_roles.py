"""A person asked for ("qui est la personne à voir ?") is given by a first name followed by
a role, as a shop writes who to see (« Bastien, chef de rayon outillage. »); a sentence
opening with "Oui," or "Non," does not name anyone."""

from __future__ import annotations

import pytest

from knowledge.details import PERSON, gives_details

QUESTION = "Qui est la personne à voir au magasin de Tours ?"


@pytest.mark.parametrize(
    ("text", "gives"),
    [
        ("Bastien, chef de rayon outillage.", True),
        ("Karim, responsable de l'animalerie.", True),
        ("Votre contact : Lena (community manager).", True),
        ("- Inès, coordinatrice du Cercle", True),
        ("Oui, chef de projet.", False),
        ("Non, responsable du rayon uniquement le samedi.", False),
        ("Le rayon outillage, au fond du magasin.", False),
    ],
)
def test_a_first_name_with_its_role_names_a_person(text: str, gives: bool) -> None:
    assert gives_details(frozenset({PERSON}), text, QUESTION) is gives


def test_a_name_the_question_gives_is_not_the_answer() -> None:
    question = "Qui remplace Bastien pendant ses congés ?"
    assert not gives_details(frozenset({PERSON}), "Bastien, chef de rayon outillage.", question)
