"""An aiohttp application served on 127.0.0.1, port 0, for the length of an `async with`.

Fakes of remote services (OpenAI, the Slack Web API) subclass it and add their routes.
"""

from __future__ import annotations

from types import TracebackType
from typing import Self

from aiohttp import web


class LoopbackServer:
    def __init__(self) -> None:
        self._runner: web.AppRunner | None = None
        self.url = ""  # http://127.0.0.1:PORT once started

    def add_routes(self, app: web.Application) -> None:
        raise NotImplementedError

    async def __aenter__(self) -> Self:
        app = web.Application()
        self.add_routes(app)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        host, port = self._runner.addresses[0][:2]
        self.url = f"http://{host}:{port}"
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.before_stop()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def before_stop(self) -> None:
        """Close what the routes keep open (WebSockets…) before the server stops."""
