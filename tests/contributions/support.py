"""A small program for the contribution tests: a roster, a clock, the log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlmodel import col, select

from bot.clock import ManualClock
from bot.contributions.log import ContributionLog, Logged, NewContribution, Proof
from bot.contributions.review import Reviews
from bot.contributions.tables import ContributionSource
from bot.outbox import OutboxMessage
from bot.people import Roster
from bot.people.roster import RosterEntry
from bot.store import Database
from bot.tenants import ClientConfig

NOW = datetime(2027, 3, 10, 10, 0, tzinfo=UTC)  # Wednesday, 11:00 in Paris
TODAY = date(2027, 3, 10)
PEOPLE = [
    RosterEntry("slack", "U1", "Léa", email="lea@example.org"),
    RosterEntry("slack", "U2", "Marc"),
    RosterEntry("slack", "U3", "Zoé"),
    RosterEntry("slack", "U9", "Camille", groups=("staff",)),
]


@dataclass
class Program:
    db: Database
    config: ClientConfig
    clock: ManualClock
    home: Path
    ids: dict[str, int]

    @property
    def log(self) -> ContributionLog:
        return ContributionLog(self.db, self.clock, self.home)

    @property
    def reviews(self) -> Reviews:
        return Reviews(self.db, self.clock)

    def add(
        self,
        who: str,
        kind: str,
        on: date = TODAY,
        *,
        url: str | None = None,
        file: bytes | None = None,
        note: str | None = None,
        approved: bool = False,
        source: ContributionSource = ContributionSource.CHAT,
        tell_person: bool = True,
    ) -> Logged:
        proof = Proof(url=url) if url else Proof(filename="p.png", data=file) if file else None
        new = NewContribution(
            person_id=self.ids[who],
            kind=kind,
            occurred_on=on,
            proof=proof,
            note=note,
            approved=approved,
            source=source,
            logged_by=f"slack:{who}",
        )
        return self.log.log(self.config, new, tell_person=tell_person)

    def outbox(self) -> list[OutboxMessage]:
        with self.db.session() as session:
            return list(session.exec(select(OutboxMessage).order_by(col(OutboxMessage.id))))


def program(db: Database, home: Path, config: ClientConfig | None = None) -> Program:
    roster = Roster(db)
    roster.import_entries("acme", PEOPLE)
    ids = {}
    for view in roster.everyone("acme"):
        (identity,) = view.identities
        ids[identity.user_id] = view.person.id
        if identity.user_id == "U9":
            roster.met("acme", "slack", "U9", role="community_manager")
    return Program(db, config or ClientConfig(name="acme"), ManualClock(NOW), home, ids)
