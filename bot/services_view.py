"""The services a skill was set up with, read when used.

A skill keeps the object it was given at setup and reads its members at each use, so a
clock swapped in the services (as tests do with a `ManualClock`) is the one used.
"""

from __future__ import annotations

from typing import Generic, Protocol, TypeVar

from bot.clock import Clock
from bot.store.database import Database


class StoreAndClock(Protocol):
    @property
    def db(self) -> Database: ...

    @property
    def clock(self) -> Clock: ...


DepsT = TypeVar("DepsT", bound=StoreAndClock)


class ServicesView(Generic[DepsT]):
    def __init__(self, deps: DepsT) -> None:
        self.deps = deps

    @property
    def db(self) -> Database:
        return self.deps.db

    @property
    def clock(self) -> Clock:
        return self.deps.clock
