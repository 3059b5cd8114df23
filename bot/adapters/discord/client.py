"""The discord.py client: `setup_hook` is the composition root, the adapter does the work.

`AmbassadeClient` receives the assistant, asks only for the gateway intents
the clients need, re-registers the persistent components and the app commands
at start, and hands every message to the `DiscordAdapter`.
"""

from __future__ import annotations

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


def needed_intents(configs: list[ClientConfig]) -> discord.Intents:
    """Guilds, guild and DM messages; message content only for mention-free channels."""
    intents = discord.Intents.none()
    intents.guilds = True
    intents.guild_messages = True
    intents.dm_messages = True
    intents.message_content = any(c.discord.free_chat_channels for c in configs)
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
        **options: Any,
    ) -> None:
        intents = intents or needed_intents(assistant.services.clients.all())
        super().__init__(intents=intents, **options)
        self.tree: app_commands.CommandTree[AmbassadeClient] = app_commands.CommandTree(self)
        self.ambassade = DiscordAdapter(self, assistant, defer_after=defer_after)
        self.sync_commands = sync_commands

    async def setup_hook(self) -> None:
        self.add_dynamic_items(*DYNAMIC_ITEMS)
        await appcommands.register(
            self.tree,
            self.ambassade.assistant.registry,
            self.ambassade.guild_ids(),
            self.ambassade.on_command,
            sync=self.sync_commands,
        )

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
