"""Issue 21, item 2: `ambassade run slack|discord|scheduler|all`.

A chat process attaches its adapter but runs no job; the leader runs them and stops them
at once when it loses the lease; the scheduler process delivers through the platforms'
Web APIs alone (no Socket Mode, no Discord gateway), each faked on loopback.
"""

from __future__ import annotations

import itertools
import json
from typing import Any

import discord
import pytest
from aiohttp import web
from typer.testing import CliRunner

from bot.adapters.discord.runner import discord_web_delivery
from bot.adapters.slack.runner import slack_web_delivery
from bot.assistant import Assistant
from bot.cli import app
from bot.core.messages import Incoming, Platform, Reply, Target
from bot.settings import Settings
from bot.tenants import ClientConfig
from tests.adapters.slack_harness import slack_settings
from tests.fakes.loopback import LoopbackServer
from tests.fakes.slack_api import FakeSlackAPI

runner = CliRunner()


def test_i21_2_scheduler_without_any_token_says_what_it_needs() -> None:
    result = runner.invoke(app, ["--lang", "en", "run", "scheduler"])
    assert result.exit_code == 1, result.output
    assert "SLACK_BOT_TOKEN" in result.output and "DISCORD_BOT_TOKEN" in result.output
    assert "no app token" in result.output and "Traceback" not in result.output
    result = runner.invoke(app, ["--lang", "fr", "run", "scheduler"])
    assert result.exit_code == 1 and "le planificateur" in result.output


def test_i21_2_unknown_role_lists_the_processes() -> None:
    result = runner.invoke(app, ["--lang", "en", "run", "worker"])
    assert result.exit_code == 2
    assert "slack, discord, scheduler, all" in result.output


async def test_i21_2_a_chat_process_runs_no_job_until_it_leads(assistant: Assistant) -> None:
    scheduler = assistant.services.scheduler
    started: list[str] = []

    class Companion:
        def stop(self) -> None:
            started.append("stopped")

    scheduler.start_with(lambda: started.append("started") or Companion())  # type: ignore[func-returns-value]

    async def deliver(incoming: Incoming, replies: list[Reply]) -> set[str]:
        return set()

    scheduler.attach(assistant.handle, deliver, platform="slack")
    assert not scheduler.running and started == []
    assert scheduler.platforms() == ("slack",)
    scheduler.start_jobs()
    assert scheduler.running and started == ["started"]
    scheduler.stop_jobs()  # the lease was lost
    assert not scheduler.running and started == ["started", "stopped"]
    assert scheduler._scheduler.get_jobs(jobstore="memory") == []
    scheduler.start_jobs()  # elected again
    assert scheduler.running and started[-1] == "started"


def _scheduled(client: str) -> Incoming:
    return Incoming(
        platform=Platform.SCHEDULER,
        workspace_id=client,
        channel_id="scheduler",
        user_id="scheduler",
        event_id="job@now",
    )


async def test_i21_2_scheduler_delivers_to_slack_without_socket_mode(
    settings: Settings, assistant: Assistant, acme: ClientConfig
) -> None:
    async with FakeSlackAPI() as api:
        configured = slack_settings(settings, api).model_copy(
            update={"slack_app_token": None, "slack_signing_secret": None}
        )
        async with slack_web_delivery(configured, assistant) as deliver:
            reply = Reply(text="Rappel", target=Target.DIRECT, user_id="U-AMB", key="r1")
            assert await deliver(_scheduled("acme"), [reply]) == {"r1"}
        [post] = api.calls_to("chat.postMessage")
        assert post.params["text"] == "Rappel"
        assert not api.calls_to("apps.connections.open")


def _json(data: dict[str, Any], status: int = 200) -> web.Response:
    """discord.py reads a body as JSON only under exactly `application/json`."""
    body = json.dumps(data).encode()
    return web.Response(body=body, status=status, headers={"Content-Type": "application/json"})


class FakeDiscordREST(LoopbackServer):
    """The REST routes a login and a DM need; there is no gateway here at all."""

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[tuple[str, dict[str, Any]]] = []
        self.gets: list[str] = []
        self._ids = itertools.count(7000)

    def add_routes(self, app: web.Application) -> None:
        app.router.add_get("/api/v10/users/@me", self._me)
        app.router.add_get("/api/v10/oauth2/applications/@me", self._application)
        app.router.add_get("/api/v10/users/{id}", self._user)
        app.router.add_post("/api/v10/users/@me/channels", self._dm)
        app.router.add_post("/api/v10/channels/{id}/messages", self._message)
        app.router.add_get("/api/v10/gateway{tail:.*}", self._gateway)

    @staticmethod
    def _user_payload(user_id: str, name: str = "lea") -> dict[str, Any]:
        return {"id": user_id, "username": name, "discriminator": "0001", "avatar": None}

    async def _me(self, request: web.Request) -> web.Response:
        return _json({**self._user_payload("42", "ambassade"), "bot": True})

    async def _application(self, request: web.Request) -> web.Response:
        return _json(
            {
                "id": "42",
                "name": "ambassade",
                "description": "",
                "icon": None,
                "bot_public": False,
                "bot_require_code_grant": False,
                "owner": self._user_payload("1", "owner"),
                "verify_key": "k",
                "flags": 0,
            }
        )

    async def _user(self, request: web.Request) -> web.Response:
        self.gets.append(request.path)
        return _json(self._user_payload(request.match_info["id"]))

    async def _dm(self, request: web.Request) -> web.Response:
        body = await request.json()
        recipient = self._user_payload(str(body["recipient_id"]))
        return _json({"id": "9100", "type": 1, "recipients": [recipient]})

    async def _message(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.messages.append((request.match_info["id"], body))
        return _json(
            {
                "id": str(next(self._ids)),
                "channel_id": request.match_info["id"],
                "type": 0,
                "content": body.get("content") or "",
                "author": {**self._user_payload("42", "ambassade"), "bot": True},
                "embeds": body.get("embeds") or [],
                "attachments": [],
                "mentions": [],
                "mention_roles": [],
                "pinned": False,
                "mention_everyone": False,
                "tts": False,
                "timestamp": "2026-01-01T00:00:00+00:00",
                "edited_timestamp": None,
                "flags": 0,
                "components": body.get("components") or [],
            }
        )

    async def _gateway(self, request: web.Request) -> web.Response:
        self.gets.append(request.path)
        return _json({"message": "no gateway in this test"}, status=500)


async def test_i21_2_scheduler_delivers_to_discord_without_the_gateway(
    settings: Settings, assistant: Assistant, acme: ClientConfig, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with FakeDiscordREST() as api:
        monkeypatch.setattr(discord.http.Route, "BASE", f"{api.url}/api/v10")
        configured = settings.model_copy(update={"discord_bot_token": "bot-token"})
        async with discord_web_delivery(configured, assistant) as deliver:
            reply = Reply(text="Rappel", target=Target.DIRECT, user_id="555", key="r1")
            assert await deliver(_scheduled("acme"), [reply]) == {"r1"}
        [(channel, body)] = api.messages
        assert channel == "9100" and "Rappel" in str(body)
        assert not [path for path in api.gets if "gateway" in path]
