"""Serve Discord until cancelled: `ambassade run discord`.

The gateway connection is outbound (no public URL needed). `run_discord`
closes the connection and lets the turns in progress finish when cancelled.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

import discord

from bot.adapters.discord.adapter import DiscordAdapter
from bot.adapters.discord.client import AmbassadeClient
from bot.assistant import Assistant
from bot.core.messages import Platform
from bot.ops.health import CONNECTIONS
from bot.scheduler import Deliver
from bot.settings import Settings

log = logging.getLogger(__name__)


class DiscordConfigError(Exception):
    """Discord cannot start: says which environment variable is missing."""


def discord_problems(settings: Settings) -> list[str]:
    """What is missing to start Discord, naming the environment variables."""
    if not settings.discord_bot_token:
        return [
            "DISCORD_BOT_TOKEN is not set (Developer Portal → your application → Bot → "
            "Reset Token; see the README, 'Discord')"
        ]
    return []


def _is_up(client: discord.Client) -> Callable[[], Awaitable[bool]]:
    async def is_up() -> bool:
        return client.is_ready() and not client.is_closed()

    return is_up


async def run_discord(
    settings: Settings, *, assistant: Assistant | None = None, **client_options: Any
) -> None:
    """Serve Discord until cancelled. Raises `DiscordConfigError` when the token is missing."""
    problems = discord_problems(settings)
    if problems:
        raise DiscordConfigError("; ".join(problems))
    own_assistant = assistant is None
    assistant = assistant or Assistant.build(settings)
    client = AmbassadeClient(assistant, **client_options)
    # The jobs run in the process that leads (`ambassade run scheduler` or `run all`).
    scheduler = assistant.services.scheduler
    scheduler.attach(
        assistant.handle, client.ambassade.deliver_scheduled, platform=Platform.DISCORD
    )
    CONNECTIONS.register("discord", _is_up(client))
    try:
        assert settings.discord_bot_token is not None
        await client.start(settings.discord_bot_token)
    except discord.LoginFailure as exc:
        raise DiscordConfigError(
            "Discord refused DISCORD_BOT_TOKEN; copy a fresh one from the Developer Portal "
            "(your application → Bot → Reset Token)"
        ) from exc
    except discord.PrivilegedIntentsRequired as exc:
        raise DiscordConfigError(
            "a client sets discord.free_chat_channels, which needs the Message Content "
            "intent: enable it in the Developer Portal (your application → Bot → "
            "Privileged Gateway Intents), or remove free_chat_channels"
        ) from exc
    finally:
        CONNECTIONS.stopping()
        CONNECTIONS.unregister("discord")
        # Replies leave through the client's HTTP session: it closes after the turns finish.
        await client.ambassade.shutdown()
        await client.close()
        if own_assistant:
            await assistant.aclose()


@asynccontextmanager
async def discord_web_delivery(settings: Settings, assistant: Assistant) -> AsyncIterator[Deliver]:
    """The scheduler process's Discord delivery: REST calls only, no gateway connection.

    `login` checks the token over HTTP; users and channels are then fetched over REST
    (nothing is cached without the gateway), and DMs are opened the same way. The events
    are received by the `run discord` process.
    """
    if not settings.discord_bot_token:
        raise DiscordConfigError("DISCORD_BOT_TOKEN is not set")
    client = discord.Client(intents=discord.Intents.none())
    try:
        await client.login(settings.discord_bot_token)
    except discord.LoginFailure as exc:
        await client.close()
        raise DiscordConfigError(
            "Discord refused DISCORD_BOT_TOKEN; copy a fresh one from the Developer Portal "
            "(your application → Bot → Reset Token)"
        ) from exc
    except BaseException:
        await client.close()
        raise
    adapter = DiscordAdapter(client, assistant)
    try:
        yield adapter.deliver_scheduled
    finally:
        await adapter.drain()
        await client.close()
