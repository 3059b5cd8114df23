"""Serve the Slack app: Socket Mode (default, no public URL) or HTTP (`POST /slack/events`).

`run_slack` runs until cancelled, then lets the turns in progress finish and
closes its connections; `ambassade run` cancels it on Ctrl-C or SIGTERM.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from typing import Any

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest

from bot.adapters.slack.app import SlackAdapter
from bot.adapters.slack.http_guard import MAX_BODY_BYTES, guarded
from bot.assistant import Assistant
from bot.core.messages import Platform
from bot.ops.health import CONNECTIONS, Check, add_health_routes, connected, standard_checks
from bot.scheduler import Deliver
from bot.settings import Settings

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"


class SlackConfigError(Exception):
    """Slack cannot start: says which environment variables are missing."""


def slack_problems(settings: Settings, *, http: bool) -> list[str]:
    """What is missing to start Slack in this mode, naming the environment variables."""
    problems = []
    if not settings.slack_bot_token:
        problems.append("SLACK_BOT_TOKEN is not set (the xoxb-… token: OAuth & Permissions)")
    if http and not settings.slack_signing_secret:
        problems.append(
            "SLACK_SIGNING_SECRET is not set (Basic Information → Signing Secret); "
            "HTTP mode needs it to check that requests come from Slack"
        )
    if not http and not settings.slack_app_token:
        problems.append(
            "SLACK_APP_TOKEN is not set (an xapp-… app-level token with connections:write, "
            "for Socket Mode); or use --http with SLACK_SIGNING_SECRET"
        )
    return problems


def web_app(
    bolt_app: AsyncApp,
    signing_secret: str,
    *,
    max_body: int = MAX_BODY_BYTES,
    checks: Sequence[Check] = (),
    closing: Callable[[], bool] = lambda: False,
) -> web.Application:
    """An aiohttp app answering `POST /slack/events` (events, commands, interactivity),
    and `/healthz` and `/readyz` with `checks` (`bot.ops.health`).

    Only requests signed by Slack reach Bolt (`http_guard`); a signed body that
    cannot be parsed gets 400, without its content in the log.
    """

    async def events(request: web.Request, body: bytes) -> web.Response:
        if closing():  # shutting down: unacknowledged, Slack sends it again (another replica)
            return web.json_response({"error": "shutting down"}, status=503)
        try:
            bolt_request = AsyncBoltRequest(
                body=body.decode("utf-8"),
                query=request.query_string,
                headers=request.headers,  # type: ignore[arg-type]
            )
        except (ValueError, TypeError, AttributeError, KeyError) as exc:  # does not parse
            log.warning(
                "Slack request refused (400): %s %s, %d bytes: signed but malformed (%s)",
                request.method,
                request.path,
                len(body),
                type(exc).__name__,
            )
            return web.json_response({"error": "malformed body"}, status=400)
        bolt_response = await bolt_app.async_dispatch(bolt_request)
        return await to_aiohttp_response(bolt_response)

    # The cap is enforced by the guard, before anything is parsed; aiohttp's own (1 MiB by
    # default) would answer a bigger body with its own 413 when it is read.
    application = web.Application(client_max_size=max_body + 1)
    application.router.add_post(EVENTS_PATH, guarded(events, signing_secret, max_body=max_body))
    add_health_routes(application, checks)
    return application


async def serve_http(adapter: SlackAdapter, host: str, port: int) -> None:
    checks = standard_checks(adapter.assistant.services)
    application = web_app(
        adapter.app, adapter.signing_secret, checks=checks, closing=lambda: adapter.closing
    )
    runner = web.AppRunner(application, access_log=None, handle_signals=False)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await adapter.open_connections()
    try:
        await site.start()
        connected("slack")
        log.info("Slack (HTTP mode) listening on http://%s:%d%s", host, port, EVENTS_PATH)
        await asyncio.Event().wait()
    finally:
        # Stop listening first: Slack retries unanswered events, on another replica.
        CONNECTIONS.stopping()
        adapter.stop_taking()
        await site.stop()
        await adapter.shutdown()
        CONNECTIONS.unregister("slack")
        await runner.cleanup()
        await adapter.close_connections()


async def serve_socket(adapter: SlackAdapter, app_token: str) -> None:
    handler = AsyncSocketModeHandler(adapter.app, app_token)
    await handler.connect_async()
    await adapter.open_connections()
    CONNECTIONS.register("slack", handler.client.is_connected)
    log.info("Slack (Socket Mode) connected")
    try:
        await asyncio.Event().wait()
    finally:
        # Close the socket first (no new event; Slack redelivers what was not acked);
        # the turns in flight answer through the Web API.
        CONNECTIONS.stopping()
        CONNECTIONS.unregister("slack")
        adapter.stop_taking()
        await handler.close_async()
        await adapter.shutdown()
        await adapter.close_connections()


async def run_slack(
    settings: Settings,
    *,
    http: bool = False,
    port: int = 3000,
    host: str = "0.0.0.0",
    assistant: Assistant | None = None,
    **adapter_options: Any,
) -> None:
    """Serve Slack until cancelled. Raises `SlackConfigError` when tokens are missing."""
    problems = slack_problems(settings, http=http)
    if problems:
        raise SlackConfigError("; ".join(problems))
    own_assistant = assistant is None
    assistant = assistant or Assistant.build(settings)
    adapter = SlackAdapter(settings, assistant, **adapter_options)
    # The jobs run in the process that leads (`ambassade run scheduler` or `run all`).
    assistant.services.scheduler.attach(
        assistant.handle, adapter.deliver_scheduled, platform=Platform.SLACK
    )
    try:
        if http:
            await serve_http(adapter, host, port)
        else:
            assert settings.slack_app_token is not None
            await serve_socket(adapter, settings.slack_app_token)
    finally:
        if own_assistant:
            await assistant.aclose()


@asynccontextmanager
async def slack_web_delivery(settings: Settings, assistant: Assistant) -> AsyncIterator[Deliver]:
    """The scheduler process's Slack delivery: the adapter's Web API client, no socket.

    Only SLACK_BOT_TOKEN is needed (and SLACK_API_URL when Slack is faked); the events
    are received by the `run slack` processes.
    """
    if not settings.slack_bot_token:
        raise SlackConfigError("SLACK_BOT_TOKEN is not set (the xoxb-… token)")
    adapter = SlackAdapter(settings, assistant)
    await adapter.open_connections()
    try:
        yield adapter.deliver_scheduled
    finally:
        await adapter.drain()
        await adapter.close_connections()
