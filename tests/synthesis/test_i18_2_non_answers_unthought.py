"""Issue 18 item 2: an answer saying one has not thought about the question, or asking for
it again, gives no idea and stays out of the themes; one that goes on to say something
stays in (invented examples)."""

from __future__ import annotations

import pytest

from bot.synthesis.text import clauses, says_something


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Je n'y ai pas encore réfléchi.", "fr"),
        ("Franchement, jamais réfléchi à ça", "fr"),
        ("Vous pouvez répéter la question ?", "fr"),
        ("J'ai pas compris la question", "fr"),
        ("Haven't thought about it yet.", "en"),
        ("Never thought about that, to be honest", "en"),
        ("Could you rephrase the question?", "en"),
        ("Sorry, I didn't understand the question.", "en"),
    ],
)
def test_i18_2_unthought_answers_say_nothing(text: str, language: str):
    assert not any(says_something(c) for c in clauses(0, text, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("J'ai pas réfléchi longtemps : des ateliers poterie pour les enfants du quartier.", "fr"),
        ("Répéter la même visite chaque semaine finirait par me lasser.", "fr"),
        ("I haven't thought much about rewards, but meeting the brewers would be great.", "en"),
        ("Never thought a bakery could run a repair café for its regulars.", "en"),
    ],
)
def test_i18_2_unthought_beside_content_says_something(text: str, language: str):
    assert any(says_something(c) for c in clauses(0, text, language))
