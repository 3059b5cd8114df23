"""The Bolt app: Slack listeners that translate, call the assistant and send.

Every listener acknowledges first (Slack wants an answer within 3 s) and works
afterwards; a turn slower than `working_delay` shows a "working" note in place,
replaced by the first answer. A `view_submission` waits up to `submission_wait`
for the skill: a reply asking the same form again keeps the modal open with
`response_action: errors`, anything else closes it. Files shared with a message
are fetched (`files.py`) into its attachments after the ack, under the same "working" note.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import aiohttp
from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.adapters.base import ChatAdapter
from bot.adapters.replacing import recorder
from bot.adapters.slack import translate
from bot.adapters.slack.files import DOWNLOAD_TIMEOUT, FileFetcher
from bot.adapters.slack.forms import FormStash
from bot.adapters.slack.home import HomeProvider, dashboard, home_sections
from bot.adapters.slack.http_guard import bolt_logger
from bot.adapters.slack.people import People
from bot.adapters.slack.render import (
    WORKING_TEXT,
    mark_chosen,
    render_home,
    render_modal,
    submission_errors,
)
from bot.adapters.slack.sender import Sender, rate_limit_handlers
from bot.adapters.slack.translate import Inbound, SlackPlace
from bot.assistant import Assistant
from bot.core.messages import Incoming, Platform, Reply
from bot.settings import Settings

log = logging.getLogger(__name__)

COMMAND = "/ambassade"
_ANY = re.compile(".+")


def configure_client(client: AsyncWebClient, settings: Settings) -> AsyncWebClient:
    """Point the Web API client at `SLACK_API_URL` when set; retry 429s after `Retry-After`."""
    if settings.slack_api_url:
        client.base_url = settings.slack_api_url.rstrip("/") + "/"
    client.retry_handlers.extend(rate_limit_handlers())
    return client


class SlackAdapter(ChatAdapter[SlackPlace]):
    platform = Platform.SLACK
    label = "Slack"
    file_permission = "files:read"

    def __init__(
        self,
        settings: Settings,
        assistant: Assistant,
        *,
        home_providers: Sequence[HomeProvider] | None = None,
        working_delay: float = 1.0,
        submission_wait: float = 2.0,
        download_timeout: float = DOWNLOAD_TIMEOUT,
    ) -> None:
        super().__init__(assistant)
        # Bolt's own client, configured before its first call (auth.test): passing a client
        # instead makes Bolt warn that SLACK_BOT_TOKEN "will be unused".
        self.signing_secret = settings.slack_signing_secret or ""
        self.app = AsyncApp(
            token=settings.slack_bot_token,
            signing_secret=self.signing_secret,
            logger=bolt_logger(),  # WARNING and above, no line longer than 500 characters
        )
        self.client = configure_client(self.app.client, settings)
        self.people = People(self.client)
        self.forms = FormStash()
        self.sender = Sender(
            self.client, self.client_for, self.forms, recorder(assistant.services.db)
        )
        self.files = FileFetcher(self.client, timeout=download_timeout)
        self.home_providers = list(home_providers or dashboard(assistant))
        self.working_delay = working_delay
        self.submission_wait = submission_wait
        self._in_flight: set[str] = set()
        self._register()

    def _register(self) -> None:
        app = self.app
        app.event("app_mention")(self._on_message_event)
        app.event("message")(self._on_message_event)
        app.event("app_home_opened")(self._on_home_opened)
        app.event("user_change")(self._on_user_change)
        app.command(COMMAND)(self._on_command)
        app.action(_ANY)(self._on_action)
        app.view(_ANY)(self._on_view_submission)

    # -- the Web API's connections -----------------------------------------------------------

    async def open_connections(self) -> None:
        """One HTTP session for every Web API call of this process: its connections are
        kept alive, where slack_sdk alone opens (and, against Slack, TLS-negotiates) a new
        one per call. Bolt's per-request clients share it."""
        if self.client.session is None or self.client.session.closed:
            timeout = aiohttp.ClientTimeout(total=self.client.timeout)
            self.client.session = aiohttp.ClientSession(timeout=timeout)

    async def close_connections(self) -> None:
        session, self.client.session = self.client.session, None
        if session is not None:
            await session.close()

    # -- what the shared adapter needs (`ChatAdapter`) ----------------------------------------

    async def send(self, replies: Sequence[Reply], place: SlackPlace) -> set[str]:
        return await self.sender.deliver(replies, place)

    def workspace_place(self, workspace_id: str) -> SlackPlace:
        return SlackPlace(workspace_id, "", None)

    # -- listeners --------------------------------------------------------------------------

    async def _on_message_event(self, body: dict[str, Any], context: Any) -> None:
        inbound = translate.from_event(body, context.bot_user_id)
        if inbound is not None:
            await self._run(inbound, "event")

    async def _on_user_change(self, body: dict[str, Any]) -> None:
        """A deactivated account (`deleted: true`) is someone who left the program."""
        user = (body.get("event") or {}).get("user") or {}
        if user.get("deleted") is True:
            team = body.get("team_id") or user.get("team_id") or ""
            await self.member_left(str(team), str(user.get("id") or ""), "slack")

    async def _on_command(self, ack: Any, command: dict[str, Any]) -> None:
        await ack(text=WORKING_TEXT)
        await self._run(translate.from_command(command), "command")

    async def _on_action(self, ack: Any, body: dict[str, Any], action: dict[str, Any]) -> None:
        await ack()
        if action.get("action_id") == translate.FORM_OPEN_ACTION:
            await self.guarded(
                "form", translate.place_of_action(body), self._open_form, body, action
            )
            return
        inbound = translate.from_block_action(body, action)
        if inbound.place.channel_id is not None:
            await self.guarded("click", inbound.place, self._mark_clicked, body, action, inbound)
        await self._run(inbound, "action")
        if inbound.place.channel_id is None:
            await self.guarded("home", inbound.place, self._publish_home, inbound.incoming)

    async def _on_view_submission(
        self, ack: Any, body: dict[str, Any], view: dict[str, Any]
    ) -> None:
        inbound = translate.from_view_submission(body)
        task = asyncio.ensure_future(self.answer(inbound.incoming))
        done, _ = await asyncio.wait({task}, timeout=self.submission_wait)
        if not done or task.exception() is not None:
            await ack()
            await self.guarded("view", inbound.place, self._finish_late, task, inbound.place)
            return
        replies = task.result()
        form_id = view.get("callback_id")
        again = next((r for r in replies if r.form and r.form.form_id == form_id), None)
        if again is None:
            await ack()
        else:
            names = list((view.get("state") or {}).get("values") or {})
            await ack(response_action="errors", errors=submission_errors(again, names))
            replies = [r for r in replies if r is not again]
        await self.guarded("view", inbound.place, self.sender.deliver, replies, inbound.place)

    async def _on_home_opened(self, body: dict[str, Any]) -> None:
        inbound = translate.home_viewer(body)
        if inbound is not None:
            await self.guarded("home", inbound.place, self._publish_home, inbound.incoming)

    # -- work after the ack -----------------------------------------------------------------

    async def _run(self, inbound: Inbound, kind: str) -> None:
        """Answer one event once, even when Slack retries it while the first is in flight."""
        key = inbound.incoming.event_id
        if key is not None:
            if key in self._in_flight:
                log.info("Slack retry of event %s ignored: the first is in progress", key)
                return
            self._in_flight.add(key)
        try:
            await self.guarded(
                f"{kind} {key or ''}".strip(), inbound.place, self._answer_and_send, inbound
            )
        finally:
            if key is not None:
                self._in_flight.discard(key)

    async def _answer_and_send(self, inbound: Inbound) -> None:
        files = [self.files.shared(file) for file in inbound.files]
        task = asyncio.ensure_future(self.answer_with_files(inbound.incoming, files))
        done, _ = await asyncio.wait({task}, timeout=self.working_delay)
        placeholder = None
        if not done:
            try:
                placeholder = await self.sender.post_working(inbound.place)
            except Exception:
                log.warning("could not show the working note", exc_info=True)
        replies = await task
        await self.sender.deliver(replies, inbound.place, placeholder=placeholder)

    async def answer(self, incoming: Incoming) -> list[Reply]:
        return await self.assistant.handle(await self._with_person(incoming))

    async def _with_person(self, incoming: Incoming) -> Incoming:
        groups, profile = await asyncio.gather(
            self.people.groups_of(incoming.workspace_id, incoming.user_id),
            self.people.profile_of(incoming.user_id),
        )
        return replace(
            incoming,
            user_groups=groups,
            user_name=profile.name or incoming.user_name,
            timezone=profile.timezone,
        )

    async def _finish_late(self, task: asyncio.Future[list[Reply]], place: SlackPlace) -> None:
        await self.sender.deliver(await task, place)

    async def _open_form(self, body: dict[str, Any], action: dict[str, Any]) -> None:
        place = translate.place_of_action(body)
        form = self.forms.unpack(str(action.get("value") or ""))
        if form is None:
            await self.tell(place, "core.stale_action")
            return
        view = render_modal(form, private_metadata=place.to_metadata())
        await self.sender.open_modal(str(body.get("trigger_id")), view)

    async def _mark_clicked(
        self, body: dict[str, Any], action: dict[str, Any], inbound: Inbound
    ) -> None:
        message = body.get("message") or {}
        if not message.get("blocks") or not action.get("block_id"):
            return
        _, _, label = translate.clicked(action)
        blocks = mark_chosen(message["blocks"], action["block_id"], label, inbound.place.user_id)
        ts = (body.get("container") or {}).get("message_ts") or message.get("ts")
        await self.sender.replace_clicked(inbound.place, ts, message.get("text") or label, blocks)

    async def _publish_home(self, viewer: Incoming) -> None:
        viewer = await self._with_person(viewer)
        sections = await home_sections(self.home_providers, viewer)
        await self.sender.publish_home(viewer.user_id, render_home(sections))
