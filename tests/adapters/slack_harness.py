"""Test harness for the Slack adapter: signed requests, payload builders, probe skills.

The real Bolt `AsyncApp` is served over HTTP on loopback (port 0) and talks to
`FakeSlackAPI`; tests POST signed events, commands, clicks and submissions to it.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import time
import urllib.parse
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import aiohttp
import pytest_asyncio
from aiohttp import web

from bot.adapters.slack.app import SlackAdapter
from bot.adapters.slack.runner import EVENTS_PATH, web_app
from bot.assistant import Assistant
from bot.core.messages import (
    Action,
    Choice,
    ChoiceStyle,
    Field,
    Image,
    Incoming,
    Target,
)
from bot.core.registry import Skill, command, on_action
from bot.core.turn import Turn
from bot.settings import Settings
from bot.tenants import ClientConfig, ClientDirectory
from tests.adapters.probe_form import PROBE_FORM
from tests.fakes.slack_api import FakeSlackAPI

SECRET = "test-signing-secret"
TEAM = "T-ACME"
HANDOFF_CHANNEL = "C-CM"
USERGROUPS = [
    {"id": "S-CM", "handle": "cm-team", "users": ["U-CM"]},
    {"id": "S-FAC", "handle": "facilitators", "users": ["U-FAC"]},
    {"id": "S-AMB", "handle": "amb", "users": ["U-AMB"]},
]
USERS = {
    "U-AMB": {
        "id": "U-AMB",
        "name": "lea",
        "tz": "America/Montreal",
        "profile": {"display_name": "Léa"},
    }
}


@dataclass
class ProbeSkill(Skill):
    """Replies using every `Reply` feature, and records what reached it."""

    name = "probe"
    actions: list[Action] = field(default_factory=list)
    incomings: list[Incoming] = field(default_factory=list)

    @command("etape", summary="core.help.summary")
    async def step(self, turn: Turn, args: str) -> None:
        choices = [Choice("Idées", "ideas", ChoiceStyle.PRIMARY), Choice("Personas", "personas")]
        turn.ask_choice("Étape 2 : par quoi commençons-nous ?", "probe.step", choices)

    @command("liste", summary="core.help.summary")
    async def many(self, turn: Turn, args: str) -> None:
        choices = [Choice(f"Option {i}", f"opt-{i}") for i in range(7)]
        turn.ask_choice("Choisissez une option", "probe.step", choices)

    @on_action("probe.step")
    async def chosen(self, turn: Turn, action: Action) -> None:
        self.actions.append(action)
        self.incomings.append(turn.incoming)
        turn.say(f"Vous avez choisi : {action.value}")

    @command("formulaire", summary="core.help.summary")
    async def form(self, turn: Turn, args: str) -> None:
        turn.say("Décrivez votre idée dans le formulaire.", form=PROBE_FORM)

    @on_action("probe.form")
    async def submitted(self, turn: Turn, action: Action) -> None:
        self.actions.append(action)
        if (action.payload.get("count") or 0) < 0:
            turn.say(
                "Formulaire à corriger", form=PROBE_FORM, fields=(Field("count", "Positif !"),)
            )
            return
        turn.say(f"Merci pour votre idée : {action.payload['idea']}")

    @command("question", summary="core.help.summary")
    async def sourced(self, turn: Turn, args: str) -> None:
        turn.say(
            "Les ambassadeurs reçoivent un kit de bienvenue.", context="Sources : charte.md §2"
        )

    @command("long", summary="core.help.summary")
    async def long(self, turn: Turn, args: str) -> None:
        turn.say("\n\n".join(f"Paragraphe {i} " + "mot " * 150 for i in range(int(args or 10))))

    @command("lent", summary="core.help.summary")
    async def slow(self, turn: Turn, args: str) -> None:
        await asyncio.sleep(float(args or 0.8))
        turn.say("Voici enfin la réponse.")

    @command("prive", summary="core.help.summary")
    async def private(self, turn: Turn, args: str) -> None:
        turn.say("Rien que pour vous.", ephemeral=True)
        turn.say("Et en message privé.", target=Target.DIRECT)

    @command("image", summary="core.help.summary")
    async def image(self, turn: Turn, args: str) -> None:
        turn.say("Le graphique :", image=Image(b"\x89PNG fake", "Participation", "chart.png"))

    @command("qui", summary="core.help.summary")
    async def who(self, turn: Turn, args: str) -> None:
        turn.say(f"{turn.incoming.user_name} · {turn.role}")


def signed_headers(body: str, content_type: str, *, secret: str = SECRET, at: int | None = None):
    timestamp = str(int(time.time()) if at is None else at)
    base = f"v0:{timestamp}:{body}".encode()
    signature = "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    return {
        "Content-Type": content_type,
        "X-Slack-Request-Timestamp": timestamp,
        "X-Slack-Signature": signature,
    }


def event_body(event: dict[str, Any], *, event_id: str = "Ev1", team: str = TEAM) -> dict:
    return {
        "token": "legacy",
        "team_id": team,
        "api_app_id": "A1",
        "type": "event_callback",
        "event_id": event_id,
        "event_time": int(time.time()),
        "event": event,
    }


def mention(
    text: str,
    *,
    user: str = "U-AMB",
    channel: str = "C-GEN",
    ts: str = "1690000000.000100",
    thread_ts: str | None = None,
) -> dict[str, Any]:
    event = {
        "type": "app_mention",
        "user": user,
        "channel": channel,
        "ts": ts,
        "text": f"<@UBOT> {text}",
        "event_ts": ts,
    }
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def direct_message(text: str, *, user: str = "U-AMB", ts: str = "1690000001.000100") -> dict:
    return {
        "type": "message",
        "channel_type": "im",
        "channel": f"D{user}",
        "user": user,
        "text": text,
        "ts": ts,
        "event_ts": ts,
    }


def message_container(call_params: dict[str, Any], ts: str, *, ephemeral: bool = False) -> dict:
    """The `container`/`message` of a click on a message the bot posted (from the fake's record)."""
    container = {
        "type": "message",
        "message_ts": ts,
        "channel_id": call_params["channel"],
        "is_ephemeral": ephemeral,
    }
    if call_params.get("thread_ts"):
        container["thread_ts"] = call_params["thread_ts"]
    message = {
        "ts": ts,
        "text": call_params.get("text"),
        "blocks": call_params.get("blocks"),
        "thread_ts": call_params.get("thread_ts"),
    }
    return {"container": container, "message": message, "channel": {"id": call_params["channel"]}}


def block_action(
    element: dict[str, Any],
    block_id: str,
    *,
    user: str = "U-AMB",
    where: dict[str, Any] | None = None,
    value: str | None = None,
) -> dict:
    """A `block_actions` payload for a click on `element` (a rendered button or select)."""
    action = {
        "action_id": element["action_id"],
        "block_id": block_id,
        "type": element["type"],
        "action_ts": "1.2",
    }
    if element["type"] == "button":
        action |= {"value": element["value"], "text": element["text"]}
    else:
        option = next(o for o in element["options"] if o["value"] == value)
        action["selected_option"] = option
    return {
        "type": "block_actions",
        "team": {"id": TEAM},
        "user": {"id": user, "team_id": TEAM},
        "trigger_id": "trigger-1",
        "response_url": "",
        "actions": [action],
        **(where or {}),
    }


def view_submission(view: dict[str, Any], values: dict[str, Any], *, user: str = "U-AMB") -> dict:
    state = {}
    for block in view["blocks"]:
        element, name = block["element"], block["block_id"]
        raw = values.get(name)
        if element["type"] == "static_select":
            option = next((o for o in element["options"] if o["value"] == raw), None)
            state[name] = {name: {"type": "static_select", "selected_option": option}}
        else:
            value = None if raw is None else str(raw)
            state[name] = {name: {"type": element["type"], "value": value}}
    submitted = {**view, "id": "V1", "state": {"values": state}}
    return {
        "type": "view_submission",
        "team": {"id": TEAM},
        "user": {"id": user, "team_id": TEAM},
        "view": submitted,
    }


@dataclass
class SlackHarness:
    api: FakeSlackAPI
    adapter: SlackAdapter
    probe: ProbeSkill
    url: str
    session: aiohttp.ClientSession

    async def post(self, body: str, content_type: str, **headers: str) -> aiohttp.ClientResponse:
        all_headers = signed_headers(body, content_type) | headers
        async with self.session.post(self.url, data=body.encode(), headers=all_headers) as resp:
            await resp.read()
            return resp

    async def event(self, event: dict[str, Any], **options: Any) -> aiohttp.ClientResponse:
        retry = options.pop("retry", None)
        headers = {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"}
        body = json.dumps(event_body(event, **options))
        return await self.post(body, "application/json", **(headers if retry else {}))

    async def command(
        self, text: str, *, user: str = "U-AMB", channel: str = "C-GEN", team: str = TEAM
    ) -> aiohttp.ClientResponse:
        fields = {
            "command": "/ambassade",
            "text": text,
            "team_id": team,
            "user_id": user,
            "user_name": user.lower(),
            "channel_id": channel,
            "channel_name": "general",
            "response_url": self.api.response_url("cmd"),
            "trigger_id": "trigger-0",
        }
        return await self.post(urllib.parse.urlencode(fields), "application/x-www-form-urlencoded")

    async def interact(self, payload: dict[str, Any]) -> aiohttp.ClientResponse:
        body = urllib.parse.urlencode({"payload": json.dumps(payload)})
        return await self.post(body, "application/x-www-form-urlencoded")

    async def interact_json(self, payload: dict[str, Any]) -> tuple[int, Any]:
        body = urllib.parse.urlencode({"payload": json.dumps(payload)})
        headers = signed_headers(body, "application/x-www-form-urlencoded")
        async with self.session.post(self.url, data=body.encode(), headers=headers) as resp:
            text = await resp.text()
            return resp.status, json.loads(text) if text else None


def slack_settings(settings: Settings, api: FakeSlackAPI) -> Settings:
    return settings.model_copy(
        update={
            "slack_bot_token": "xoxb-test",
            "slack_signing_secret": SECRET,
            "slack_api_url": api.base_url,
        }
    )


@pytest_asyncio.fixture
async def slack(settings: Settings, acme: ClientConfig) -> AsyncIterator[SlackHarness]:
    """The Bolt app on loopback, a fake Web API, and the acme client with a handoff channel."""
    config = acme.model_copy(
        update={"slack": acme.slack.model_copy(update={"handoff_channel": HANDOFF_CHANNEL})}
    )
    ClientDirectory(settings.clients_dir).save(config, overwrite=True)
    async with FakeSlackAPI(usergroups=USERGROUPS, users=USERS) as api:
        configured = slack_settings(settings, api)
        assistant = Assistant.build(configured)
        probe = ProbeSkill()
        assistant.registry.register(probe)
        # No "working" note unless a test asks for one: on a loaded machine any turn may be slow.
        adapter = SlackAdapter(configured, assistant, working_delay=30, submission_wait=1.0)
        runner = web.AppRunner(web_app(adapter.app, SECRET), access_log=None)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        host, port = runner.addresses[0][:2]
        async with aiohttp.ClientSession() as session:
            yield SlackHarness(api, adapter, probe, f"http://{host}:{port}{EVENTS_PATH}", session)
            await adapter.drain(5)
        await runner.cleanup()
        await assistant.aclose()


def blocks_of(call_params: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [b for b in call_params.get("blocks") or [] if b["type"] == kind]


def all_text(call_params: dict[str, Any]) -> str:
    """Every text in a recorded message: fallback, sections, fields, context."""
    parts = [str(call_params.get("text") or "")]
    for block in call_params.get("blocks") or []:
        parts.append(json.dumps(block, ensure_ascii=False))
    return "\n".join(parts)
