"""Before serving, the slow one-time loads happen off the event loop, not on a first question."""

from __future__ import annotations

import pytest

import knowledge.wordvectors as wordvectors
from bot.assistant import Assistant
from bot.cli.run import _warm_up
from bot.settings import Settings


async def test_warm_up_loads_the_word_vectors(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(wordvectors, "_shared", None)
    monkeypatch.setattr(wordvectors, "_loaded", False)
    assistant = Assistant.build(settings)
    try:
        await _warm_up(assistant)
        assert wordvectors._loaded and wordvectors._shared is not None
    finally:
        await assistant.aclose()
