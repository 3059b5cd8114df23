"""The discord.py client: `setup_hook` is the composition root, the adapter does the work.

`AmbassadeClient` receives the assistant, asks only for the gateway intents
the clients need, re-registers the persistent components and the app commands
at start, and hands every message to the `DiscordAdapter`. A guild that gets a client
while the bot runs gets its app commands too: when the bot joins it, or, for a guild it
is already in, within `watch_every` seconds of a client file naming it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

import discord
from discord import app_commands

from bot.adapters.discord import appcommands
from bot.adapters.discord.adapter import DEFER_AFTER, DiscordAdapter
from bot.adapters.discord.invite import invite_url
from bot.adapters.discord.views import DYNAMIC_ITEMS
from bot.assistant import Assistant
from bot.tenants import ClientConfig

log = logging.getLogger(__name__)

WATCH_EVERY = 60.0  # seconds between two looks for guilds that got a client


def needed_intents(configs: list[ClientConfig]) -> discord.Intents:
    """Guilds, guild and DM messages; message content only for mention-free channels."""
    intents = discord.Intents.none()
    intents.guilds = True
    intents.guild_messages = True
    intents.dm_messages = True
    intents.message_content = any(c.discord.free_chat_channels for c in configs)
    intents.members = any(c.discord.member_events for c in configs)  # departures
    return intents


class AmbassadeClient(discord.Client):
    """The bot: built with the assistant, wired in `setup_hook`."""

    def __init__(
        self,
        assistant: Assistant,
        *,
        intents: discord.Intents | None = None,
        sync_commands: bool = True,
        defer_after: float = DEFER_AFTER,
        watch_every: float | None = WATCH_EVERY,
        **options: Any,
    ) -> None:
        intents = intents or needed_intents(assistant.services.clients.all())
        super().__init__(intents=intents, **options)
        self.tree: app_commands.CommandTree[AmbassadeClient] = app_commands.CommandTree(self)
        self.ambassade = DiscordAdapter(self, assistant, defer_after=defer_after)
        self.publisher = appcommands.CommandPublisher(
            self.tree, assistant.registry, self.ambassade.on_command, sync=sync_commands
        )
        self.watch_every = watch_every
        self._watcher: asyncio.Task[None] | None = None

    async def setup_hook(self) -> None:
        self.add_dynamic_items(*DYNAMIC_ITEMS)
        await self.publisher.start(self.ambassade.guild_ids())
        if self.watch_every is not None and self._watcher is None:
            self._watcher = asyncio.create_task(self._watch_clients(self.watch_every))

    async def publish_new_guilds(self) -> list[int]:
        """App commands for the guilds the bot is in that got a client since the last look."""
        joined = {guild.id for guild in self.guilds}
        return await self.publisher.publish(g for g in self.ambassade.guild_ids() if g in joined)

    async def _watch_clients(self, every: float) -> None:
        while True:
            await asyncio.sleep(every)
            try:
                await self.publish_new_guilds()
            except Exception:
                log.exception("Discord: looking for guilds that got a client failed")

    async def on_guild_join(self, guild: discord.Guild) -> None:
        if guild.id in self.ambassade.guild_ids():
            await self.publisher.publish([guild.id])
        else:
            log.warning(
                "Discord guild %s (%s) joined, in no client file yet: add it with "
                "'ambassade clients add NAME --discord-guild %s'",
                guild.id,
                guild.name,
                guild.id,
            )

    async def stop_watching(self) -> None:
        if self._watcher is not None:
            self._watcher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._watcher
            self._watcher = None

    async def close(self) -> None:
        await self.stop_watching()
        await super().close()

    async def on_ready(self) -> None:
        known = set(self.ambassade.guild_ids())
        for guild in self.guilds:
            if guild.id not in known:
                log.warning(
                    "Discord guild %s (%s) is not in any client file: its members get a "
                    "polite refusal; add it with 'ambassade clients add NAME --discord-guild %s'",
                    guild.id,
                    guild.name,
                    guild.id,
                )
        log.info("Discord connected as %s in %d guild(s)", self.user, len(self.guilds))
        if self.application_id is not None:
            log.info("invite the bot to a server with: %s", invite_url(self.application_id))

    async def on_message(self, message: discord.Message) -> None:
        await self.ambassade.on_message(message)

    async def on_raw_member_remove(self, payload: discord.RawMemberRemoveEvent) -> None:
        """Someone left (or was removed from) a guild: nothing more is sent to them."""
        await self.ambassade.member_left(str(payload.guild_id), str(payload.user.id), "discord")
