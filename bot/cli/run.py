"""`ambassade run [PLATFORM]`: start the chat platforms that are configured.

Each platform is one `PlatformRunner` (`bot.adapters.registry`): whether its tokens
are set, what is missing, and the coroutine that serves it until cancelled. They
share one assistant and one event loop; Ctrl-C or SIGTERM stops them all gracefully.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from typing import TYPE_CHECKING

import typer

from bot.adapters.registry import PLATFORMS, PlatformRunner, RunOptions, runner, runners
from bot.cli.cli_texts import tell
from bot.cli.common import client_directory, fail
from bot.settings import Settings, get_settings

if TYPE_CHECKING:
    from bot.assistant import Assistant

log = logging.getLogger(__name__)


async def _warm_up(assistant: Assistant) -> None:
    """Load the word vectors, and the person-name model when model calls will be filtered
    through it, before serving.

    Each takes seconds; done lazily, the first question (or the first model call, which
    would stall the event loop and every platform's acks) would wait that long.
    """
    from knowledge.wordvectors import shared_word_vectors

    if assistant.services.knowledge.semantic is not None:
        await asyncio.to_thread(shared_word_vectors)
    gateway = assistant.services.gateway
    if not (gateway.can_chat or gateway.can_embed):
        return
    from bot.policy.pii.ner import NerUnavailable, load_model

    with contextlib.suppress(NerUnavailable):
        await asyncio.to_thread(load_model)


async def _serve_until_stopped(
    chosen: list[PlatformRunner], settings: Settings, options: RunOptions, health_port: int | None
) -> None:
    """Serve every platform until a signal, or until one of them fails."""
    from bot.assistant import Assistant
    from bot.ops.health import serve_health, standard_checks

    assistant = Assistant.build(settings)
    await _warm_up(assistant)
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    tasks = [
        asyncio.create_task(r.serve(settings, assistant, options), name=r.name) for r in chosen
    ]
    stopper = asyncio.create_task(stop.wait())
    try:
        async with serve_health(standard_checks(assistant.services), health_port):
            await asyncio.wait([*tasks, stopper], return_when=asyncio.FIRST_COMPLETED)
            # Each runner stops taking events, then lets its turns finish (the grace).
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
    finally:
        log.info("stopping: %s", ", ".join(r.name for r in chosen))
        for task in [*tasks, stopper]:
            task.cancel()
        results = await asyncio.gather(*tasks, return_exceptions=True)
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)
        await assistant.aclose()
    failures = [r for r in results if isinstance(r, BaseException)]
    for failure in failures:
        if not isinstance(failure, asyncio.CancelledError):
            raise failure


def _missing_text(problem: str) -> str:
    """A missing-setting problem in the CLI's language (the adapters name the variable)."""
    variable = problem.split(" ", 1)[0]
    key = f"run.{variable.lower()}"
    try:
        return tell(key)
    except KeyError:
        return problem


def run(
    platform: str = typer.Argument(
        None, help=f"Start only this platform ({', '.join(PLATFORMS)}); default: all configured."
    ),
    http: bool = typer.Option(
        False, "--http", help="Slack: serve HTTP on POST /slack/events instead of Socket Mode."
    ),
    port: int = typer.Option(3000, "--port", help="Port of the HTTP mode."),
    health_port: int = typer.Option(
        None,
        "--health-port",
        help="Serve /healthz and /readyz on this port (default: AMBASSADE_HEALTH_PORT, else "
        "none; the Slack HTTP mode serves them on its own port).",
    ),
) -> None:
    """Start the bot on every platform that has its tokens set.

    Checks client files and applies database migrations first. Slack needs
    SLACK_BOT_TOKEN and SLACK_APP_TOKEN (Socket Mode), or SLACK_SIGNING_SECRET
    with --http. Discord needs DISCORD_BOT_TOKEN.
    """
    settings = get_settings()
    options = RunOptions(http=http, port=port)
    if platform is not None and platform.casefold() not in PLATFORMS:
        fail(tell("run.unknown_platform", name=platform, available=", ".join(PLATFORMS)))
    if platform is not None:
        chosen = [runner(platform.casefold())]
    else:
        chosen = [r for r in runners().values() if r.configured(settings)]
    if not chosen:
        fail(tell("run.none_configured"), code=1)
    problems = [
        f"{r.name}: {_missing_text(p)}" for r in chosen for p in r.problems(settings, options)
    ]
    if problems:
        fail("; ".join(problems))

    configs, errors = client_directory().load_all()
    for error in errors:
        log.error("client file not loaded: %s", error)
    log.info("%d client(s) ready: %s", len(configs), ", ".join(c.name for c in configs) or "-")
    try:
        health_port = health_port or settings.health_port
        if http and health_port == port:
            health_port = None  # the Slack HTTP app already answers them
        asyncio.run(_serve_until_stopped(chosen, settings, options, health_port))
    except Exception as exc:
        log.debug("platform failed", exc_info=True)
        fail(tell("run.stopped", error=f"{type(exc).__name__}: {exc}"), code=1)


def register(app: typer.Typer, bench_app: typer.Typer) -> None:
    app.command("run")(run)
