"""The fixture person's bot, on SQLite and on PostgreSQL (a database of its own)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from bot.assistant import Assistant
from bot.settings import Settings
from bot.tenants import ClientConfig
from tests.conftest import database_urls, throwaway_postgres_database


@pytest.fixture(params=database_urls())
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'home' / 'ambassade.db'}"
        return
    with throwaway_postgres_database("rights20a") as url:
        yield url


@pytest.fixture
async def bot(
    settings: Settings, acme: ClientConfig, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[Assistant]:
    monkeypatch.setenv("AMBASSADE_DATABASE_URL", database_url)  # the CLI helpers read it
    configured = settings.model_copy(update={"database_url": database_url})
    assistant = Assistant.build(configured)
    yield assistant
    await assistant.aclose()
