"""What every part of the contributions skill shares: its dependencies, and who is talking."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Protocol

from bot.clock import Clock
from bot.contributions.log import ContributionLog
from bot.contributions.review import Reviews
from bot.core.turn import Turn
from bot.people import Roster
from bot.people.tables import Person
from bot.services_view import ServicesView
from bot.settings import Settings
from bot.store.database import Database


class ContributionDeps(Protocol):
    """What the contributions skill is built with (the root's `Services` has it)."""

    @property
    def db(self) -> Database: ...  # contributions, reviews, preferences, the outbox

    @property
    def clock(self) -> Clock: ...  # today, for each person, in their time zone

    @property
    def roster(self) -> Roster: ...  # who is talking, whom staff name

    @property
    def settings(self) -> Settings: ...  # proof files are kept under the home


class Handlers(ServicesView[ContributionDeps]):
    """What every mixin of the skill reads: the services given at setup, read when used."""

    @property
    def roster(self) -> Roster:
        return self.deps.roster

    @property
    def home(self) -> Path:
        return self.deps.settings.home

    def reviews(self) -> Reviews:
        return Reviews(self.db, self.clock)

    def contribution_log(self) -> ContributionLog:
        return ContributionLog(self.db, self.clock, self.home)

    async def _me(self, turn: Turn) -> Person:
        """The person behind this message (met now if new)."""
        incoming = turn.incoming
        return await asyncio.to_thread(
            self.roster.met, turn.client_name, incoming.platform.value, incoming.user_id
        )
