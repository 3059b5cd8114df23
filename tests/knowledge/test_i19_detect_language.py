"""Which language a question is in: function words only both languages use, and words in
capitals (names, acronyms), say nothing of it."""

from __future__ import annotations

import pytest

from knowledge.text import detect_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # "JE" is the name of a workshop, not the French "je".
        ("how long are JE workshop answers kept?", "english"),
        ("can I apply to become an ambassador?", "english"),
        ("what did you change to stop ambassadors burning out?", "english"),
        # "a" and "on" are French here as much as English.
        ("on peut échanger les pts contre quoi ?", "french"),
        ("il a un vélo ?", "french"),
        # A text in capitals keeps its words.
        ("ARTICLE 4 - VALIDITE DES POINTS", "french"),
        ("WHAT ARE THE RULES FOR THE EVENTS?", "english"),
        # A terse question: one English function word and no French one.
        ("Do volunteers get a discount?", "english"),
        ("badge rules for a newcomer?", "english"),
        ("goodies pour un nouveau ?", "french"),
        ("badges et goodies ?", "french"),
    ],
)
def test_detect_language(text: str, language: str) -> None:
    assert detect_language(text) == language
