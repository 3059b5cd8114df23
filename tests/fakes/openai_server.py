"""A local fake of the OpenAI HTTP API, for tests: chat (plain and streaming), embeddings, models.

    async with FakeOpenAIServer() as server:
        settings = Settings(OPENAI_BASE_URL=server.base_url, ...)
        ...
        assert "secret" not in json.dumps(server.bodies)

It binds 127.0.0.1 on port 0 and records every request, so tests can assert on exactly
what left the process.
"""

from __future__ import annotations

import hashlib
import json
import struct
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from tests.fakes.loopback import LoopbackServer

Responder = Callable[[list[dict[str, Any]]], str]


def echo_responder(messages: list[dict[str, Any]]) -> str:
    """Default chat reply: the last user message, prefixed with "ECHO: "."""
    last_user = next((m for m in reversed(messages) if m.get("role") == "user"), None)
    return "ECHO: " + str(last_user.get("content", "")) if last_user else "ECHO: "


def fake_embedding(text: str, dim: int = 8) -> list[float]:
    """Deterministic vector in [-1, 1) derived from a hash of `text`."""
    values: list[float] = []
    counter = 0
    while len(values) < dim:
        digest = hashlib.sha256(f"{counter}:{text}".encode()).digest()
        for (word,) in struct.iter_unpack(">I", digest):
            values.append(word / 2**31 - 1.0)
        counter += 1
    return values[:dim]


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]
    raw: bytes
    json: Any  # parsed body, None when there is none


class FakeOpenAIServer(LoopbackServer):
    def __init__(
        self,
        *,
        responder: Responder = echo_responder,
        embedding_dim: int = 8,
        stream_chunk_size: int = 3,
        models: tuple[str, ...] = ("fake-chat", "fake-embed"),
    ) -> None:
        super().__init__()
        self.responder = responder
        self.embedding_dim = embedding_dim
        self.stream_chunk_size = stream_chunk_size
        self.models = models
        self.requests: list[RecordedRequest] = []
        self._failures: list[tuple[int, float]] = []

    @property
    def bodies(self) -> list[Any]:
        """Parsed JSON bodies of every request that had one, in order."""
        return [r.json for r in self.requests if r.json is not None]

    def fail_next(self, count: int, status: int = 500, *, retry_after_ms: float = 1) -> None:
        """Answer the next `count` requests with an error `status`.

        `Retry-After: 0` is sent as asked by OpenAI-style servers, but the openai client
        ignores a zero delay and backs off for ~0.5 s instead; the positive `retry-after-ms`
        (which it prefers) keeps retry tests fast.
        """
        self._failures.extend([(status, retry_after_ms)] * count)

    @property
    def base_url(self) -> str:
        return f"{self.url}/v1"

    def add_routes(self, app: web.Application) -> None:
        app.router.add_post("/v1/chat/completions", self._chat)
        app.router.add_post("/v1/embeddings", self._embeddings)
        app.router.add_get("/v1/models", self._models)

    async def _record(self, request: web.Request) -> Any:
        raw = await request.read()
        body = json.loads(raw) if raw else None
        self.requests.append(
            RecordedRequest(request.method, request.path, dict(request.headers), raw, body)
        )
        return body

    def _failure(self) -> web.Response | None:
        if not self._failures:
            return None
        status, retry_after_ms = self._failures.pop(0)
        error = {"message": f"fake failure {status}", "type": "fake_error", "code": status}
        headers = {"Retry-After": "0", "retry-after-ms": str(retry_after_ms)}
        return web.json_response({"error": error}, status=status, headers=headers)

    async def _chat(self, request: web.Request) -> web.StreamResponse:
        body = await self._record(request)
        if (failure := self._failure()) is not None:
            return failure
        reply = self.responder(body["messages"])
        model = body.get("model", "fake-chat")
        base = {"id": "chatcmpl-fake", "created": int(time.time()), "model": model}
        if not body.get("stream"):
            return web.json_response(
                {
                    **base,
                    "object": "chat.completion",
                    "choices": [
                        {
                            "index": 0,
                            "message": {"role": "assistant", "content": reply},
                            "finish_reason": "stop",
                        }
                    ],
                    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                }
            )

        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)

        async def send(delta: dict[str, str], finish_reason: str | None = None) -> None:
            choice = {"index": 0, "delta": delta, "finish_reason": finish_reason}
            chunk = {**base, "object": "chat.completion.chunk", "choices": [choice]}
            await response.write(f"data: {json.dumps(chunk)}\n\n".encode())

        await send({"role": "assistant", "content": ""})
        size = self.stream_chunk_size
        for start in range(0, len(reply), size):
            await send({"content": reply[start : start + size]})
        await send({}, "stop")
        await response.write(b"data: [DONE]\n\n")
        await response.write_eof()
        return response

    async def _embeddings(self, request: web.Request) -> web.Response:
        body = await self._record(request)
        if (failure := self._failure()) is not None:
            return failure
        inputs = body["input"]
        texts = [inputs] if isinstance(inputs, str) else list(inputs)
        data = [
            {"object": "embedding", "index": i, "embedding": fake_embedding(t, self.embedding_dim)}
            for i, t in enumerate(texts)
        ]
        tokens = sum(len(str(t).split()) for t in texts)
        return web.json_response(
            {
                "object": "list",
                "data": data,
                "model": body.get("model", "fake-embed"),
                "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
            }
        )

    async def _models(self, request: web.Request) -> web.Response:
        await self._record(request)
        if (failure := self._failure()) is not None:
            return failure
        data = [{"id": m, "object": "model", "created": 0, "owned_by": "fake"} for m in self.models]
        return web.json_response({"object": "list", "data": data})
