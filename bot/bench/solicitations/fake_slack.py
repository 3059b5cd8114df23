"""A minimal Slack Web API on loopback for `ambassade bench solicitations`.

Only what the adapter's sending path calls: `auth.test`, `conversations.open` (a DM
channel `D<user>`), `chat.postMessage` (its `metadata` kept with the message),
`chat.update` (an answer replacing its "working" note) and `conversations.history` (what a
sender reads back before resending a row after a crash, `slack_history`). Every post and
update is recorded with the wall-clock time it arrived, so lateness, duplicates and misses
are counted on the receiving side; every read-back is counted; `listeners` are called
with each post and update as it arrives.

It lives in the runtime package (not `tests/fakes`) because the bench is a command of
the installed tool and `tests/` is not shipped; it is deliberately smaller than the
test fake (no uploads, sockets, rate limits).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass

from aiohttp import web

from bot.bench.solicitations.slack_history import ChannelHistory


@dataclass(frozen=True, slots=True)
class Post:
    channel: str
    text: str
    at: float  # time.time() on arrival
    ts: str = ""  # the message's id in its channel (an update keeps the ts it replaces)


class BenchSlackAPI:
    def __init__(self) -> None:
        self.posts: list[Post] = []
        self.updates: list[Post] = []  # chat.update calls
        self.listeners: list[Callable[[Post], None]] = []
        self.history = ChannelHistory()
        self.lookups = 0  # conversations.history calls
        self._last_ts = 0.0
        self._runner: web.AppRunner | None = None
        self.url = ""

    @property
    def base_url(self) -> str:
        return f"{self.url}/api/"

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/api/{method}", self._api)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        host, port = self._runner.addresses[0][:2]
        self.url = f"http://{host}:{port}"

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params: dict = dict(request.query)
        if request.content_type == "application/json":
            params.update(await request.json())
        else:
            params.update(await request.post())
        if method == "auth.test":
            answer = {"team_id": "T-BENCH", "user_id": "UBOT", "bot_id": "BBOT"}
        elif method == "conversations.open":
            answer = {"channel": {"id": f"D{params.get('users')}"}}
        elif method == "chat.postMessage":
            text = str(params.get("text") or "")
            blocks = params.get("blocks")
            if blocks and not isinstance(blocks, str):
                blocks = json.dumps(blocks, ensure_ascii=False)
            channel = str(params.get("channel"))
            ts = self._next_ts()
            self._record(self.posts, Post(channel, text + (blocks or ""), time.time(), ts))
            message = self.history.post(channel, ts, params, {"bot_id": "BBOT", "user": "UBOT"})
            answer = {"channel": channel, "ts": ts, "message": message}
        elif method == "chat.update":
            channel, ts = str(params.get("channel")), str(params.get("ts"))
            text = str(params.get("text") or "")
            self._record(self.updates, Post(channel, text, time.time(), ts))
            answer = {"channel": channel, "ts": ts}
        elif method == "conversations.history":
            self.lookups += 1
            answer = self.history.history(params)
        else:
            answer = {}
        return web.json_response({"ok": True, **answer})

    def _record(self, kept: list[Post], post: Post) -> None:
        kept.append(post)
        for listener in self.listeners:
            listener(post)

    def _next_ts(self) -> str:
        """Slack's ts: the arrival time in microseconds, unique in the workspace."""
        self._last_ts = max(time.time(), self._last_ts + 1e-6)
        return f"{self._last_ts:.6f}"
