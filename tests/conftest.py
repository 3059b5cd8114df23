"""Shared fixtures: an isolated home per test, the assistant, console sessions."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

# Rich reads COLUMNS when a CLI module creates its console, at import: without one width
# for the whole run, messages wrap wherever the first test to import them left it (and
# the order differs from one worker to another).
os.environ["COLUMNS"] = "200"

import pytest

from bot.adapters.console import ConsoleSession
from bot.assistant import Assistant
from bot.settings import Settings, get_settings
from bot.tenants import ClientConfig, ClientDirectory, RoleMapping

pytest_plugins = ["tests.fakes.fixtures", "tests.skills.ask_support"]

POSTGRES_URL = os.environ.get("AMBASSADE_TEST_POSTGRES_URL")


@contextmanager
def throwaway_postgres_database(prefix: str) -> Iterator[str]:
    """The URL of a PostgreSQL database of its own, created here and dropped after."""
    from sqlalchemy import create_engine, make_url, text

    assert POSTGRES_URL
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test gets its own home; no endpoint or key leaks in from the machine."""
    monkeypatch.setenv("AMBASSADE_HOME", str(tmp_path / "home"))
    # Embedding every test's chunks would cost seconds of CPU each: the tests of the
    # sentence encoder (tests/knowledge/test_i19_5_*) turn it on.
    monkeypatch.setenv("AMBASSADE_SENTENCE_ENCODER", "off")
    for name in (
        "AMBASSADE_DATABASE_URL",
        "AMBASSADE_CHROMA_URL",
        "AMBASSADE_LANG",
        "OPENAI_BASE_URL",
        "OPENAI_API_KEY",
        "AMBASSADE_CHAT_MODEL",
        "AMBASSADE_EMBEDDING_MODEL",
        "SLACK_BOT_TOKEN",
        "SLACK_SIGNING_SECRET",
        "SLACK_APP_TOKEN",
        "SLACK_API_URL",
        "DISCORD_BOT_TOKEN",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(home=tmp_path / "home")


@pytest.fixture
def acme(settings: Settings) -> ClientConfig:
    """A client with one member of each role mapped by group name."""
    config = ClientConfig(
        name="acme",
        display_name="Acme Vélos",
        slack={"teams": ["T-ACME"]},
        discord={"guilds": ["900"]},
        roles=RoleMapping(
            community_manager=["cm-team"], facilitator=["facilitators"], ambassador=["amb"]
        ),
        confidential_terms=["Projet Zèbre"],
        default_sensitivity="public",  # its unmarked test documents are for ambassadors
    )
    ClientDirectory(settings.clients_dir).save(config)
    return config


@pytest.fixture
async def assistant(settings: Settings, acme: ClientConfig) -> AsyncIterator[Assistant]:
    bot = Assistant.build(settings)
    yield bot
    await bot.aclose()


SessionFactory = Callable[..., ConsoleSession]


@pytest.fixture
def session(assistant: Assistant) -> SessionFactory:
    """`session("lea", role="ambassador")` → a console session on the acme client."""

    def make(
        user: str, *, role: str | None = None, lang: str | None = None, client: str = "acme"
    ) -> ConsoleSession:
        return ConsoleSession(assistant, client=client, user_id=user, role=role, language=lang)

    return make


def database_urls() -> list[pytest.param]:
    urls = [pytest.param("sqlite", id="sqlite")]
    urls.append(
        pytest.param(
            "postgresql",
            id="postgresql",
            marks=pytest.mark.skipif(
                not POSTGRES_URL, reason="AMBASSADE_TEST_POSTGRES_URL is not set"
            ),
        )
    )
    return urls


@pytest.fixture(params=database_urls())
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[object]:
    """A migrated database on SQLite, and on PostgreSQL (a fresh schema) when configured."""
    for db in _empty_database(request.param, tmp_path):
        db.migrate()
        yield db


@pytest.fixture(params=database_urls())
def empty_database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[object]:
    """Like `database`, with no table yet: for tests of the migrations themselves."""
    yield from _empty_database(request.param, tmp_path)


def _empty_database(kind: str, tmp_path: Path) -> Iterator[object]:
    from sqlalchemy import create_engine, text

    from bot.store import Database

    if kind == "sqlite":
        db = Database(f"sqlite:///{tmp_path / 'store.db'}")
        yield db
        db.dispose()
        return
    assert POSTGRES_URL
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    db = Database(POSTGRES_URL, schema=schema)
    try:
        yield db
    finally:
        db.dispose()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
