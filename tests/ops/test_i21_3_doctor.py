"""Issue 21 item 3: `ambassade migrate` and `ambassade doctor`, against real local fakes
(the Slack Web API, a Discord REST endpoint, an OpenAI-compatible endpoint, on loopback)."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest
from aiohttp import web
from typer.testing import CliRunner, Result

from bot.cli import app
from bot.ops.stores import head_revision
from bot.settings import get_settings
from tests.conftest import throwaway_postgres_database
from tests.fakes.loopback import LoopbackServer
from tests.fakes.openai_server import FakeOpenAIServer
from tests.fakes.slack_api import FakeSlackAPI

runner = CliRunner()
POSTGRES_URL = os.environ.get("AMBASSADE_TEST_POSTGRES_URL")


class FakeDiscordAPI(LoopbackServer):
    """`GET /api/v10/users/@me`: the bot user for the good token, 401 otherwise."""

    def __init__(self, token: str = "good-token") -> None:
        super().__init__()
        self.token = token

    @property
    def base_url(self) -> str:
        return f"{self.url}/api/v10"

    def add_routes(self, application: web.Application) -> None:
        application.router.add_get("/api/v10/users/@me", self._me)

    async def _me(self, request: web.Request) -> web.Response:
        if request.headers.get("Authorization") != f"Bot {self.token}":
            return web.json_response({"message": "401: Unauthorized", "code": 0}, status=401)
        return web.json_response({"id": "42", "username": "ambassade-bot", "bot": True})


def _invoke(*args: str) -> Result:
    get_settings.cache_clear()
    return runner.invoke(app, list(args))


async def _doctor(*lang: str) -> Result:
    """The command in a thread: it runs its own event loop, the fakes run in this one."""
    return await asyncio.to_thread(_invoke, *lang, "doctor")


def _said(result: Result) -> str:
    return " ".join(result.output.split())  # Rich wraps long lines


def test_i21_3_migrate_says_the_revision_and_is_idempotent() -> None:
    first = _invoke("migrate")
    assert first.exit_code == 0, first.output
    assert f"base de données migrée : vide → {head_revision()}" in _said(first)
    again = _invoke("--lang", "en", "migrate")
    assert again.exit_code == 0
    assert f"database already up to date (revision {head_revision()})" in _said(again)


def test_i21_3_migrate_tells_an_unreachable_database(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AMBASSADE_DATABASE_URL", "postgresql+psycopg://nobody@127.0.0.1:1/none")
    result = _invoke("--lang", "en", "migrate")
    assert result.exit_code == 1
    assert "the migration failed: OperationalError" in _said(result)
    assert "AMBASSADE_DATABASE_URL" in _said(result) and "Traceback" not in result.output


@pytest.mark.skipif(not POSTGRES_URL, reason="AMBASSADE_TEST_POSTGRES_URL is not set")
def test_i21_3_migrate_on_postgresql(monkeypatch: pytest.MonkeyPatch) -> None:
    with throwaway_postgres_database("t_migrate") as url:
        monkeypatch.setenv("AMBASSADE_DATABASE_URL", url)
        result = _invoke("--lang", "en", "migrate")
        assert result.exit_code == 0 and f"→ {head_revision()}" in _said(result), result.output
        result = _invoke("--lang", "en", "doctor")
        assert f"✓ database: reachable, up to date (revision {head_revision()})" in _said(result)


async def test_i21_3_doctor_all_good(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _invoke("clients", "add", "acme", "--slack-team", "T1").exit_code == 0
    assert _invoke("migrate").exit_code == 0
    async with (
        FakeSlackAPI(team_id="T1") as slack,
        FakeDiscordAPI() as discord,
        FakeOpenAIServer(models=("chat-m", "embed-m")) as model,
    ):
        monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-good")
        monkeypatch.setenv("SLACK_API_URL", slack.base_url)
        monkeypatch.setenv("DISCORD_BOT_TOKEN", "good-token")
        monkeypatch.setenv("DISCORD_API_URL", discord.base_url)
        monkeypatch.setenv("OPENAI_BASE_URL", model.base_url)
        monkeypatch.setenv("AMBASSADE_CHAT_MODEL", "chat-m")
        result = await _doctor("--lang", "en")
        [auth] = slack.calls_to("auth.test")
    said = _said(result)
    assert result.exit_code == 0, result.output
    assert auth.headers["Authorization"] == "Bearer xoxb-good"
    for line in (
        "✓ configuration: 1 client(s) loaded: acme",
        "✓ Slack: token accepted (workspace 'Acme', bot 'ambassade')",
        "✓ Discord: token accepted (bot 'ambassade-bot')",
        f"✓ database: reachable, up to date (revision {head_revision()})",
        "✓ vector store: reachable",
        "✓ model: the endpoint answers (2 model(s) offered)",
        "all set.",
    ):
        assert line in said, said
    assert any(r.path == "/v1/models" for r in model.requests)


async def test_i21_3_doctor_says_what_is_wrong(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert _invoke("clients", "add", "acme", "--slack-team", "T1").exit_code == 0
    clients = tmp_path / "home" / "clients"
    (clients / "broken.yaml").write_text("name: broken\nlanguage: [oops\n", "utf-8")
    async with (
        FakeSlackAPI(team_id="T1") as slack,
        FakeDiscordAPI() as discord,
        FakeOpenAIServer(models=("other-model",)) as model,
    ):
        slack.fail("auth.test", "invalid_auth")
        monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-revoked")
        monkeypatch.setenv("SLACK_API_URL", slack.base_url)
        monkeypatch.setenv("DISCORD_BOT_TOKEN", "wrong-token")
        monkeypatch.setenv("DISCORD_API_URL", discord.base_url)
        monkeypatch.setenv("OPENAI_BASE_URL", model.base_url)
        monkeypatch.setenv("AMBASSADE_CHAT_MODEL", "chat-m")
        monkeypatch.setenv("AMBASSADE_CHROMA_URL", "http://127.0.0.1:1")
        result = await _doctor()  # French by default
    said = _said(result)
    assert result.exit_code == 1, result.output
    assert "✗ configuration : le fichier client" in said and "broken.yaml" in said
    assert "✓ configuration : 1 client(s) chargé(s) : acme" in said
    assert "✗ Slack : Slack refuse SLACK_BOT_TOKEN (invalid_auth)" in said
    assert "✗ Discord : Discord refuse DISCORD_BOT_TOKEN" in said
    assert "✗ base de données : joignable mais vide : lancez « ambassade migrate »" in said
    assert "✗ index vectoriel : inutilisable" in said and "AMBASSADE_CHROMA_URL" in said
    assert "✗ modèle : le point d'accès ne propose pas chat-m" in said
    assert "6 problème(s) à corriger avant de démarrer." in said
    assert "Traceback" not in result.output


async def test_i21_3_doctor_unreachable_services_and_no_platform(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert _invoke("clients", "add", "acme").exit_code == 0
    assert _invoke("migrate").exit_code == 0
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:1/v1")
    result = await _doctor("--lang", "en")
    said = _said(result)
    assert result.exit_code == 1
    assert "! platforms: no Slack or Discord token: only the console" in said
    assert "✗ model: http://127.0.0.1:1/v1/models does not answer" in said
    assert "1 problem(s) to fix before starting." in said
