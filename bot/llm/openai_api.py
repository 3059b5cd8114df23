"""The OpenAI-compatible endpoint's SDK objects (`openai`), built on first use.

The HTTP client of each records the exact bodies it sends while `capture_bodies` is
active, so the audit can hash what really left the process (retries resend the same body).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import httpx2
import openai

from bot.settings import Settings

# Local servers (Ollama, vLLM) accept any key, but the openai SDK insists on one.
PLACEHOLDER_API_KEY = "unused"

# The bodies the HTTP client sends during the current call; a context variable because
# the hook is shared by concurrent calls, each running in its own task.
_sent_bodies: ContextVar[list[bytes] | None] = ContextVar("ambassade_sent_bodies", default=None)


async def _capture_body(request: httpx2.Request) -> None:
    bodies = _sent_bodies.get()
    if bodies is not None:
        bodies.append(await request.aread())


def _capture_body_blocking(request: httpx2.Request) -> None:
    bodies = _sent_bodies.get()
    if bodies is not None:
        bodies.append(request.read())


@contextmanager
def capture_bodies(bodies: list[bytes]) -> Iterator[None]:
    """Append to `bodies` every request body sent by this task inside the block."""
    token = _sent_bodies.set(bodies)
    try:
        yield
    finally:
        _sent_bodies.reset(token)


class OpenAIApi:
    """The async and the blocking `openai` SDK objects of one gateway, opened lazily."""

    def __init__(self, settings: Settings, max_retries: int) -> None:
        self.settings = settings
        self._max_retries = max_retries
        self._async_api: openai.AsyncOpenAI | None = None
        self._blocking_api: openai.OpenAI | None = None

    def _options(self) -> dict[str, Any]:
        return {
            "api_key": self.settings.openai_api_key or PLACEHOLDER_API_KEY,
            "base_url": self.settings.openai_base_url,
            "timeout": self.settings.model_timeout_s,
            "max_retries": self._max_retries,
        }

    def async_api(self) -> openai.AsyncOpenAI:
        if self._async_api is None:
            self._async_api = openai.AsyncOpenAI(
                **self._options(),
                http_client=openai.DefaultAsyncHttpxClient(
                    timeout=self.settings.model_timeout_s,
                    event_hooks={"request": [_capture_body]},
                ),
            )
        return self._async_api

    def blocking_api(self) -> openai.OpenAI:
        if self._blocking_api is None:
            self._blocking_api = openai.OpenAI(
                **self._options(),
                http_client=openai.DefaultHttpxClient(
                    timeout=self.settings.model_timeout_s,
                    event_hooks={"request": [_capture_body_blocking]},
                ),
            )
        return self._blocking_api

    async def aclose(self) -> None:
        if self._async_api is not None:
            await self._async_api.close()
            self._async_api = None
        if self._blocking_api is not None:
            self._blocking_api.close()
            self._blocking_api = None
