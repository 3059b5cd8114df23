"""A clock that runs faster than the wall, shared by processes that agree on its origin."""

from __future__ import annotations

import time
from datetime import datetime, timedelta


class ScaledClock:
    """Simulated time: `sim_start` at wall time `wall_start`, then `speed` times faster."""

    def __init__(self, sim_start: datetime, wall_start: float, speed: float) -> None:
        if sim_start.utcoffset() is None:
            raise ValueError("ScaledClock needs an aware datetime")
        self.sim_start = sim_start
        self.wall_start = wall_start
        self.speed = speed

    def now(self) -> datetime:
        return self.at_wall(time.time())

    def at_wall(self, wall: float) -> datetime:
        return self.sim_start + timedelta(seconds=(wall - self.wall_start) * self.speed)

    def wall_of(self, moment: datetime) -> float:
        return self.wall_start + (moment - self.sim_start).total_seconds() / self.speed
