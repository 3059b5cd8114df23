"""Test harness for the Discord adapter: dpytest for the gateway, a loopback fake for interactions.

Messages go through dpytest (a fake gateway and REST backend); what the bot
sends is recorded with its components. Interactions (app commands, clicks,
form submissions) are real `INTERACTION_CREATE` payloads parsed by the
client's own connection state; their responses and follow-ups reach
`FakeInteractionAPI`, an aiohttp server on 127.0.0.1 port 0 that speaks the
interaction callback and webhook routes of the Discord API, and the route that
publishes a guild's app commands (`publish_through`).
"""

from __future__ import annotations

import asyncio
import inspect
import itertools
import json
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import discord
import discord.ext.test as dpytest
import discord.ext.test.backend as back
import discord.ext.test.factories as facts
import pytest
import pytest_asyncio
from aiohttp import ClientSession, web

from bot.adapters.discord.client import AmbassadeClient
from bot.assistant import Assistant
from bot.core.messages import Action, Choice, ChoiceStyle
from bot.core.registry import Skill, command, on_action
from bot.core.turn import Turn
from bot.settings import Settings
from bot.tenants import ClientConfig, ClientDirectory
from tests.adapters.probe_form import PROBE_FORM
from tests.fakes.loopback import LoopbackServer
from tests.fakes.notices import NOTICE_STARTS

APPLICATION_ID = 424242
_ids = itertools.count(1_000_000)


@dataclass
class ProbeSkill(Skill):
    """Replies with the `Reply` features real skills do not all use yet; records what it got."""

    name = "probe"
    actions: list[Action] = field(default_factory=list)

    @command("liste", summary="core.help.summary")
    async def many(self, turn: Turn, args: str) -> None:
        choices = [Choice(f"Option {i}", f"opt-{i}") for i in range(7)]
        turn.ask_choice("Choisissez une option", "probe.pick", choices)

    @command("etape", summary="core.help.summary")
    async def step(self, turn: Turn, args: str) -> None:
        choices = [Choice("Idées", "ideas", ChoiceStyle.PRIMARY), Choice("Personas", "personas")]
        turn.ask_choice("Étape 2 : par quoi commençons-nous ?", "probe.pick", choices)

    @on_action("probe.pick")
    async def picked(self, turn: Turn, action: Action) -> None:
        self.actions.append(action)
        turn.say(f"Vous avez choisi : {action.value}")

    @command("formulaire", summary="core.help.summary")
    async def form(self, turn: Turn, args: str) -> None:
        turn.say("Décrivez votre idée dans le formulaire.", form=PROBE_FORM)

    @on_action("probe.form")
    async def submitted(self, turn: Turn, action: Action) -> None:
        self.actions.append(action)
        turn.say(f"Merci pour votre idée : {action.payload['idea']}")

    @command("long", summary="core.help.summary")
    async def long(self, turn: Turn, args: str) -> None:
        sentences = " ".join(f"Phrase numéro {i} du paragraphe." for i in range(40))
        turn.say("\n\n".join(f"Partie {p}. {sentences}" for p in range(int(args or 4))))

    # Named to come first among the probe's handlers (they register in name order): Discord
    # shows 25 subcommands, the real ones before these, and `/ambassade lent` must be one.
    @command("lent", summary="core.help.summary")
    async def deferred_slow(self, turn: Turn, args: str) -> None:
        await asyncio.sleep(float(args or 0.5))
        turn.say("Voici enfin la réponse.")


@dataclass
class Recorded:
    kind: str  # "callback", "followup", "edit", "delete"
    payload: dict[str, Any]
    files: list[str] = field(default_factory=list)

    @property
    def data(self) -> dict[str, Any]:
        """What a callback carries in `data`, or the follow-up/edit body itself."""
        return self.payload.get("data") or {} if self.kind == "callback" else self.payload


class FakeInteractionAPI(LoopbackServer):
    """The interaction callback and webhook (follow-up) routes of the Discord API."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[Recorded] = []
        self.notices: list[Recorded] = []  # first-contact notices, apart from the answers
        self._changed = asyncio.Condition()

    def add_routes(self, app: web.Application) -> None:
        app.router.add_post("/api/v10/interactions/{id}/{token}/callback", self._callback)
        app.router.add_post("/api/v10/webhooks/{app}/{token}", self._followup)
        app.router.add_patch("/api/v10/webhooks/{app}/{token}/messages/{message}", self._edit)
        app.router.add_delete("/api/v10/webhooks/{app}/{token}/messages/{message}", self._delete)
        app.router.add_put("/api/v10/applications/{app}/guilds/{guild}/commands", self._commands)

    async def _body(self, request: web.Request) -> tuple[dict[str, Any], list[str]]:
        if request.content_type.startswith("multipart/"):
            payload: dict[str, Any] = {}
            files: list[str] = []
            async for part in await request.multipart():
                if part.name == "payload_json":
                    payload = json.loads(await part.text())
                else:
                    files.append(part.filename or "")
                    await part.read()
            return payload, files
        return await request.json(), []

    async def _record(self, kind: str, request: web.Request) -> Recorded:
        payload, files = await self._body(request)
        recorded = Recorded(kind, payload, files)
        async with self._changed:
            (self.notices if is_notice(payload) else self.calls).append(recorded)
            self._changed.notify_all()
        return recorded

    async def _callback(self, request: web.Request) -> web.Response:
        recorded = await self._record("callback", request)
        interaction = {"id": request.match_info["id"], "type": recorded.payload.get("type")}
        return _json({"interaction": interaction})

    async def _followup(self, request: web.Request) -> web.Response:
        recorded = await self._record("followup", request)
        return _json(message_payload(recorded.payload))

    async def _edit(self, request: web.Request) -> web.Response:
        recorded = await self._record("edit", request)
        return _json(message_payload(recorded.payload))

    async def _commands(self, request: web.Request) -> web.Response:
        """Bulk overwrite of a guild's app commands: recorded, echoed back with ids."""
        payload = await request.json()
        guild = request.match_info["guild"]
        async with self._changed:
            self.calls.append(Recorded("commands", {"guild": guild, "commands": payload}))
            self._changed.notify_all()
        app = request.match_info["app"]
        body = [
            {**command, "id": str(next(_ids)), "application_id": app, "guild_id": guild}
            | {"version": "1", "default_member_permissions": None}
            for command in payload
        ]
        return _json_list(body)

    def published(self) -> dict[str, list[str]]:
        """Guild id -> the names of the app commands last published there."""
        return {
            c.payload["guild"]: [command["name"] for command in c.payload["commands"]]
            for c in self.calls
            if c.kind == "commands"
        }

    async def _delete(self, request: web.Request) -> web.Response:
        async with self._changed:
            self.calls.append(Recorded("delete", {"message": request.match_info["message"]}))
            self._changed.notify_all()
        return web.Response(status=204)

    async def wait_for(self, count: int, timeout: float = 5.0) -> list[Recorded]:
        async with self._changed:
            await asyncio.wait_for(
                self._changed.wait_for(lambda: len(self.calls) >= count), timeout
            )
        return list(self.calls)


def _json(data: dict[str, Any]) -> web.Response:
    # discord.py parses a body as JSON only when the content type is exactly this.
    body = json.dumps(data).encode()
    return web.Response(body=body, headers={"Content-Type": "application/json"})


def _json_list(data: list[dict[str, Any]]) -> web.Response:
    body = json.dumps(data).encode()
    return web.Response(body=body, headers={"Content-Type": "application/json"})


async def publish_through(client: AmbassadeClient, session: ClientSession) -> None:
    """Let the client publish its app commands, to the fake API (dpytest's backend cannot)."""
    http = discord.http.HTTPClient(client.loop)
    http._HTTPClient__session = session  # type: ignore[attr-defined]
    http.token = "test-token"
    http._global_over = asyncio.Event()  # what a login sets up
    http._global_over.set()
    client._connection.application_id = APPLICATION_ID
    client.tree._http = http
    client.publisher.sync = True


def message_payload(body: dict[str, Any], channel_id: int = 1) -> dict[str, Any]:
    return {
        "id": str(next(_ids)),
        "channel_id": str(channel_id),
        "type": 0,
        "content": body.get("content") or "",
        "author": {"id": str(APPLICATION_ID), "username": "ambassade", "discriminator": "0001"},
        "embeds": body.get("embeds") or [],
        "attachments": [],
        "mentions": [],
        "mention_roles": [],
        "pinned": False,
        "mention_everyone": False,
        "tts": False,
        "timestamp": "2026-01-01T00:00:00+00:00",
        "edited_timestamp": None,
        "flags": body.get("flags") or 0,
        "components": body.get("components") or [],
    }


@dataclass
class Nonces:
    """Discord's `enforce_nonce`: a second create with a nonce the same author used within
    "the past few minutes" returns the first message and creates none. `window` is those
    minutes, in seconds of the test's run (a test shortens it to play a longer outage)."""

    window: float = 180.0
    seen: dict[str, tuple[float, Any]] = field(default_factory=dict)
    repeated: list[str] = field(default_factory=list)  # nonces answered by a first message

    def known(self, payload: dict[str, Any]) -> Any | None:
        nonce = payload.get("nonce")
        if nonce is None or not payload.get("enforce_nonce"):
            return None
        found = self.seen.get(str(nonce))
        if found is None or time.monotonic() - found[0] > self.window:
            return None
        self.repeated.append(str(nonce))
        return found[1]

    def remember(self, payload: dict[str, Any], answer: Any) -> None:
        if payload.get("nonce") is not None and payload.get("enforce_nonce"):
            self.seen[str(payload["nonce"])] = (time.monotonic(), answer)


@dataclass
class Sent:
    """A message the bot sent through the REST API (dpytest's backend)."""

    channel_id: int
    payload: dict[str, Any]
    files: list[str]

    @property
    def content(self) -> str:
        return self.payload.get("content") or ""

    @property
    def embeds(self) -> list[dict[str, Any]]:
        return self.payload.get("embeds") or []

    @property
    def components(self) -> list[dict[str, Any]]:
        return [c for row in self.payload.get("components") or [] for c in row["components"]]


def all_text(payload: dict[str, Any]) -> str:
    return json.dumps(payload, ensure_ascii=False)


def components_of(payload: dict[str, Any]) -> list[dict[str, Any]]:
    return [c for row in payload.get("components") or [] for c in row.get("components", [])]


@dataclass
class DiscordHarness:
    client: AmbassadeClient
    assistant: Assistant
    probe: ProbeSkill
    api: FakeInteractionAPI
    settings: Settings
    guild: discord.Guild
    other_guild: discord.Guild
    general: discord.TextChannel
    staff: discord.TextChannel
    lea: discord.Member  # an ambassador
    marc: discord.Member  # a community manager
    sent: list[Sent] = field(default_factory=list)
    nonces: Nonces = field(default_factory=Nonces)
    notices: list[Sent] = field(default_factory=list)  # first-contact notices (issue 20)

    async def say(self, text: str, *, member: discord.Member | None = None, mention: bool = True):
        """`member` (default Léa) writes in #general, mentioning the bot."""
        assert self.client.user is not None
        content = f"<@{self.client.user.id}> {text}" if mention else text
        message = await dpytest.message(content, channel=self.general, member=member or self.lea)
        await self.settle()
        return message

    async def say_in_dm(self, text: str, *, member: discord.Member | None = None):
        author = member or self.lea
        channel = await author.create_dm()
        message = back.make_message(text, author._user, channel)
        await self.settle()
        return message

    def sent_to(self, channel_id: int) -> list[Sent]:
        return [s for s in self.sent if s.channel_id == channel_id]

    def dm_channel_id(self, member: discord.Member) -> int:
        assert member.dm_channel is not None, f"no DM with {member}"
        return member.dm_channel.id

    async def settle(self) -> None:
        """Wait for every event handler, view callback and app command started so far."""
        for _ in range(200):
            await dpytest.run_all_events()
            current = asyncio.current_task()
            pending = [
                t
                for t in asyncio.all_tasks()
                if t is not current
                and not t.done()
                and t.get_name().startswith(("discord-ui", "CommandTree"))
            ]
            if not pending:
                return
            await asyncio.wait(pending, timeout=5)

    async def _base(
        self, member: discord.Member | None, channel: discord.abc.GuildChannel | None
    ) -> dict[str, Any]:
        member = member or self.lea
        payload: dict[str, Any] = {
            "id": str(next(_ids)),
            "application_id": str(APPLICATION_ID),
            "token": f"token-{next(_ids)}",
            "version": 1,
            "locale": "fr",
            "entitlements": [],
            "authorizing_integration_owners": {},
            "attachment_size_limit": 10 * 1024 * 1024,
        }
        if channel is None:  # a DM
            dm = {
                "id": str((await member.create_dm()).id),
                "type": 1,
                "recipients": [facts.dict_from_user(member._user)],
            }
            payload |= {
                "channel_id": dm["id"],
                "channel": dm,
                "user": facts.dict_from_user(member._user),
                "context": 1,
            }
        else:
            payload |= {
                "guild_id": str(channel.guild.id),
                "guild_locale": "fr",
                "channel_id": str(channel.id),
                "channel": facts.dict_from_channel(channel),
                "member": facts.dict_from_member(member) | {"permissions": "0"},
                "context": 0,
            }
        return payload

    async def dispatch(self, payload: dict[str, Any]) -> None:
        self.client._connection.parse_interaction_create(payload)
        await self.settle()

    async def app_command(
        self,
        subcommand: str | None,
        text: str | None = None,
        *,
        member: discord.Member | None = None,
        channel: discord.abc.GuildChannel | bool | None = True,
        guild: discord.Guild | None = None,
    ) -> None:
        """`/ambassade <subcommand> texte:<text>`; `/demander question:<text>` when None."""
        where = self.general if channel is True else (channel or None)
        if guild is not None:
            where = guild.text_channels[0]
        payload = await self._base(member, where)  # type: ignore[arg-type]
        if subcommand is None:
            options = [{"name": "question", "type": 3, "value": text}]
            data = {"id": "1", "name": "demander", "type": 1, "options": options}
        else:
            inner = [{"name": "texte", "type": 3, "value": text}] if text else []
            options = [{"name": subcommand, "type": 1, "options": inner}]
            data = {"id": "2", "name": "ambassade", "type": 1, "options": options}
        if where is not None:
            data["guild_id"] = str(where.guild.id)
        await self.dispatch(payload | {"type": 2, "data": data})

    async def click(
        self,
        message_payload_: dict[str, Any],
        custom_id: str,
        *,
        values: list[str] | None = None,
        member: discord.Member | None = None,
        channel: discord.abc.GuildChannel | bool | None = True,
    ) -> None:
        """A click on a component of a message the bot sent (its recorded payload)."""
        where = self.general if channel is True else (channel or None)
        payload = await self._base(member, where)  # type: ignore[arg-type]
        message = message_payload(message_payload_, where.id if where else 1)
        data: dict[str, Any] = {"custom_id": custom_id, "component_type": 3 if values else 2}
        if values is not None:
            data["values"] = values
        await self.dispatch(payload | {"type": 3, "data": data, "message": message})

    async def submit(
        self, modal: dict[str, Any], values: dict[str, Any], *, member: discord.Member | None = None
    ) -> None:
        """Submit a modal the bot opened (its recorded callback data) with `values`."""
        components = []
        for label in modal["components"]:
            inner = label["component"]
            raw = values.get(inner["custom_id"])
            if inner["type"] == 3:  # a select
                answer = {
                    "type": 3,
                    "custom_id": inner["custom_id"],
                    "values": [raw] if raw else [],
                }
            else:
                answer = {
                    "type": 4,
                    "custom_id": inner["custom_id"],
                    "value": "" if raw is None else str(raw),
                }
            components.append({"type": 18, "component": answer})
        payload = await self._base(member, self.general)
        data = {"custom_id": modal["custom_id"], "components": components}
        await self.dispatch(payload | {"type": 5, "data": data})


def is_notice(payload: dict[str, Any]) -> bool:
    """A first-contact notice (issue 20): kept apart, so a test about an answer sees it."""
    return any(start in all_text(payload) for start in NOTICE_STARTS)


def _record_sends(
    client: discord.Client, sent: list[Sent], nonces: Nonces, notices: list[Sent] | None = None
) -> None:
    """Keep what the bot sends with its components (dpytest's backend drops them), and
    answer a repeated nonce as Discord does (dpytest's backend would create a message).
    First-contact notices go to `notices` rather than `sent`."""
    http = client.http
    original = http.send_message

    async def send_message(channel_id: int, *, params: Any) -> Any:
        # dpytest's backend reads `channel` from its caller's frame: pass it on.
        channel = inspect.currentframe().f_back.f_locals.get("channel")  # type: ignore[union-attr]  # noqa: F841
        payload = params.payload
        if payload is None:  # with files, the message travels as the multipart's payload_json
            part = next((p for p in params.multipart or [] if p["name"] == "payload_json"), None)
            payload = json.loads(part["value"]) if part else {}
        first = nonces.known(payload)
        if first is not None:
            return first
        record = Sent(int(channel_id), payload, [f.filename for f in params.files or []])
        (notices if notices is not None and is_notice(payload) else sent).append(record)
        answer = await original(channel_id, params=params)
        nonces.remember(payload, answer)
        return answer

    http.send_message = send_message  # type: ignore[method-assign]


def save_client(settings: Settings, acme: ClientConfig, guild: discord.Guild, staff: int) -> None:
    config = acme.model_copy(
        update={
            "discord": acme.discord.model_copy(
                update={"guilds": [str(guild.id)], "staff_channel": str(staff)}
            )
        }
    )
    ClientDirectory(settings.clients_dir).save(config, overwrite=True)


async def start_client(
    assistant: Assistant,
    sent: list[Sent],
    nonces: Nonces | None = None,
    notices: list[Sent] | None = None,
) -> AmbassadeClient:
    """A client configured by dpytest: one Acme guild (#general, #staff), one unknown guild."""
    # dpytest builds its fake guilds from the member cache: it needs every intent. What the
    # product asks for is `needed_intents` (tested on its own).
    client = AmbassadeClient(
        assistant,
        intents=discord.Intents.all(),
        sync_commands=False,
        defer_after=30,
        watch_every=None,  # a test looks for new guilds itself (`publish_new_guilds`)
    )
    await client._async_setup_hook()
    dpytest.configure(
        client,
        guilds=["Acme", "Ailleurs"],
        text_channels=["general", "staff"],
        members=["lea", "marc"],
    )
    client._connection._command_tree = client.tree  # dpytest's state replaced the client's
    client.http._HTTPClient__session = ClientSession()  # type: ignore[attr-defined]
    _record_sends(client, sent, nonces or Nonces(), [] if notices is None else notices)
    return client


@pytest_asyncio.fixture
async def discord_bot(
    settings: Settings, acme: ClientConfig, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[DiscordHarness]:
    async with FakeInteractionAPI() as api:
        monkeypatch.setattr(discord.http.Route, "BASE", f"{api.url}/api/v10")
        assistant = Assistant.build(settings)
        probe = ProbeSkill()
        assistant.registry.register(probe)
        sent: list[Sent] = []
        nonces = Nonces()
        notices: list[Sent] = []
        client = await start_client(assistant, sent, nonces, notices)
        guild, other = client.guilds[0], client.guilds[1]
        general, staff = guild.text_channels[0], guild.text_channels[1]
        save_client(settings, acme, guild, staff.id)
        await client.setup_hook()
        cm_role = back.make_role("cm-team", guild)
        amb_role = back.make_role("amb", guild)
        lea = next(m for m in guild.members if m.name == "lea")
        marc = next(m for m in guild.members if m.name == "marc")
        await dpytest.add_role(lea, amb_role)
        await dpytest.add_role(marc, cm_role)
        harness = DiscordHarness(
            client,
            assistant,
            probe,
            api,
            settings,
            guild,
            other,
            general,
            staff,
            lea,
            marc,
            sent,
            nonces,
            notices,
        )
        try:
            yield harness
        finally:
            # A test may have restarted the bot: close the one running now.
            await harness.client.ambassade.drain(5)
            await harness.client.http._HTTPClient__session.close()  # type: ignore[attr-defined]
            await dpytest.empty_queue()
            await harness.assistant.aclose()
