"""The Discord adapter: each message, app command, click and form submission → `Incoming`.

It asks the assistant and hands the replies to the `Sender`. Interactions are
answered within Discord's 3 seconds: a slow turn is deferred ("thinking…") and
its replies follow; a click acknowledges at once by marking the clicked message.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Sequence
from typing import Any

import aiohttp
import discord

from bot.adapters.attachments import Problem, SharedFile, Unreadable
from bot.adapters.base import ChatAdapter
from bot.adapters.discord.render import CONTENT_LIMIT, truncate
from bot.adapters.discord.sender import DiscordPlace, Sender
from bot.adapters.discord.translate import (
    addressed_to_bot,
    chosen_value,
    from_interaction,
    from_message,
    groups_of,
)
from bot.adapters.discord.views import FormModal
from bot.adapters.replacing import recorder
from bot.assistant import Assistant
from bot.core.messages import Action, Attachment, Form, Incoming, Platform, Reply

log = logging.getLogger(__name__)

TYPING_AFTER = 1.0  # seconds before "typing…" shows
TYPING_RENEW = 8.0  # Discord shows it for about 10 s
DEFER_AFTER = 2.0  # seconds: Discord drops an interaction not answered within 3


class DiscordAdapter(ChatAdapter[DiscordPlace]):
    platform = Platform.DISCORD
    label = "Discord"
    file_permission = "View Channels"

    def __init__(
        self, client: discord.Client, assistant: Assistant, *, defer_after: float = DEFER_AFTER
    ) -> None:
        super().__init__(assistant)
        self.client = client
        self.sender = Sender(client, self.client_for, recorder(assistant.services.db))
        self.clicks = self.sender.clicks
        self.defer_after = defer_after
        self.typing_after = TYPING_AFTER
        self._home_guild: dict[int, int] = {}  # user → the guild they last wrote from

    # -- what the shared adapter needs (`ChatAdapter`) ----------------------------------------

    async def send(self, replies: Sequence[Reply], place: DiscordPlace) -> set[str]:
        return await self.sender.deliver(replies, place)

    def workspace_place(self, workspace_id: str) -> DiscordPlace:
        return DiscordPlace(workspace_id, None)

    # -- configuration ----------------------------------------------------------------------

    def guild_ids(self) -> list[int]:
        """The guilds that belong to a client (one each), as Discord ids."""
        ids: list[int] = []
        for guild in self.clients.workspaces(self.platform):
            try:
                ids.append(int(guild))
            except ValueError:
                log.error("Discord guild %r of a client file is not an id", guild)
        return ids

    def _free_chat(self, guild: discord.Guild | None, channel_id: int) -> bool:
        config = self.client_for(str(guild.id)) if guild else None
        return bool(config and str(channel_id) in config.discord.free_chat_channels)

    # -- who is speaking --------------------------------------------------------------------

    async def _member_in(self, guild_id: int, user_id: int) -> discord.Member | None:
        guild = self.client.get_guild(guild_id)
        if guild is None:
            return None
        member = guild.get_member(user_id)
        if member is not None:
            return member
        try:
            return await guild.fetch_member(user_id)
        except discord.HTTPException:
            return None

    async def _who(
        self, guild: discord.Guild | None, user: discord.abc.User
    ) -> tuple[str, tuple[str, ...]]:
        """(guild id of the client, the member's roles); a DM is tied to a configured guild."""
        if guild is not None:
            self._home_guild[user.id] = guild.id
            return str(guild.id), groups_of(user)
        candidates = [self._home_guild.get(user.id), *self.guild_ids()]
        for guild_id in dict.fromkeys(g for g in candidates if g is not None):
            member = await self._member_in(guild_id, user.id)
            if member is not None:
                self._home_guild[user.id] = guild_id
                return str(guild_id), groups_of(member)
        return "", ()

    # -- messages ---------------------------------------------------------------------------

    async def on_message(self, message: discord.Message) -> None:
        me = self.client.user
        if me is None or message.author.bot or message.author.id == me.id:
            return
        if not addressed_to_bot(message, me.id, self._free_chat(message.guild, message.channel.id)):
            return
        place = DiscordPlace("", message.author, message.channel, origin=message)
        await self.guarded("message", place, self._answer_message, message)

    async def _answer_message(self, message: discord.Message) -> None:
        assert self.client.user is not None
        guild_id, groups = await self._who(message.guild, message.author)
        incoming = from_message(
            message, bot_user_id=self.client.user.id, guild_id=guild_id, groups=groups
        )
        place = DiscordPlace(guild_id, message.author, message.channel, origin=message)
        files = [shared_file(item) for item in message.attachments]
        replies = await self._with_typing(message.channel, self.answer_with_files(incoming, files))
        await self.sender.deliver(replies, place)

    async def _with_typing(
        self, channel: discord.abc.Messageable, work: Awaitable[list[Reply]]
    ) -> list[Reply]:
        """Show "ambassade is typing…" while a turn takes longer than `typing_after`."""
        task = asyncio.ensure_future(work)
        wait = self.typing_after
        while True:
            done, _ = await asyncio.wait({task}, timeout=wait)
            if done:
                return task.result()
            wait = TYPING_RENEW
            try:
                await channel.typing()  # lasts about 10 s, or until the bot sends
            except discord.HTTPException:
                log.debug("typing indicator refused", exc_info=True)

    # -- interactions -----------------------------------------------------------------------

    async def on_command(self, interaction: discord.Interaction, command: str) -> None:
        """An app command, as the text the router knows."""
        place, groups = await self._interaction_place(interaction)
        incoming = from_interaction(
            interaction, guild_id=place.guild_id, groups=groups, text=command
        )
        await self.guarded("command", place, self._answer_interaction, incoming, place)

    async def on_click(
        self, interaction: discord.Interaction, action_id: str, value: str | None, label: str
    ) -> None:
        place, groups = await self._interaction_place(interaction)
        if value is None:  # its details were in memory before a restart
            await self.tell(place, "core.stale_action")
            return
        await self.guarded("click", place, self._mark_chosen, interaction, label)
        action = Action(action_id=action_id, value=value)
        incoming = from_interaction(
            interaction, guild_id=place.guild_id, groups=groups, action=action
        )
        await self.guarded("click", place, self._answer_interaction, incoming, place)

    async def on_select(self, interaction: discord.Interaction, action_id: str) -> None:
        values = (interaction.data or {}).get("values") or []
        raw = str(values[0]) if values else ""
        value = chosen_value(raw, self.clicks)
        label = _option_label(interaction, raw) or raw
        await self.on_click(interaction, action_id, value, label)

    async def on_form_button(self, interaction: discord.Interaction, key: str) -> None:
        form = self.sender.forms.get(key)
        if form is None:
            place, _ = await self._interaction_place(interaction)
            await self.tell(place, "core.stale_action")
            return
        await interaction.response.send_modal(FormModal(form))

    async def on_form_submit(
        self, interaction: discord.Interaction, form: Form, values: dict[str, Any]
    ) -> None:
        place, groups = await self._interaction_place(interaction)
        action = Action(action_id=form.form_id, value="", payload=values)
        incoming = from_interaction(
            interaction, guild_id=place.guild_id, groups=groups, action=action
        )
        await self.guarded("form", place, self._answer_interaction, incoming, place)

    async def on_form_invalid(self, interaction: discord.Interaction, field_label: str) -> None:
        place, _ = await self._interaction_place(interaction)
        await self.tell(place, "discord.form_number", field=field_label)

    async def _interaction_place(
        self, interaction: discord.Interaction
    ) -> tuple[DiscordPlace, tuple[str, ...]]:
        """Where to answer, and the clicker's roles (from the client's guild, even in a DM)."""
        guild_id, groups = await self._who(interaction.guild, interaction.user)
        channel = interaction.channel
        messageable = channel if isinstance(channel, discord.abc.Messageable) else None
        return DiscordPlace(
            guild_id, interaction.user, messageable, interaction=interaction
        ), groups

    async def _answer_interaction(self, incoming: Incoming, place: DiscordPlace) -> None:
        interaction = place.interaction
        assert interaction is not None
        task = asyncio.ensure_future(self.assistant.handle(incoming))
        done, _ = await asyncio.wait({task}, timeout=self.defer_after)
        if not done and not interaction.response.is_done():
            await interaction.response.defer(ephemeral=True, thinking=True)
        replies = await task
        if not replies:  # nothing to say (a conversation handed to a person): no answer shown
            if not interaction.response.is_done():
                await interaction.response.defer(ephemeral=True, thinking=True)
            if (
                interaction.response.type
                == discord.InteractionResponseType.deferred_channel_message
            ):
                await interaction.delete_original_response()
            return
        await self.sender.deliver(replies, place)

    async def _mark_chosen(self, interaction: discord.Interaction, label: str) -> None:
        """Acknowledge a click at once: the buttons give way to who chose what."""
        message = interaction.message
        note = f"✅ **{label}** — {interaction.user.mention}"
        content = f"{message.content}\n\n{note}" if message and message.content else note
        await interaction.response.edit_message(
            content=truncate(content, CONTENT_LIMIT),
            view=None,
            allowed_mentions=discord.AllowedMentions.none(),
        )


def shared_file(item: discord.Attachment) -> SharedFile:
    """A file attached to a message, as the shared adapter reads it (same limit and notes)."""

    async def read(max_bytes: int) -> Attachment | None:
        if item.size > max_bytes:
            return None
        try:
            data = await item.read()
        except discord.NotFound as exc:
            raise Unreadable(Problem.UNAVAILABLE) from exc
        except discord.Forbidden as exc:
            raise Unreadable(Problem.REFUSED) from exc
        except discord.HTTPException as exc:
            raise Unreadable(Problem.HTTP_ERROR, exc.status) from exc
        except TimeoutError:
            raise  # aiohttp's read timeouts are ClientErrors too: a timeout is told as one
        except aiohttp.ClientError as exc:
            raise Unreadable(Problem.NETWORK) from exc
        return Attachment(item.filename, data, item.content_type)

    return SharedFile(item.filename, item.size, read)


def _option_label(interaction: discord.Interaction, value: str) -> str | None:
    message = interaction.message
    for row in message.components if message else []:
        for component in getattr(row, "children", []):
            for option in getattr(component, "options", []):
                if option.value == value:
                    return option.label
    return None
