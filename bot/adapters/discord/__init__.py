"""Discord: discord.py events around the platform-neutral core (translate, render, send).

`RUNNER` is what `ambassade run` starts (`bot.adapters.registry`); discord.py is imported
only when it serves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.adapters.registry import PlatformRunner, RunOptions

if TYPE_CHECKING:
    from contextlib import AbstractAsyncContextManager

    from bot.assistant import Assistant
    from bot.scheduler import Deliver
    from bot.settings import Settings


def _problems(settings: Settings, options: RunOptions) -> list[str]:
    from bot.adapters.discord.runner import discord_problems

    return discord_problems(settings)


async def _serve(settings: Settings, assistant: Assistant, options: RunOptions) -> None:
    from bot.adapters.discord.runner import run_discord

    await run_discord(settings, assistant=assistant)


def _web_delivery(settings: Settings, assistant: Assistant) -> AbstractAsyncContextManager[Deliver]:
    from bot.adapters.discord.runner import discord_web_delivery

    return discord_web_delivery(settings, assistant)


RUNNER = PlatformRunner(
    name="discord",
    configured=lambda settings: bool(settings.discord_bot_token),
    problems=_problems,
    serve=_serve,
    web_delivery=_web_delivery,
)
