"""Issue 18 item 2: a filler or a skip ("Euh…", "Joker", "Pass", "Hmm") gives no idea and
stays out of the themes; the same words beside content keep it (invented examples)."""

from __future__ import annotations

import pytest

from bot.synthesis.text import clauses, says_something


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Euh…", "fr"),
        ("Heu… joker", "fr"),
        ("Joker !", "fr"),
        ("hmm", "en"),
        ("Pass.", "en"),
        ("I'll skip this one", "en"),
        ("lol idk", "en"),
    ],
)
def test_i18_2_fillers_say_nothing(text: str, language: str):
    assert not any(says_something(c) for c in clauses(0, text, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Euh, un atelier rempotage pour les voisins", "fr"),
        ("Je passe souvent au marché, je peux y distribuer des flyers", "fr"),
        ("Hmm, a season pass for the kids would be lovely", "en"),
        ("Skip the newsletter, send a text message instead", "en"),
    ],
)
def test_i18_2_fillers_beside_content_say_something(text: str, language: str):
    assert any(says_something(c) for c in clauses(0, text, language))
