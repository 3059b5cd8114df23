"""Issue 18 item 2: an undecided answer, or one open to anything, names no idea and is no
member of a point; one that names what it depends on or what it is open to stays in
(invented examples); so does a courtesy ("merci pour…") with little else."""

from __future__ import annotations

import pytest

from bot.synthesis.text import clauses
from bot.synthesis.undecided import is_undecided


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ça dépendra.", "fr"),
        ("Je verrai bien !", "fr"),
        ("Encore à définir", "fr"),
        ("Je suis ouvert", "fr"),
        ("Tout ce qui peut être utile", "fr"),
        ("Depending.", "en"),
        ("Open to it", "en"),
        ("Whatever's useful", "en"),
        ("Merci pour le goûter !", "fr"),
        ("Bravo à toute l'équipe", "fr"),
        ("Thanks for the invite", "en"),
        ("Good luck with the launch", "en"),
    ],
)
def test_i18_2_undecided_answers_say_nothing(text: str, language: str):
    assert all(is_undecided(c) for c in clauses(0, text, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ça dépend des horaires de l'école.", "fr"),
        ("Je suis ouverte aux visites de la brasserie", "fr"),
        ("Un tutoriel utile pour les nouveaux", "fr"),
        ("Depending on the harvest calendar", "en"),
        ("Open to hosting a tasting night", "en"),
        ("Un merci de temps en temps suffit", "fr"),
        ("Merci pour les ateliers cuisine, on en voudrait plus souvent", "fr"),
        ("Thanks for asking: longer opening hours for the repair shop", "en"),
        ("Ça dépend du prix.", "fr"),
        ("It depends on the weather.", "en"),
    ],
)
def test_i18_2_undecided_beside_content_says_something(text: str, language: str):
    assert not any(is_undecided(c) for c in clauses(0, text, language))
