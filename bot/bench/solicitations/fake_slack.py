"""A minimal Slack Web API on loopback for `ambassade bench solicitations`.

Only what the adapter's sending path calls: `auth.test`, `conversations.open` (a DM
channel `D<user>`) and `chat.postMessage`. Every post is recorded with the wall-clock
time it arrived, so lateness, duplicates and misses are counted on the receiving side.

It lives in the runtime package (not `tests/fakes`) because the bench is a command of
the installed tool and `tests/` is not shipped; it is deliberately smaller than the
test fake (no uploads, sockets, rate limits).
"""

from __future__ import annotations

import itertools
import json
import time
from dataclasses import dataclass

from aiohttp import web


@dataclass(frozen=True, slots=True)
class Post:
    channel: str
    text: str
    at: float  # time.time() on arrival


class BenchSlackAPI:
    def __init__(self) -> None:
        self.posts: list[Post] = []
        self._ts = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self.url = ""

    @property
    def base_url(self) -> str:
        return f"{self.url}/api/"

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/api/{method}", self._api)
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
            self.posts.append(Post(str(params.get("channel")), text + (blocks or ""), time.time()))
            answer = {"channel": params.get("channel"), "ts": f"1700000000.{next(self._ts):06d}"}
        else:
            answer = {}
        return web.json_response({"ok": True, **answer})
