"""Issue 18 item 2: answers that hedge without saying anything stay out of the themes,
answers that say something beside a hedge stay in (invented examples)."""

from __future__ import annotations

import pytest

from bot.synthesis.text import clauses, says_something


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le texte me paraît clair, je n'ai rien à ajouter.", "fr"),
        ("Je ne sais pas encore, je découvre tout ça.", "fr"),
        ("Not sure yet, I'd need to see it in practice.", "en"),
        ("Nothing specific beyond what we get today.", "en"),
        ("Rien à signaler.", "fr"),
        ("Je vous tiens au courant.", "fr"),
        ("Je vous redis ça demain.", "fr"),
        ("I'll get back to you.", "en"),
        ("Ça dépend des moments, je ne saurais pas dire.", "fr"),
        ("Je ne saurais pas vous dire", "fr"),
        ("Bof, je vois pas.", "fr"),
        ("Pas la moindre idée", "fr"),
        ("I couldn't tell you really", "en"),
        ("No clue honestly.", "en"),
    ],
)
def test_i18_2_non_answers_hedges_say_nothing(text: str, language: str):
    assert not any(says_something(c) for c in clauses(0, text, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Rien sur le recyclage des emballages en magasin.", "fr"),
        ("Je ne sais pas si je pourrai venir le samedi matin avec mes enfants au club.", "fr"),
        ("Not sure the weekly calls with the product managers fit my agenda.", "en"),
        ("Des ateliers de cuisine.", "fr"),
        ("Le samedi matin me convient.", "fr"),
        ("Rien ne me motive plus que les rencontres.", "fr"),
        ("Evenings are fine by me.", "en"),
        ("Ça dépend du prix.", "fr"),
        ("It depends on the weather.", "en"),
        ("Je ne saurais pas animer un atelier devant vingt personnes.", "fr"),
        ("Je vois pas l'intérêt de filmer les soirées.", "fr"),
        ("Tell my friends about the new games.", "en"),
        ("La moindre remarque négative me bloque.", "fr"),
    ],
)
def test_i18_2_non_answers_a_hedge_beside_content_says_something(text: str, language: str):
    assert any(says_something(c) for c in clauses(0, text, language))
