"""Issue 19 item 4: frequent general English words meet their French translations."""

from __future__ import annotations

import pytest

from knowledge.bilingual import english_translations, french_stems
from knowledge.text import stem


@pytest.mark.parametrize(
    ("english", "french"),
    [
        ("never", "jamais"),
        ("avoid", "éviter"),
        ("kept", "conservé"),
        ("notice", "préavis"),
        ("reason", "motif"),
        ("rental", "location"),
        ("council", "conseil"),
    ],
)
def test_i19_4_frequent_english_words_have_french_stems(english: str, french: str) -> None:
    assert stem(french, "french") in french_stems(english)


def test_i19_4_french_words_find_the_english_ones_back() -> None:
    assert stem("avoid", "english") in english_translations("éviter")
    assert stem("never", "english") in english_translations("jamais")
