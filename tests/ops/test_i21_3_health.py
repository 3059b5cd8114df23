"""Issue 21 item 3: `/healthz` and `/readyz` with named checks; 503 when one fails."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator
from types import SimpleNamespace

import aiohttp
import pytest

from bot.assistant import Assistant
from bot.ops.health import (
    CONNECTIONS,
    Check,
    bound_port,
    serve_health,
    standard_checks,
)
from bot.settings import Settings
from bot.store import Database
from bot.tenants import ClientConfig


@pytest.fixture
async def bot(settings: Settings, acme: ClientConfig) -> AsyncIterator[Assistant]:
    assistant = Assistant.build(settings)
    yield assistant
    await assistant.aclose()


async def _get(port: int, path: str) -> tuple[int, dict]:
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"http://127.0.0.1:{port}{path}") as response,
    ):
        return response.status, await response.json()


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # closed again when the block ends


async def test_i21_3_healthz_and_readyz_name_every_check(bot: Assistant) -> None:
    async def up() -> bool:
        return True

    CONNECTIONS.register("slack", up)
    async with serve_health(standard_checks(bot.services), 0, "127.0.0.1") as runner:
        assert runner is not None
        port = bound_port(runner)
        assert await _get(port, "/healthz") == (200, {"status": "ok"})
        status, body = await _get(port, "/readyz")
    assert status == 200 and body["status"] == "ok"
    assert set(body["checks"]) == {"database", "vector_store", "shutdown", "platform:slack"}
    assert all(c == {"status": "ok"} for c in body["checks"].values())


async def test_i21_3_readyz_is_503_when_a_store_or_a_connection_fails(bot: Assistant) -> None:
    async def down() -> bool:
        return False

    CONNECTIONS.register("discord", down)
    chroma = f"http://127.0.0.1:{_closed_port()}"
    settings = bot.services.settings.model_copy(update={"chroma_url": chroma})
    unreachable = Database(f"postgresql+psycopg://nobody@127.0.0.1:{_closed_port()}/none")
    services = SimpleNamespace(db=unreachable, settings=settings)
    async with serve_health(standard_checks(services), 0, "127.0.0.1") as runner:
        assert runner is not None
        port = bound_port(runner)
        status, body = await _get(port, "/readyz")
        assert (await _get(port, "/healthz"))[0] == 200  # alive all the same
    assert status == 503 and body["status"] == "fail"
    checks = body["checks"]
    assert checks["database"] == {"status": "fail", "error": "unreachable (OperationalError)"}
    assert checks["vector_store"]["status"] == "fail"
    assert "Chroma server" in checks["vector_store"]["error"]
    assert checks["platform:discord"] == {"status": "fail", "error": "connection down"}
    assert checks["shutdown"] == {"status": "ok"}


async def test_i21_3_readyz_fails_once_the_process_is_stopping(bot: Assistant) -> None:
    slow = Check("slow", _never)
    CONNECTIONS.stopping()
    async with serve_health([slow], 0, "127.0.0.1") as runner:
        assert runner is not None
        status, body = await _get(bound_port(runner), "/readyz")
    assert status == 503
    assert body["checks"]["shutdown"]["error"] == "the process is shutting down"
    assert body["checks"]["slow"]["error"].startswith("no answer within")


async def _never() -> str | None:
    import asyncio

    await asyncio.sleep(60)
    return None


async def test_i21_3_no_health_server_without_a_port(bot: Assistant) -> None:
    async with serve_health(standard_checks(bot.services), None) as runner:
        assert runner is None


async def test_i21_3_the_slack_http_app_serves_the_routes(bot: Assistant) -> None:
    from aiohttp import web
    from slack_bolt.async_app import AsyncApp

    from bot.adapters.slack.runner import web_app

    bolt = AsyncApp(token="xoxb-test", signing_secret="s")
    application = web_app(bolt, "s", checks=standard_checks(bot.services))
    runner = web.AppRunner(application)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    try:
        port = bound_port(runner)
        assert (await _get(port, "/healthz"))[0] == 200
        status, body = await _get(port, "/readyz")
        assert status == 200 and "database" in body["checks"]
    finally:
        await runner.cleanup()
