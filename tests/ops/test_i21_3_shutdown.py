"""Issue 21 item 3: SIGTERM stops taking events, lets the turn in flight finish within
AMBASSADE_SHUTDOWN_GRACE, and exits 0 (a real `ambassade run slack --http` process)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import aiohttp
from aiohttp import web
from typer.testing import CliRunner

from bot.cli import app
from bot.settings import Settings
from bot.tenants import ClientConfig
from tests.adapters.slack_harness import event_body, mention, signed_headers
from tests.adapters.test_slack_run import _free_port, _wait_until_listening
from tests.fakes.slack_api import FakeSlackAPI

SECRET = "shutdown-secret"
SENDS = ("chat.postMessage", "chat.update")


class SlowSlackAPI(FakeSlackAPI):
    """Holds every message sent back `delay` seconds: the turn is in flight meanwhile."""

    def __init__(self, delay: float) -> None:
        super().__init__(team_id="T1")
        self.delay = delay
        self.arrived: list[float] = []
        self.answered: list[float] = []
        # Set once the test has seen what it needs: a held reply must not keep the fake
        # server's shutdown waiting for the rest of `delay`.
        self.released = asyncio.Event()

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        if method not in SENDS:
            return await super()._api(request)
        self.arrived.append(time.monotonic())
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.released.wait(), self.delay)
        response = await super()._api(request)
        self.answered.append(time.monotonic())
        return response


async def _status(session: aiohttp.ClientSession, url: str) -> int | None:
    try:
        async with session.get(url) as response:
            return response.status
    except aiohttp.ClientError:
        return None


def _start(api: FakeSlackAPI, port: int, health: int, grace: float, log: Path) -> subprocess.Popen:
    env = {
        **os.environ,
        "SLACK_BOT_TOKEN": "xoxb-test",
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_API_URL": api.base_url,
        "AMBASSADE_SHUTDOWN_GRACE": str(grace),
        "AMBASSADE_LOG_FORMAT": "json",
    }
    command = [str(Path(sys.executable).parent / "ambassade"), "run", "slack", "--http"]
    command += ["--port", str(port), "--health-port", str(health)]
    return subprocess.Popen(command, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT)


async def _send_mention(session: aiohttp.ClientSession, port: int) -> int:
    body = json.dumps(event_body(mention("aide"), team="T1"))
    headers = signed_headers(body, "application/json", secret=SECRET)
    url = f"http://127.0.0.1:{port}/slack/events"
    async with session.post(url, data=body, headers=headers) as response:
        return response.status


async def _wait_for(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, what
        await asyncio.sleep(0.05)


def _add_client() -> None:
    added = CliRunner().invoke(app, ["clients", "add", "acme", "--slack-team", "T1"])
    assert added.exit_code == 0, added.output


async def test_i21_3_sigterm_finishes_the_turn_in_flight_then_exits_0(tmp_path: Path) -> None:
    _add_client()
    port, health = _free_port(), _free_port()
    log = tmp_path / "run.log"
    async with SlowSlackAPI(delay=3.0) as api, aiohttp.ClientSession() as session:
        process = _start(api, port, health, grace=20, log=log)
        try:
            await _wait_until_listening(port, process, timeout=120)
            ready = f"http://127.0.0.1:{health}/readyz"
            assert await _status(session, ready) == 200
            assert await _send_mention(session, port) == 200
            await _wait_for(lambda: api.arrived, 20, "no reply left the bot")
            process.send_signal(signal.SIGTERM)
            signalled = time.monotonic()
            # Not ready any more, and no new event is taken, while the turn finishes.
            statuses = set()
            while process.poll() is None and 503 not in statuses:
                assert time.monotonic() - signalled < 20
                statuses.add(await _status(session, ready))
                await asyncio.sleep(0.05)
            assert not api.answered or api.answered[-1] > signalled  # still in flight then
            try:  # on the connection kept alive from the first event, or a new one
                events_port: int | None = await _send_mention(session, port)
            except aiohttp.ClientError:
                events_port = None
            code = await asyncio.to_thread(process.wait, 30)
            ended = time.monotonic()
        finally:
            if process.poll() is None:
                process.kill()
                process.wait(timeout=5)
    output = log.read_text("utf-8")
    assert code == 0, output
    assert 503 in statuses, statuses
    assert events_port in (None, 503)  # no new event taken: Slack will send it again
    answers = [c for c in api.calls if c.method in SENDS and "peux faire" in str(c.params)]
    assert answers, [c.method for c in api.calls]  # the answer reached Slack before the exit
    assert api.answered and ended >= api.answered[-1]
    lines = [json.loads(line) for line in output.splitlines() if line.startswith("{")]
    assert lines and {"time", "level", "logger", "message"} <= set(lines[0])
    assert "Traceback" not in output


async def test_i21_3_sigterm_gives_up_on_a_turn_after_the_grace(tmp_path: Path) -> None:
    _add_client()
    port, health = _free_port(), _free_port()
    log = tmp_path / "run.log"
    async with SlowSlackAPI(delay=60.0) as api, aiohttp.ClientSession() as session:
        process = _start(api, port, health, grace=1, log=log)
        try:
            await _wait_until_listening(port, process, timeout=120)
            assert await _send_mention(session, port) == 200
            await _wait_for(lambda: api.arrived, 20, "no reply left the bot")
            process.send_signal(signal.SIGTERM)
            signalled = time.monotonic()
            code = await asyncio.to_thread(process.wait, 30)
            took = time.monotonic() - signalled
            refused = await _status(session, f"http://127.0.0.1:{port}/healthz")
        finally:
            api.released.set()
            if process.poll() is None:
                process.kill()
                process.wait(timeout=5)
    assert code == 0, log.read_text("utf-8")
    assert took < 15, took  # the grace (1 s) plus closing, not the 60 s reply
    assert refused is None


async def test_i21_3_socket_mode_closes_the_socket_then_finishes_the_turn(
    settings: Settings, acme: ClientConfig
) -> None:
    from bot.adapters.slack.runner import run_slack
    from bot.assistant import Assistant
    from bot.ops.health import CONNECTIONS, run_checks
    from tests.adapters.slack_harness import slack_settings

    CONNECTIONS.reset()
    async with SlowSlackAPI(delay=1.5) as api:
        api.team_id = "T-ACME"
        configured = slack_settings(settings, api).model_copy(
            update={"slack_app_token": "xapp-test", "slack_signing_secret": None}
        )
        assistant = Assistant.build(configured)
        task = asyncio.create_task(run_slack(configured, assistant=assistant))
        try:
            envelope = {"type": "events_api", "payload": event_body(mention("aide"))}
            await api.push(envelope)
            assert (await run_checks([]))["platform:slack"] is None  # connected
            await _wait_for(lambda: api.arrived, 20, "no reply left the bot")
            task.cancel()  # what SIGTERM does in `ambassade run`
            await asyncio.gather(task, return_exceptions=True)
            stopped = time.monotonic()
            checks = await run_checks([])
        finally:
            await assistant.aclose()
    assert api.answered and api.answered[-1] <= stopped  # the turn finished first
    assert any("peux faire" in str(c.params) for c in api.calls if c.method in SENDS)
    assert checks == {"shutdown": "the process is shutting down"}
