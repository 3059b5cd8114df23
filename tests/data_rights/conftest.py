"""The fixture person's bot, on SQLite and on PostgreSQL (a database of its own)."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from bot.assistant import Assistant
from bot.settings import Settings
from bot.tenants import ClientConfig
from tests.conftest import database_urls


@pytest.fixture(params=database_urls())
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'home' / 'ambassade.db'}"
        return
    from tests.conftest import POSTGRES_URL

    assert POSTGRES_URL
    name = f"rights20a_{uuid.uuid4().hex[:10]}"
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield POSTGRES_URL.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
async def bot(
    settings: Settings, acme: ClientConfig, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[Assistant]:
    monkeypatch.setenv("AMBASSADE_DATABASE_URL", database_url)  # the CLI helpers read it
    configured = settings.model_copy(update={"database_url": database_url})
    assistant = Assistant.build(configured)
    yield assistant
    await assistant.aclose()
