"""Slack: Bolt listeners around the platform-neutral core (translate, render, send).

`RUNNER` is what `ambassade run` starts (`bot.adapters.registry`); Bolt and the Slack SDK
are imported only when it serves.
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
    from bot.adapters.slack.runner import slack_problems

    return slack_problems(settings, http=options.http)


async def _serve(settings: Settings, assistant: Assistant, options: RunOptions) -> None:
    from bot.adapters.slack.runner import run_slack

    await run_slack(settings, http=options.http, port=options.port, assistant=assistant)


def _web_delivery(settings: Settings, assistant: Assistant) -> AbstractAsyncContextManager[Deliver]:
    from bot.adapters.slack.runner import slack_web_delivery

    return slack_web_delivery(settings, assistant)


RUNNER = PlatformRunner(
    name="slack",
    configured=lambda settings: bool(settings.slack_bot_token),
    problems=_problems,
    serve=_serve,
    web_delivery=_web_delivery,
)
