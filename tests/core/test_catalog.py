from __future__ import annotations

import pytest

from prompts.catalog import load_catalog, placeholders, text


def test_every_french_text_exists_in_english_with_the_same_placeholders():
    french, english = load_catalog("fr"), load_catalog("en")
    assert set(french) == set(english)
    for key, template in french.items():
        assert placeholders(template) == placeholders(english[key]), key


def test_unknown_language_falls_back_to_french():
    assert text("de", "core.console.bye") == text("fr", "core.console.bye")


def test_missing_key_is_an_error():
    with pytest.raises(KeyError):
        text("fr", "core.nope")
