"""`ambassade run [slack|discord|scheduler|all]`: start what this process runs.

Each platform is one `PlatformRunner` (`bot.adapters.registry`): whether its tokens
are set, what is missing, the coroutine that serves it until cancelled, and its delivery
through the Web API alone. `run slack` / `run discord` serve that platform's events and
store jobs but run none; `run scheduler` runs the scheduled jobs and the outbox sender,
delivering through the Web APIs, while it holds the leader lease (`bot.leader`); `run all`
(the default) does both in one process. They share one assistant and one event loop;
Ctrl-C or SIGTERM stops them all gracefully, the lease released first.
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
    chosen: list[PlatformRunner],
    settings: Settings,
    options: RunOptions,
    *,
    lead: bool = True,
    web: list[PlatformRunner] | None = None,
    health_port: int | None = None,
) -> None:
    """Serve every platform in `chosen` until a signal, or until one of them fails.

    `lead`: also run the scheduled jobs and the outbox sender whenever this process holds
    the leader lease (`bot.leader`); `web`: the platforms the jobs' replies go to through
    their Web API alone (the scheduler process, which serves no platform).
    """
    from bot.assistant import Assistant
    from bot.ops.health import serve_health, standard_checks

    assistant = Assistant.build(settings)
    await _warm_up(assistant)
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        async with serve_health(standard_checks(assistant.services), health_port):
            await _serve(assistant, chosen, settings, options, stop, lead=lead, web=web or [])
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)
        await assistant.aclose()


async def _serve(
    assistant: Assistant,
    chosen: list[PlatformRunner],
    settings: Settings,
    options: RunOptions,
    stop: asyncio.Event,
    *,
    lead: bool,
    web: list[PlatformRunner],
) -> None:
    from bot.leader import Leadership
    from bot.store.lease import lease_for

    scheduler = assistant.services.scheduler
    async with contextlib.AsyncExitStack() as web_deliveries:
        for platform in web:
            deliver = await web_deliveries.enter_async_context(
                platform.web_delivery(settings, assistant)
            )
            scheduler.attach(assistant.handle, deliver, platform=platform.name)
        # Platforms first: they attach their deliverers before the leader's first try.
        tasks = [
            asyncio.create_task(r.serve(settings, assistant, options), name=r.name) for r in chosen
        ]
        stop_leading = asyncio.Event()
        leader_task = None
        if lead:
            leadership = Leadership(
                lease_for(assistant.services.db), scheduler.start_jobs, scheduler.stop_jobs
            )
            leader_task = asyncio.create_task(leadership.run(stop_leading), name="leader")
        stopper = asyncio.create_task(stop.wait())
        watched = [*tasks, stopper, *([leader_task] if leader_task else [])]
        try:
            await asyncio.wait(watched, return_when=asyncio.FIRST_COMPLETED)
        finally:
            log.info("stopping: %s", ", ".join([r.name for r in chosen] + ["leader"] * lead))
            # Leadership goes first: the lease is released so that a follower takes over.
            stop_leading.set()
            if leader_task is not None:
                await asyncio.gather(leader_task, return_exceptions=True)
            for task in [*tasks, stopper]:
                task.cancel()
            results = await asyncio.gather(*tasks, return_exceptions=True)
    failures = [r for r in results if isinstance(r, BaseException)]
    if leader_task is not None and leader_task.exception() is not None:
        failures.append(leader_task.exception())  # type: ignore[arg-type]
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


ROLES: tuple[str, ...] = ("scheduler", "all")


def run(
    platform: str = typer.Argument(
        None,
        help=f"What this process runs: {', '.join(PLATFORMS)} (that platform's events only), "
        "scheduler (the scheduled jobs and the outbox sender, when it leads), or all "
        "(default: every configured platform, and the scheduler when it leads).",
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
    """Start the bot: one platform, the scheduler, or all of them in one process.

    Checks client files and applies database migrations first. Slack needs
    SLACK_BOT_TOKEN and SLACK_APP_TOKEN (Socket Mode), or SLACK_SIGNING_SECRET
    with --http. Discord needs DISCORD_BOT_TOKEN. The scheduler needs the bot token of
    each platform it delivers to, and no socket. Among the processes that share a
    database, one only runs the scheduled jobs at a time (a lease in the database).
    """
    settings = get_settings()
    options = RunOptions(http=http, port=port)
    name = (platform or "all").casefold()
    if name not in (*PLATFORMS, *ROLES):
        fail(tell("run.unknown_platform", name=platform, available=", ".join((*PLATFORMS, *ROLES))))
    configured = [r for r in runners().values() if r.configured(settings)]
    web: list[PlatformRunner] = []
    if name == "all":
        chosen = configured
        if not chosen:
            fail(tell("run.none_configured"), code=1)
    elif name == "scheduler":
        chosen, web = [], configured
        if not web:
            fail(tell("run.scheduler_no_platform"), code=1)
    else:
        chosen = [runner(name)]
    problems = [
        f"{r.name}: {_missing_text(p)}" for r in chosen for p in r.problems(settings, options)
    ]
    if problems:
        fail("; ".join(problems))

    configs, errors = client_directory().load_all()
    for error in errors:
        log.error("client file not loaded: %s", error)
    log.info("%d client(s) ready: %s", len(configs), ", ".join(c.name for c in configs) or "-")
    lead = name in ROLES
    try:
        health_port = health_port or settings.health_port
        if http and health_port == port:
            health_port = None  # the Slack HTTP app already answers them
        asyncio.run(
            _serve_until_stopped(
                chosen, settings, options, lead=lead, web=web, health_port=health_port
            )
        )
    except Exception as exc:
        log.debug("platform failed", exc_info=True)
        fail(tell("run.stopped", error=f"{type(exc).__name__}: {exc}"), code=1)


def register(app: typer.Typer, bench_app: typer.Typer) -> None:
    app.command("run")(run)
