"""Pytest fixtures for the test doubles; import them from `tests/conftest.py`."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest_asyncio

from tests.fakes.openai_server import FakeOpenAIServer


@pytest_asyncio.fixture
async def fake_openai() -> AsyncIterator[FakeOpenAIServer]:
    """A fresh fake OpenAI-compatible server on loopback; `fake_openai.base_url` ends in /v1."""
    async with FakeOpenAIServer() as server:
        yield server
