"""The chat platforms the bot can serve: one line a platform.

A platform is a package `bot/adapters/<name>/` whose `__init__` holds `RUNNER`, a
`PlatformRunner`: whether its tokens are set, what is missing to start it, and the
coroutine that serves it until cancelled, and its delivery through the Web API alone
(for the scheduler process). `ambassade run` starts them; the people
commands and the roster import know their names from here. The package's `__init__`
stays light (the platform's SDK is imported when it starts), so that `ambassade --help`
does not pay for it.
"""

from __future__ import annotations

import importlib
from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.assistant import Assistant
    from bot.scheduler import Deliver
    from bot.settings import Settings

# The registration line: a new platform adds its package's name here.
PLATFORMS: tuple[str, ...] = ("slack", "discord")


@dataclass(frozen=True)
class RunOptions:
    http: bool = False  # serve HTTP instead of a socket (platforms that offer both)
    port: int = 3000


@dataclass(frozen=True)
class PlatformRunner:
    name: str
    configured: Callable[[Settings], bool]  # its tokens are set: `ambassade run` starts it
    problems: Callable[[Settings, RunOptions], list[str]]  # what is missing, naming env vars
    serve: Callable[[Settings, Assistant, RunOptions], Awaitable[None]]
    # Delivery through the platform's Web API alone (no socket, no gateway): what the
    # scheduler process (`ambassade run scheduler`) sends the jobs' and outbox's replies with.
    web_delivery: Callable[[Settings, Assistant], AbstractAsyncContextManager[Deliver]]


def runner(name: str) -> PlatformRunner:
    """The runner of a registered platform (its package is imported, not its SDK)."""
    if name not in PLATFORMS:
        raise KeyError(f"no platform '{name}' (registered: {', '.join(PLATFORMS)})")
    found = importlib.import_module(f"bot.adapters.{name}").RUNNER
    if not isinstance(found, PlatformRunner) or found.name != name:
        raise TypeError(f"bot.adapters.{name}.RUNNER is not the PlatformRunner of '{name}'")
    return found


def runners() -> dict[str, PlatformRunner]:
    """Every registered platform's runner, in registration order."""
    return {name: runner(name) for name in PLATFORMS}
