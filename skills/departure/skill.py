"""`departure:deliver`: the sender loop replays each due departure row here (the staff are
told someone left; at the end of the grace period, reminded they may erase), so what the
bot sends on its own passes the outbound check (`bot.notices.departure`)."""

from __future__ import annotations

from typing import Protocol

from bot.clock import Clock
from bot.core.messages import Action
from bot.core.registry import Skill, SkillRegistry, on_action
from bot.core.turn import Turn
from bot.notices import departure
from bot.outbox.delivery_action import deliver_outbox_row
from bot.store.database import Database


class DepartureDeps(Protocol):
    @property
    def db(self) -> Database: ...  # the outbox rows and the people

    @property
    def clock(self) -> Clock: ...


class DepartureSkill(Skill):
    name = "departure"

    def __init__(self, deps: DepartureDeps) -> None:
        self.db = deps.db
        self.clock = deps.clock

    @on_action(departure.DELIVER_ACTION)
    async def deliver(self, turn: Turn, action: Action) -> None:
        await deliver_outbox_row(turn, action, departure.build, db=self.db, clock=self.clock)


def setup(registry: SkillRegistry, deps: DepartureDeps) -> None:
    registry.register(DepartureSkill(deps))
