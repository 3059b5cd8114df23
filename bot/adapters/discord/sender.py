"""Every Discord call that shows replies: where each reply goes, and how.

- `Target.DIRECT`: a DM to `reply.user_id` (default: the asker);
- `Target.CHANNEL`: `reply.channel_id`, else the client's `discord.staff_channel`;
- `Target.SAME`: an interaction is answered ephemerally (only the asker sees
  it); a message is answered in its channel, as a reply to it; an ephemeral
  reply to a channel message goes to the asker's DMs (Discord has no
  ephemeral messages outside interactions).

A reply an outbox row delivers (`reply.once`) is sent with nonces Discord enforces and, on
a retry after a crash, first looked for in its channel (`once`).

Each message of a reply with a `tag` has its channel and id recorded (`record`); a reply
with `replaces` edits that message instead (`bot.adapters.replacing`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import discord

from bot.adapters.delivery import Undeliverable, deliver_in_order
from bot.adapters.discord.once import once_nonce, posted_before
from bot.adapters.discord.render import OutMessage, render_reply
from bot.adapters.discord.translate import Click, Stash
from bot.adapters.discord.views import NO_MENTIONS, send_kwargs
from bot.adapters.replacing import NotReplaced, Recorder
from bot.core.messages import Form, PostedRef, Reply, Target
from bot.tenants import ClientConfig
from prompts.catalog import text as message_text

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class DiscordPlace:
    """Where the answers to one Discord event go."""

    guild_id: str  # the client's guild ("" when unknown)
    user: discord.abc.User | None
    channel: discord.abc.Messageable | None = None
    interaction: discord.Interaction | None = None
    origin: discord.Message | None = None  # the message answered (replies reference it)

    @property
    def workspace_id(self) -> str:
        return self.guild_id

    def describe(self) -> str:
        """The place in a log line."""
        return f"guild={self.guild_id}, user={self.user.id if self.user else None}"

    @property
    def is_direct(self) -> bool:
        return isinstance(self.channel, discord.DMChannel) or (
            self.interaction is not None and self.interaction.guild_id is None
        )


class Sender:
    def __init__(
        self,
        client: discord.Client,
        client_for: Callable[[str], ClientConfig | None],
        record: Recorder | None = None,
    ) -> None:
        self.client = client
        self.client_for = client_for  # the customer program of a guild (`ChatAdapter`)
        self.record = record  # where tagged messages are recorded (`bot.adapters.replacing`)
        self.clicks: Stash[Click] = Stash()
        self.forms: Stash[Form] = Stash()

    async def deliver(self, replies: Sequence[Reply], place: DiscordPlace) -> set[str]:
        return await deliver_in_order(replies, lambda reply: self.send_reply(reply, place))

    async def send_reply(self, reply: Reply, place: DiscordPlace) -> None:
        if reply.replaces is not None:
            await self._replace(reply, reply.replaces)
            return
        form_key = self.forms.put(reply.form) if reply.form is not None else None
        messages = render_reply(reply)
        for index, message in enumerate(messages):
            once = reply.once
            if once is not None and once.look_first and await self._shown(reply, place, message):
                log.warning("message %s-%d was already on Discord: not sent again", once.key, index)
                continue
            kwargs = send_kwargs(message, self.clicks, form_key)
            if once is not None:
                kwargs["nonce"] = once_nonce(once.key, index)
            reference = place.origin if index == 0 else None
            sent = await self._send_one(reply, place, kwargs, reference)
            if reply.tag is not None and self.record is not None and sent is not None:
                ref = PostedRef("discord", str(sent.channel.id), str(sent.id))
                await self.record(reply.tag, ref)

    async def _replace(self, reply: Reply, ref: PostedRef) -> None:
        """Edit a message posted earlier: its content becomes the reply's; its embed,
        buttons and files go."""
        if ref.platform != "discord":
            raise NotReplaced(f"a {ref.platform} message cannot be edited on Discord")
        channel = await self._channel(ref.channel_id)
        if channel is None:
            raise NotReplaced(f"Discord channel {ref.channel_id} not reachable")
        message = await channel.fetch_message(int(ref.message_id))  # NotFound: deleted
        first = render_reply(reply)[0]
        kwargs = send_kwargs(first, self.clicks)
        await message.edit(
            content=kwargs.get("content"),
            embeds=[kwargs["embed"]] if "embed" in kwargs else [],
            view=kwargs.get("view"),
            attachments=[],
            allowed_mentions=NO_MENTIONS,
        )

    async def _shown(self, reply: Reply, place: DiscordPlace, message: OutMessage) -> bool:
        """Whether the bot already shows `message` where `reply` goes (an earlier attempt
        posted it before its process died); False when that cannot be read."""
        assert reply.once is not None
        channel: discord.abc.Messageable | None = None
        if reply.target == Target.DIRECT:
            user = await self._user(reply.user_id) if reply.user_id else place.user
            if isinstance(user, discord.User | discord.Member):
                channel = user.dm_channel or await user.create_dm()
        elif reply.target == Target.CHANNEL:
            channel = await self._channel(reply.channel_id or self._staff_channel(place.guild_id))
        if channel is None or self.client.user is None:
            return False
        try:
            return await posted_before(channel, self.client.user.id, message, reply.once.since)
        except discord.HTTPException as exc:
            log.warning("cannot read Discord messages back (%s): sent with its nonce", exc)
            return False

    async def _send_one(
        self,
        reply: Reply,
        place: DiscordPlace,
        kwargs: dict[str, Any],
        reference: discord.Message | None,
    ) -> discord.Message | None:
        """Send one message; the message posted, where one is (not an interaction's)."""
        if reply.target == Target.DIRECT:
            user = await self._user(reply.user_id) if reply.user_id else place.user
            return await self._dm(user, kwargs, place)
        if reply.target == Target.CHANNEL:
            channel = await self._channel(reply.channel_id or self._staff_channel(place.guild_id))
            if channel is None:
                raise Undeliverable(
                    f"no channel_id and no discord.staff_channel for guild {place.guild_id}"
                )
            return await channel.send(**kwargs)
        if place.interaction is not None:
            await self._respond(place.interaction, kwargs)
            return None
        if place.channel is None or (reply.ephemeral and not place.is_direct):
            return await self._dm(place.user, kwargs, place)
        if reference is not None:
            return await place.channel.send(reference=reference, mention_author=False, **kwargs)
        return await place.channel.send(**kwargs)

    async def _respond(self, interaction: discord.Interaction, kwargs: dict[str, Any]) -> None:
        if interaction.response.is_done():
            await interaction.followup.send(ephemeral=True, **kwargs)
        else:
            await interaction.response.send_message(ephemeral=True, **kwargs)

    async def _dm(
        self, user: discord.abc.User | None, kwargs: dict[str, Any], place: DiscordPlace
    ) -> discord.Message | None:
        if user is None:
            raise Undeliverable(f"direct message without a recipient (guild {place.guild_id})")
        try:
            return await user.send(**kwargs)
        except discord.Forbidden:
            log.warning("user %s does not accept DMs from the bot", user.id)
            if place.interaction is not None and user.id == place.interaction.user.id:
                await self._respond(place.interaction, kwargs)  # show it here instead
            elif place.channel is not None and user == place.user:
                note = self._note(place, "discord.dm_closed", user=user.mention)
                await place.channel.send(
                    content=note,
                    allowed_mentions=discord.AllowedMentions(users=[user]),  # type: ignore[list-item]
                )
            else:
                raise Undeliverable(f"user {user.id} does not accept DMs from the bot") from None
        return None  # shown elsewhere, not as a message to edit later

    def _note(self, place: DiscordPlace, key: str, **values: Any) -> str:
        config = self.client_for(place.guild_id)
        return message_text(config.language if config else None, key, **values)

    async def _user(self, user_id: str) -> discord.abc.User | None:
        try:
            snowflake = int(user_id)
        except ValueError:
            log.error("not a Discord user id: %r", user_id)
            return None
        user = self.client.get_user(snowflake)
        if user is not None:
            return user
        try:
            return await self.client.fetch_user(snowflake)
        except discord.HTTPException:
            log.exception("Discord user %s not found", user_id)
            return None

    async def _channel(self, channel_id: str | None) -> discord.abc.Messageable | None:
        if not channel_id:
            return None
        try:
            snowflake = int(channel_id)
        except ValueError:
            log.error("not a Discord channel id: %r", channel_id)
            return None
        channel = self.client.get_channel(snowflake)
        if channel is None:
            try:
                channel = await self.client.fetch_channel(snowflake)
            except discord.HTTPException:
                log.exception("Discord channel %s not reachable", channel_id)
                return None
        return channel if isinstance(channel, discord.abc.Messageable) else None

    def _staff_channel(self, guild_id: str) -> str | None:
        config = self.client_for(guild_id)
        return config.discord.staff_channel if config else None
