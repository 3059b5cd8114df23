"""`/healthz` and `/readyz` for every bot process (issue 21).

- `/healthz`: the process is alive and its event loop answers (always 200).
- `/readyz`: each named check with its status; 200 when all pass, 503 when one fails.

The checks are `Check`s: a name and a probe that returns None when all is well, else
what is wrong (a short English phrase for operators). The standard ones are the
database, the vector store and the platform connections (`CONNECTIONS`: each runner
says whether its connection is up while it serves). A process stopping marks itself
so (`CONNECTIONS.stopping()`), so a load balancer stops sending it work at once.

The Slack HTTP mode adds the routes to its own app (`add_health_routes`); other
processes start `serve_health(checks, port)` on `--health-port` / AMBASSADE_HEALTH_PORT.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from aiohttp import web

if TYPE_CHECKING:
    from bot.services import Services

log = logging.getLogger(__name__)

HEALTH_PATH = "/healthz"
READY_PATH = "/readyz"
CHECK_TIMEOUT_S = 5.0

Probe = Callable[[], Awaitable[str | None]]


@dataclass(frozen=True)
class Check:
    name: str
    probe: Probe  # None: fine; a string: what is wrong


class Connections:
    """The platform connections of this process, as their runners report them."""

    def __init__(self) -> None:
        self._up: dict[str, Callable[[], Awaitable[bool]]] = {}
        self._stopping = False

    def register(self, name: str, is_up: Callable[[], Awaitable[bool]]) -> None:
        if not self._up:  # a new start in this process (tests start and stop many)
            self._stopping = False
        self._up[name] = is_up

    def unregister(self, name: str) -> None:
        self._up.pop(name, None)

    def stopping(self) -> None:
        self._stopping = True

    def reset(self) -> None:
        self._up.clear()
        self._stopping = False

    def checks(self) -> list[Check]:
        found = [Check("shutdown", self._shutdown_probe)]
        for name in list(self._up):
            found.append(Check(f"platform:{name}", self._platform_probe(name)))
        return found

    async def _shutdown_probe(self) -> str | None:
        return "the process is shutting down" if self._stopping else None

    def _platform_probe(self, name: str) -> Probe:
        async def probe() -> str | None:
            is_up = self._up.get(name)
            if is_up is None:
                return "not connected"
            return None if await is_up() else "connection down"

        return probe


CONNECTIONS = Connections()


async def _always_up() -> bool:
    return True


def connected(name: str) -> None:
    """A platform whose connection is up as long as the process serves it (HTTP mode)."""
    CONNECTIONS.register(name, _always_up)


def database_check(services: Services) -> Check:
    from sqlalchemy import text

    def ping() -> None:
        with services.db.engine.connect() as connection:
            connection.execute(text("SELECT 1"))

    async def probe() -> str | None:
        try:
            await asyncio.to_thread(ping)
        except Exception as exc:
            return f"unreachable ({type(exc).__name__})"
        return None

    return Check("database", probe)


def vector_store_check(services: Services) -> Check:
    from bot.ops.stores import vector_store_problem

    async def probe() -> str | None:
        return await vector_store_problem(services.settings)

    return Check("vector_store", probe)


def standard_checks(services: Services) -> list[Check]:
    """The database and the vector store; `run_checks` adds the platform connections."""
    return [database_check(services), vector_store_check(services)]


async def run_checks(checks: Sequence[Check]) -> dict[str, str | None]:
    """Every check's problem (None: fine), each bounded by `CHECK_TIMEOUT_S`."""

    async def one(check: Check) -> str | None:
        try:
            return await asyncio.wait_for(check.probe(), CHECK_TIMEOUT_S)
        except TimeoutError:
            return f"no answer within {CHECK_TIMEOUT_S:g} s"
        except Exception as exc:
            return f"check failed ({type(exc).__name__})"

    expanded = [*checks, *CONNECTIONS.checks()]
    results = await asyncio.gather(*(one(c) for c in expanded))
    return {c.name: r for c, r in zip(expanded, results, strict=True)}


def _status(problem: str | None) -> dict[str, str]:
    return {"status": "fail", "error": problem} if problem else {"status": "ok"}


def add_health_routes(application: web.Application, checks: Sequence[Check]) -> None:
    async def healthz(_request: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    async def readyz(_request: web.Request) -> web.Response:
        problems = await run_checks(checks)
        failing = {name: problem for name, problem in problems.items() if problem}
        body = {
            "status": "fail" if failing else "ok",
            "checks": {name: _status(problem) for name, problem in problems.items()},
        }
        if failing:
            log.warning("not ready: %s", "; ".join(f"{k}: {v}" for k, v in failing.items()))
        return web.json_response(body, status=503 if failing else 200)

    application.router.add_get(HEALTH_PATH, healthz)
    application.router.add_get(READY_PATH, readyz)


async def start_health_server(
    checks: Sequence[Check], port: int, host: str = "0.0.0.0"
) -> web.AppRunner:
    """Serve the two routes on `port` (0: any free port); `runner.cleanup()` stops it."""
    application = web.Application()
    add_health_routes(application, checks)
    runner = web.AppRunner(application, access_log=None, handle_signals=False)
    await runner.setup()
    await web.TCPSite(runner, host, port).start()
    log.info("health checks on http://%s:%d%s and %s", host, port, HEALTH_PATH, READY_PATH)
    return runner


def bound_port(runner: web.AppRunner) -> int:
    """The port a server started on port 0 listens on."""
    for address in runner.addresses:
        return int(address[1])
    raise RuntimeError("the health server listens nowhere")


@asynccontextmanager
async def serve_health(
    checks: Sequence[Check], port: int | None, host: str = "0.0.0.0"
) -> AsyncIterator[web.AppRunner | None]:
    """The health server for the block's duration; nothing when `port` is None."""
    if port is None:
        yield None
        return
    runner = await start_health_server(checks, port, host)
    try:
        yield runner
    finally:
        await runner.cleanup()
