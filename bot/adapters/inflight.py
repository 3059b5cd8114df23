"""Turns in progress on a platform adapter: tracked so a shutdown can let them finish."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class InFlight:
    """The tasks running adapter work, counted per task (guarded work may nest)."""

    def __init__(self) -> None:
        self._depth: dict[asyncio.Task[Any], int] = {}
        self.closing = False  # a shutdown began: no new work is taken (`ChatAdapter.shutdown`)

    def __bool__(self) -> bool:
        return bool(self._depth)

    def refuses_new_work(self) -> bool:
        """Closing, and the current task is not already work in flight (which may nest)."""
        return self.closing and asyncio.current_task() not in self._depth

    @contextmanager
    def track(self) -> Iterator[None]:
        task = asyncio.current_task()
        if task is not None:
            self._depth[task] = self._depth.get(task, 0) + 1
        try:
            yield
        finally:
            if task is not None:
                self._depth[task] -= 1
                if not self._depth[task]:
                    del self._depth[task]

    async def drain(self, timeout: float) -> None:
        """Wait until the tracked tasks finish, at most `timeout` seconds."""
        if self._depth:
            await asyncio.wait(list(self._depth), timeout=timeout)


def new_error_id() -> str:
    """A short id that the user sees and the log line carries, to find one from the other."""
    return uuid.uuid4().hex[:8]
