"""`ambassade run slack`: the CLI checks, Socket Mode, and a real HTTP subprocess."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import aiohttp
import pytest
from typer.testing import CliRunner

from bot.adapters.slack.runner import run_slack
from bot.assistant import Assistant
from bot.cli import app
from bot.settings import Settings
from bot.tenants import ClientConfig
from tests.adapters.slack_harness import event_body, mention, signed_headers, slack_settings
from tests.fakes.slack_api import FakeSlackAPI

runner = CliRunner()


def test_slack_run_without_any_platform_says_what_to_set() -> None:
    result = runner.invoke(app, ["run"])
    assert result.exit_code == 1
    said = " ".join(result.output.split())  # Rich wraps long lines at the terminal width
    assert "SLACK_BOT_TOKEN" in said and "DISCORD_BOT_TOKEN" in said
    assert "ambassade chat" in said


def test_slack_run_names_the_missing_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    result = runner.invoke(app, ["run", "slack"])
    assert result.exit_code == 2
    assert "SLACK_BOT_TOKEN" in result.output and "SLACK_APP_TOKEN" in result.output
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
    from bot.settings import get_settings

    get_settings.cache_clear()
    result = runner.invoke(app, ["run", "slack", "--http"])
    assert result.exit_code == 2
    assert "SLACK_SIGNING_SECRET" in result.output and "SLACK_BOT_TOKEN" not in result.output
    assert "Traceback" not in result.output


def test_slack_run_refuses_an_unknown_platform() -> None:
    result = runner.invoke(app, ["--lang", "en", "run", "irc"])
    assert result.exit_code == 2 and "unknown platform 'irc'" in result.output


async def test_slack_socket_mode_answers_an_event_and_a_command(
    settings: Settings, acme: ClientConfig
) -> None:
    async with FakeSlackAPI() as api:
        configured = slack_settings(settings, api).model_copy(
            update={"slack_app_token": "xapp-test", "slack_signing_secret": None}
        )
        assistant = Assistant.build(configured)
        task = asyncio.create_task(run_slack(configured, assistant=assistant))
        try:
            envelope = {
                "type": "events_api",
                "accepts_response_payload": False,
                "payload": event_body(mention("aide")),
            }
            ack = await api.push(envelope)
            assert "payload" not in ack or not ack["payload"]
            [post] = await api.wait_for("chat.postMessage")
            assert post.params["thread_ts"] == "1690000000.000100"
            command = {
                "command": "/ambassade",
                "text": "aide",
                "team_id": "T-ACME",
                "user_id": "U-AMB",
                "channel_id": "C-GEN",
                "response_url": api.response_url(),
            }
            ack = await api.push(
                {"type": "slash_commands", "accepts_response_payload": True, "payload": command}
            )
            assert ack["payload"]["text"] == "⏳"
            [answer] = await api.wait_for("response_url")
            assert "Voici ce que je peux faire" in answer.params["text"]
            assert api.calls_to("apps.connections.open")
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
            await assistant.aclose()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


async def _wait_until_listening(port: int, process: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, "ambassade run slack exited early"
        try:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.close()
            return
        except OSError:
            await asyncio.sleep(0.1)
    raise AssertionError(f"nothing listening on {port} after {timeout}s")


async def test_slack_run_http_subprocess_answers_a_signed_mention(tmp_path: Path) -> None:
    home = Path(os.environ["AMBASSADE_HOME"])
    added = runner.invoke(app, ["clients", "add", "acme", "--slack-team", "T1"])
    assert added.exit_code == 0, added.output
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "charte.md").write_text(
        "# Charte\n\n## Points\n\nUn témoignage vidéo rapporte 60 points.\n", encoding="utf-8"
    )
    ingested = runner.invoke(
        app, ["ingest", "--client", "acme", "--sensitivity", "public", str(docs)]
    )
    assert ingested.exit_code == 0, ingested.output
    port = _free_port()
    secret = "subprocess-secret"
    async with FakeSlackAPI(team_id="T1") as api:
        env = {
            **os.environ,
            "AMBASSADE_HOME": str(home),
            "SLACK_BOT_TOKEN": "xoxb-test",
            "SLACK_SIGNING_SECRET": secret,
            "SLACK_API_URL": api.base_url,
        }
        command = [
            str(Path(sys.executable).parent / "ambassade"),
            "run",
            "slack",
            "--http",
            "--port",
            str(port),
        ]
        log_file = (tmp_path / "run.log").open("w")
        process = subprocess.Popen(command, env=env, stdout=log_file, stderr=subprocess.STDOUT)
        try:
            await _wait_until_listening(port, process, timeout=90)
            question = mention("Combien de points rapporte un témoignage vidéo ?")
            body = json.dumps(event_body(question, team="T1"))
            headers = signed_headers(body, "application/json", secret=secret)
            url = f"http://127.0.0.1:{port}/slack/events"
            async with aiohttp.ClientSession() as session:
                async with session.post(url, data=body, headers=headers) as response:
                    assert response.status == 200
                # A slow first answer replaces a "working" note: look at both kinds of call.
                deadline = time.monotonic() + 20
                while not (answers := [c for c in api.calls if "60 points" in str(c.params)]):
                    assert time.monotonic() < deadline, [c.method for c in api.calls]
                    await asyncio.sleep(0.05)
            [answer] = answers
            assert answer.params["channel"] == "C-GEN"
            assert "« Un témoignage vidéo rapporte 60 points. » [1]" in answer.params["text"]
            assert "[1] Charte › Points" in json.dumps(answer.params["blocks"], ensure_ascii=False)
            assert answer.headers["Authorization"] == "Bearer xoxb-test"
        finally:
            process.send_signal(signal.SIGTERM)
            try:
                code = process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                code = process.wait(timeout=5)
            log_file.close()
        assert code == 0, (tmp_path / "run.log").read_text()


def test_slack_manifest_asks_exactly_what_the_adapter_uses() -> None:
    import yaml

    from bot.adapters.slack.app import COMMAND

    manifest = yaml.safe_load((Path(__file__).parents[2] / "manifest.yaml").read_text("utf-8"))
    assert set(manifest["oauth_config"]["scopes"]["bot"]) == {
        "app_mentions:read",
        "chat:write",
        "commands",
        "files:read",
        "files:write",
        "im:history",
        "im:write",
        "usergroups:read",
        "users:read",
    }
    settings = manifest["settings"]
    assert set(settings["event_subscriptions"]["bot_events"]) == {
        "app_mention",
        "message.im",
        "app_home_opened",
    }
    assert [c["command"] for c in manifest["features"]["slash_commands"]] == [COMMAND]
    assert settings["interactivity"]["is_enabled"] and settings["socket_mode_enabled"]
    assert manifest["features"]["app_home"]["home_tab_enabled"]
