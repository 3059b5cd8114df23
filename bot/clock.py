"""Time as the bot sees it: injectable, so tests and benchmarks can run a month in seconds."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, aware, in UTC."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def wall_of(self, moment: datetime) -> float:
        """The `time.time()` at which this clock reads `moment`."""
        return moment.timestamp()


def wall_seconds_until(clock: Clock, moment: datetime) -> float | None:
    """Wall seconds until `clock` reads `moment` (negative: past), for a sleep; None when
    the clock cannot say (a `ManualClock` moves only when told). A clock that runs at
    another pace than the wall (the benchmarks') says it with a `wall_of` method."""
    wall_of = getattr(clock, "wall_of", None)
    if wall_of is None:
        return None
    return float(wall_of(moment)) - time.time()


class ManualClock:
    """A clock that only moves when told to (thread-safe)."""

    def __init__(self, start: datetime) -> None:
        if start.utcoffset() is None:
            raise ValueError("ManualClock needs an aware datetime")
        self._now = start.astimezone(UTC)
        self._lock = threading.Lock()

    def now(self) -> datetime:
        with self._lock:
            return self._now

    def advance(self, delta: timedelta) -> datetime:
        with self._lock:
            self._now += delta
            return self._now

    def set(self, moment: datetime) -> None:
        with self._lock:
            self._now = moment.astimezone(UTC)
