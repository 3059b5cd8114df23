"""One solicitation planned and confirmed for a few people, as a community manager would."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from bot.clock import Clock
from bot.people.roster import RosterEntry
from bot.solicitations import SolicitationBook
from bot.solicitations.drafts import NewSolicitation
from bot.solicitations.planner import Planner, Recipient


def confirmed_solicitation(
    services,
    clock: Clock,
    now: datetime,
    people: Sequence[RosterEntry],
    manager: Recipient,
    *,
    kind: str = "event",
    title: str = "Stand au salon",
    places: int = 1,
    points: int = 20,
):
    """The people join the roster (group "amb"), a solicitation for that group due in ten
    days is created, proposed and confirmed by `manager`: the invitations are in the
    outbox. Returns the solicitation's id and the proposal."""
    services.clock = clock
    services.roster.import_entries("acme", list(people))
    item = NewSolicitation(
        client="acme",
        kind=kind,
        title=title,
        description=None,
        start_at=None,
        deadline_at=now + timedelta(days=10),
        timezone="Europe/Paris",
        places=places,
        points=points,
        target_groups=("amb",),
        target_person_ids=(),
        auto=False,
        source="cli",
        external_uid=None,
        created_by=None,
    )
    [row] = SolicitationBook(services.db).create([item]).created
    config = services.clients.get("acme")
    planner = Planner(services.db, clock)
    proposal = planner.propose(config, row.id or 0)
    planner.confirm(config, row.id or 0, manager)
    return row.id or 0, proposal
