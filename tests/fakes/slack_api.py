"""A local fake of the Slack Web API, for tests: records every call, answers like Slack.

    async with FakeSlackAPI() as slack:
        settings = Settings(SLACK_API_URL=slack.base_url, ...)
        ...
        [post] = await slack.wait_for("chat.postMessage")
        assert post.params["thread_ts"] == "1700000000.000100"

Posted messages are kept per channel (`history`, with their `metadata`) and read back by
`conversations.history` (`bot.bench.solicitations.slack_history`). It binds 127.0.0.1 on
port 0. Besides `/api/<method>` it serves the upload URLs
it hands out (`/upload/<file id>`), the download URLs of files people shared
(`/files/<file id>`, registered with `add_file`, recorded as "file.download"; like
Slack, a request without a bot token gets the sign-in page), response URLs
(`/hooks/<name>`, recorded as the method "response_url") and a Socket Mode
WebSocket (`/socket`, after `apps.connections.open`) on which `push()` sends an
envelope and waits for its ack.

First-contact notices (issue 20: a person's first message gets one before the answer) are
kept apart in `notices`, as `ConsoleSession` does, so a test about an answer sees the
answer first; tests of the notice read `notices`.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from aiohttp import WSMsgType, web

from bot.bench.solicitations.slack_history import ChannelHistory
from tests.fakes.loopback import LoopbackServer
from tests.fakes.notices import NOTICE_STARTS

_JSON_KEYS = {"blocks", "view", "files", "attachments", "metadata"}


def is_notice(params: dict[str, Any]) -> bool:
    return str(params.get("text") or "").startswith(NOTICE_STARTS)


@dataclass(frozen=True)
class SlackCall:
    method: str
    params: dict[str, Any]  # query, form and JSON body merged; JSON-valued fields decoded
    headers: dict[str, str]
    at: float  # time.monotonic()


@dataclass(frozen=True)
class SharedFile:
    info: dict[str, Any]  # the Slack file object
    data: bytes
    status: int = 200  # what its download URL answers
    delay: float = 0.0  # seconds before the bytes come
    redirect_to: str | None = None  # answer a 302 to this URL instead


class FakeSlackAPI(LoopbackServer):
    def __init__(
        self,
        *,
        team_id: str = "T-ACME",
        bot_user_id: str = "UBOT",
        usergroups: list[dict[str, Any]] | None = None,
        users: dict[str, dict[str, Any]] | None = None,
    ) -> None:
        super().__init__()
        self.team_id = team_id
        self.bot_user_id = bot_user_id
        self.usergroups = usergroups or []
        self.users = users or {}
        self.calls: list[SlackCall] = []
        self.notices: list[SlackCall] = []  # first-contact notices, apart from the answers
        self.history = ChannelHistory()  # top-level messages per channel (conversations.history)
        self.uploads: dict[str, bytes] = {}
        self.shared_files: dict[str, SharedFile] = {}
        self.socket_acks: dict[str, dict[str, Any]] = {}
        self._rate_limits: dict[str, list[int]] = defaultdict(list)
        self._errors: dict[str, list[str]] = defaultdict(list)
        self._ts = itertools.count(100)
        self._files = itertools.count(1)
        self._sockets: list[web.WebSocketResponse] = []

    @property
    def base_url(self) -> str:
        """The Web API base URL, for `SLACK_API_URL`."""
        return f"{self.url}/api/"

    def response_url(self, name: str = "r1") -> str:
        return f"{self.url}/hooks/{name}"

    def rate_limit(self, method: str, count: int = 1, retry_after: int = 1) -> None:
        """Answer the next `count` calls of `method` with HTTP 429 and `Retry-After`."""
        self._rate_limits[method].extend([retry_after] * count)

    def fail(self, method: str, error: str, count: int = 1) -> None:
        """Answer the next `count` calls of `method` with `{"ok": false, "error": error}`."""
        self._errors[method].extend([error] * count)

    def add_file(
        self,
        name: str,
        data: bytes,
        *,
        mimetype: str = "text/plain",
        status: int = 200,
        delay: float = 0.0,
        redirect_to: str | None = None,
    ) -> dict[str, Any]:
        """Register a file a person shares; returns its Slack file object for an event.

        `status` other than 200 makes its download URL answer that HTTP status; `delay`
        holds the bytes back that many seconds; `redirect_to` answers a redirect there.
        """
        file_id = f"F{next(self._files)}"
        url = f"{self.url}/files/{file_id}"
        info = {
            "id": file_id,
            "name": name,
            "title": name,
            "mimetype": mimetype,
            "filetype": name.rpartition(".")[2],
            "size": len(data),
            "mode": "hosted",
            "url_private": url,
            "url_private_download": f"{url}?download=1",
        }
        self.shared_files[file_id] = SharedFile(info, data, status, delay, redirect_to)
        return info

    def calls_to(self, method: str) -> list[SlackCall]:
        return [c for c in self.calls if c.method == method]

    async def wait_for(self, method: str, count: int = 1, timeout: float = 20.0) -> list[SlackCall]:
        """The calls of `method` once there are at least `count`; fails after `timeout` (long:
        it only delays a failure, and a loaded machine once took more than 5 s)."""
        deadline = time.monotonic() + timeout
        while len(self.calls_to(method)) < count:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                seen = [c.method for c in self.calls]
                raise AssertionError(f"expected {count} × {method} within {timeout}s; saw {seen}")
            await asyncio.sleep(0.01)
        return self.calls_to(method)

    async def push(self, payload: dict[str, Any], timeout: float = 30.0) -> dict[str, Any]:
        """Send a Socket Mode envelope to the connected app and return its ack."""
        deadline = time.monotonic() + timeout
        while not self._sockets:
            if time.monotonic() > deadline:
                raise AssertionError("no Socket Mode connection")
            await asyncio.sleep(0.02)
        envelope_id = f"env-{next(self._ts)}"
        await self._sockets[-1].send_json({**payload, "envelope_id": envelope_id})
        while envelope_id not in self.socket_acks:
            if time.monotonic() > deadline:
                raise AssertionError(f"envelope {envelope_id} was not acknowledged")
            await asyncio.sleep(0.02)
        return self.socket_acks[envelope_id]

    def add_routes(self, app: web.Application) -> None:
        app.router.add_route("*", "/api/{method}", self._api)
        app.router.add_post("/upload/{file_id}", self._upload)
        app.router.add_get("/files/{file_id}", self._download)
        app.router.add_post("/hooks/{name}", self._hook)
        app.router.add_get("/socket", self._socket)

    async def before_stop(self) -> None:
        for socket in self._sockets:
            await socket.close()

    def _record(self, method: str, params: dict[str, Any], request: web.Request) -> None:
        call = SlackCall(method, params, dict(request.headers), time.monotonic())
        (self.notices if is_notice(params) else self.calls).append(call)

    async def _params(self, request: web.Request) -> dict[str, Any]:
        params: dict[str, Any] = dict(request.query)
        if request.content_type == "application/json":
            params.update(await request.json())
        elif request.content_type == "application/x-www-form-urlencoded":
            params.update(await request.post())
        for key in _JSON_KEYS & params.keys():
            if isinstance(params[key], str):
                params[key] = json.loads(params[key])
        return params

    def _next_ts(self) -> str:
        return f"1700000000.{next(self._ts):06d}"

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await self._params(request)
        self._record(method, params, request)
        if self._rate_limits[method]:
            retry_after = self._rate_limits[method].pop(0)
            return web.json_response(
                {"ok": False, "error": "ratelimited"},
                status=429,
                headers={"Retry-After": str(retry_after)},
            )
        if self._errors[method]:
            return web.json_response({"ok": False, "error": self._errors[method].pop(0)})
        return web.json_response({"ok": True, **self._answer(method, params)})

    def _answer(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        if method == "auth.test":
            return {
                "url": "https://acme.slack.com/",
                "team": "Acme",
                "user": "ambassade",
                "team_id": self.team_id,
                "user_id": self.bot_user_id,
                "bot_id": "BBOT",
            }
        if method == "chat.postMessage":
            ts = self._next_ts()
            channel = str(params.get("channel"))
            bot = {"bot_id": "BBOT", "user": self.bot_user_id}
            message = self.history.post(channel, ts, params, bot)
            return {"channel": channel, "ts": ts, "message": message}
        if method == "conversations.history":
            return self.history.history(params)
        if method == "chat.postEphemeral":
            return {"message_ts": self._next_ts()}
        if method == "chat.update":
            self.history.update(str(params.get("channel")), str(params.get("ts")), params)
            return {"channel": params.get("channel"), "ts": params.get("ts")}
        if method == "chat.delete":
            self.history.delete(str(params.get("channel")), str(params.get("ts")))
            return {"channel": params.get("channel"), "ts": params.get("ts")}
        if method in ("views.open", "views.publish", "views.update"):
            return {"view": {"id": "V1", **(params.get("view") or {})}}
        if method == "usergroups.list":
            include = str(params.get("include_users", "")).lower() in ("1", "true")
            groups = [
                g if include else {k: v for k, v in g.items() if k != "users"}
                for g in self.usergroups
            ]
            return {"usergroups": groups}
        if method == "usergroups.users.list":
            group = next((g for g in self.usergroups if g["id"] == params.get("usergroup")), {})
            return {"users": group.get("users", [])}
        if method == "users.info":
            user_id = str(params.get("user"))
            default = {"id": user_id, "name": user_id, "profile": {"display_name": user_id}}
            return {"user": self.users.get(user_id, default)}
        if method == "conversations.open":
            return {"channel": {"id": f"D{params.get('users')}"}}
        if method == "files.getUploadURLExternal":
            file_id = f"F{next(self._files)}"
            return {"upload_url": f"{self.url}/upload/{file_id}", "file_id": file_id}
        if method == "files.completeUploadExternal":
            return {"files": [{"id": f["id"], "title": f.get("title")} for f in params["files"]]}
        if method == "files.info":
            shared = self.shared_files.get(str(params.get("file")))
            return {"file": shared.info} if shared else {"ok": False, "error": "file_not_found"}
        if method == "apps.connections.open":
            return {"url": f"ws://{self.url.removeprefix('http://')}/socket"}
        return {}

    async def _upload(self, request: web.Request) -> web.Response:
        file_id = request.match_info["file_id"]
        data = await request.read()
        self.uploads[file_id] = data
        self._record("upload", {"file_id": file_id, "size": len(data)}, request)
        return web.Response(text=f"OK - {len(data)}")

    async def _download(self, request: web.Request) -> web.Response:
        file_id = request.match_info["file_id"]
        self._record("file.download", {"file_id": file_id, **request.query}, request)
        if not request.headers.get("Authorization", "").startswith("Bearer xox"):
            return web.Response(text="<html>Sign in to Slack</html>", content_type="text/html")
        if file_id not in self.shared_files:
            return web.Response(status=404, text="file not found")
        shared = self.shared_files[file_id]
        await asyncio.sleep(shared.delay)
        if shared.redirect_to:
            raise web.HTTPFound(shared.redirect_to)
        if shared.status != 200:
            return web.Response(status=shared.status, text="error")
        return web.Response(body=shared.data, content_type=shared.info["mimetype"])

    async def _hook(self, request: web.Request) -> web.Response:
        params = await request.json()
        self._record("response_url", {"name": request.match_info["name"], **params}, request)
        return web.Response(text="ok")

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        self._sockets.append(socket)
        await socket.send_json({"type": "hello", "num_connections": 1})
        async for message in socket:
            if message.type == WSMsgType.TEXT:
                data = json.loads(message.data)
                if "envelope_id" in data:
                    self.socket_acks[data["envelope_id"]] = data
        self._sockets.remove(socket)
        return socket
