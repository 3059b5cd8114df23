"""`ambassade run discord`: the CLI checks and a login against a loopback Discord API."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import discord
import pytest
from typer.testing import CliRunner

from bot.adapters.discord.invite import INVITE_PERMISSIONS, invite_url
from bot.cli import app
from bot.settings import get_settings

runner = CliRunner()


def test_discord_run_without_token_names_the_variable() -> None:
    result = runner.invoke(app, ["--lang", "en", "run", "discord"])
    assert result.exit_code == 2
    assert "DISCORD_BOT_TOKEN is not set" in result.output
    assert "Traceback" not in result.output


def test_discord_run_lists_discord_when_nothing_is_configured() -> None:
    result = runner.invoke(app, ["run"])
    assert result.exit_code == 1 and "DISCORD_BOT_TOKEN" in result.output


class _RefusingDiscord(BaseHTTPRequestHandler):
    """Answers every REST call like Discord does for a bad token."""

    def do_GET(self) -> None:
        body = b'{"message": "401: Unauthorized", "code": 0}'
        self.send_response(401)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def refusing_api(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _RefusingDiscord)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}/api/v10"
    monkeypatch.setattr(discord.http.Route, "BASE", base)
    yield base
    server.shutdown()
    server.server_close()


def test_discord_run_with_a_refused_token_says_what_to_do(
    refusing_api: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DISCORD_BOT_TOKEN", "not-a-real-token")
    get_settings.cache_clear()
    result = runner.invoke(app, ["--lang", "en", "run", "discord"])
    assert result.exit_code == 1
    assert "Discord refused DISCORD_BOT_TOKEN" in result.output
    assert "Reset Token" in result.output and "Traceback" not in result.output


def test_discord_readme_invite_link_asks_for_what_the_bot_uses() -> None:
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    value = INVITE_PERMISSIONS.value
    assert f"permissions={value}" in invite_url(1) and f"permissions={value}" in readme
    bits = [
        INVITE_PERMISSIONS.__class__(**{name: True}).value for name, on in INVITE_PERMISSIONS if on
    ]
    assert sum(bits) == value and all(f"({bit}" in readme for bit in bits)
    assert not INVITE_PERMISSIONS.administrator and not INVITE_PERMISSIONS.manage_messages
