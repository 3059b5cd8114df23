"""Every Web API call the adapter makes: replies where they belong, modals, the Home tab.

Rate limits are handled by the clients' retry handlers (HTTP 429 → wait for
`Retry-After`, then try again). Where a reply goes:

- `Target.DIRECT`: a DM with `reply.user_id` (default: the asker);
- `Target.CHANNEL`: `reply.channel_id`, else the client's `slack.handoff_channel`;
- `Target.SAME`: the thread or DM it came from; through the `response_url` when
  the origin was only visible to the asker (a slash command, an ephemeral message);
  ephemeral replies stay ephemeral, except in a DM where that would only hide them.

Files cannot be ephemeral: those of a private answer go to the asker's DM.

A reply an outbox row delivers (`reply.once`) carries the row's send key in its message
metadata; on a retry after a crash it is first looked for in the channel (`once`).

A posted reply with a `tag` has its channel and ts recorded (`record`); a reply with
`replaces` is a `chat.update` of that message (`bot.adapters.replacing`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from slack_sdk.http_retry.builtin_async_handlers import AsyncRateLimitErrorRetryHandler
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

from bot.adapters.delivery import Undeliverable, deliver_in_order
from bot.adapters.replacing import NotReplaced, Recorder
from bot.adapters.slack.forms import FormStash
from bot.adapters.slack.once import once_metadata, posted_before
from bot.adapters.slack.render import WORKING_TEXT, Block, SlackMessage, Upload, render_message
from bot.adapters.slack.translate import SlackPlace
from bot.core.messages import PostedRef, PostTag, Reply, SendOnce, Target
from bot.tenants import ClientConfig

log = logging.getLogger(__name__)

RATE_LIMIT_RETRIES = 3


class DeliveryError(Exception):
    """A response_url refused a message (expired, used too many times…)."""


def rate_limit_handlers() -> list[AsyncRateLimitErrorRetryHandler]:
    return [AsyncRateLimitErrorRetryHandler(max_retry_count=RATE_LIMIT_RETRIES)]


class Sender:
    def __init__(
        self,
        client: AsyncWebClient,
        client_for: Callable[[str], ClientConfig | None],
        forms: FormStash,
        record: Recorder | None = None,
    ) -> None:
        self.client = client
        self.client_for = client_for  # the customer program of a team (`ChatAdapter`)
        self.forms = forms
        self.record = record  # where tagged messages are recorded (`bot.adapters.replacing`)
        self._dm_channels: dict[str, str] = {}

    async def deliver(
        self, replies: Sequence[Reply], place: SlackPlace, *, placeholder: str | None = None
    ) -> set[str]:
        """Send the replies in order; the first one in place replaces the "working" note."""

        async def send(reply: Reply) -> None:
            nonlocal placeholder
            placeholder = await self._send(reply, place, placeholder)

        delivered = await deliver_in_order(replies, send)
        if placeholder is not None and place.channel_id:
            await self.client.chat_delete(channel=place.channel_id, ts=placeholder)
        return delivered

    async def post_working(self, place: SlackPlace) -> str | None:
        """A visible "working" note where the answer will come; its ts, to replace it later."""
        if place.channel_id is None or place.response_url:
            return None
        response = await self.client.chat_postMessage(
            channel=place.channel_id, thread_ts=place.thread_ts, text=WORKING_TEXT
        )
        return response.get("ts")

    async def open_modal(self, trigger_id: str, view: Block) -> None:
        await self.client.views_open(trigger_id=trigger_id, view=view)

    async def publish_home(self, user_id: str, view: Block) -> None:
        await self.client.views_publish(user_id=user_id, view=view)

    async def replace_clicked(
        self, place: SlackPlace, message_ts: str | None, text: str, blocks: list[Block]
    ) -> None:
        """Show on the clicked message who chose what, in place of its buttons."""
        if place.response_url:
            await self._respond(place.response_url, SlackMessage(text, blocks), replace=True)
        elif place.channel_id and message_ts:
            await self.client.chat_update(
                channel=place.channel_id, ts=message_ts, text=text, blocks=blocks
            )

    async def _send(self, reply: Reply, place: SlackPlace, placeholder: str | None) -> str | None:
        """Send one reply; returns the placeholder ts if it is still to be replaced."""
        if reply.replaces is not None:
            await self._replace(reply, reply.replaces)
            return placeholder
        form_ref = self.forms.pack(reply.form) if reply.form is not None else None
        message = render_message(reply, form_ref=form_ref)
        if reply.target == Target.DIRECT:
            channel = await self._dm(reply.user_id or place.user_id)
            await self._post(channel, None, message, reply.once, reply.tag)
        elif reply.target == Target.CHANNEL:
            channel = reply.channel_id or self._handoff_channel(place.team_id)
            if channel is None:
                raise Undeliverable(
                    f"no channel_id and no slack.handoff_channel for team {place.team_id}"
                )
            await self._post(channel, None, message, reply.once, reply.tag)
        elif place.response_url:
            await self._respond(place.response_url, message)
            await self._upload_to_dm(place.user_id, message.uploads)
        elif place.channel_id is None:
            await self._post(await self._dm(place.user_id), None, message, tag=reply.tag)
        elif reply.ephemeral and not place.is_direct:
            await self.client.chat_postEphemeral(
                channel=place.channel_id,
                user=place.user_id,
                thread_ts=place.thread_ts if place.in_thread else None,
                text=message.text,
                blocks=message.blocks,
            )
            await self._upload_to_dm(place.user_id, message.uploads)
        elif placeholder is not None:
            await self.client.chat_update(
                channel=place.channel_id, ts=placeholder, text=message.text, blocks=message.blocks
            )
            await self._upload(place.channel_id, place.thread_ts, message.uploads)
            return None
        else:
            await self._post(place.channel_id, place.thread_ts, message, tag=reply.tag)
        return placeholder

    async def _replace(self, reply: Reply, ref: PostedRef) -> None:
        """Edit a message posted earlier: its text and blocks become the reply's."""
        if ref.platform != "slack":
            raise NotReplaced(f"a {ref.platform} message cannot be edited on Slack")
        message = render_message(reply)
        await self.client.chat_update(
            channel=ref.channel_id, ts=ref.message_id, text=message.text, blocks=message.blocks
        )

    async def _post(
        self,
        channel: str,
        thread_ts: str | None,
        message: SlackMessage,
        once: SendOnce | None = None,
        tag: PostTag | None = None,
    ) -> None:
        options: dict[str, Any] = {}
        if once is not None:
            if once.look_first and await posted_before(self.client, channel, once.key):
                log.warning("message %s was already in %s: not posted again", once.key, channel)
                return
            options["metadata"] = once_metadata(once.key)
        response = await self.client.chat_postMessage(
            channel=channel,
            thread_ts=thread_ts,
            text=message.text,
            blocks=message.blocks,
            **options,
        )
        ts = response.get("ts")
        if tag is not None and self.record is not None and ts:
            posted_in = str(response.get("channel") or channel)
            await self.record(tag, PostedRef("slack", posted_in, str(ts)))
        await self._upload(channel, thread_ts, message.uploads)

    async def _upload(self, channel: str, thread_ts: str | None, uploads: Sequence[Upload]) -> None:
        for upload in uploads:
            options: dict[str, Any] = {"alt_txt": upload.alt} if upload.alt else {}
            await self.client.files_upload_v2(
                content=upload.content,
                filename=upload.filename,
                title=upload.title,
                channel=channel,
                thread_ts=thread_ts,
                **options,
            )

    async def _upload_to_dm(self, user_id: str, uploads: Sequence[Upload]) -> None:
        if uploads:
            await self._upload(await self._dm(user_id), None, uploads)

    async def _respond(self, url: str, message: SlackMessage, *, replace: bool = False) -> None:
        webhook = AsyncWebhookClient(url, retry_handlers=rate_limit_handlers())
        response = await webhook.send(
            text=message.text,
            blocks=message.blocks,
            response_type="ephemeral",
            replace_original=replace,
        )
        if response.status_code != 200:
            raise DeliveryError(f"response_url answered {response.status_code}: {response.body}")

    async def _dm(self, user_id: str) -> str:
        channel = self._dm_channels.get(user_id)
        if channel is None:
            response = await self.client.conversations_open(users=user_id)
            channel = str(response["channel"]["id"])
            self._dm_channels[user_id] = channel
        return channel

    def _handoff_channel(self, team_id: str) -> str | None:
        config = self.client_for(team_id)
        return config.slack.handoff_channel if config else None
