"""The benevolent board: your own progress, a few neighbours, the month's thanks.

Only people who opted in appear by name, and nobody sees a full ranking unless the client
turns `board.full_ranking` on: a person sees those just above and below them (no rank
number), and the month's thanks grouped by kind (names of those who opted in, the others
counted).

Staff are never on it, in the ranking or the thanks: the one staff rule of the KPIs
(`bot.kpi.scope.staff_ids`: the last role seen, a roster group mapped to a staff role, or a
handoff contact).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func
from sqlmodel import Session, col, select

from bot.contributions.tables import Contribution, ContributionStatus, PersonPreference
from bot.kpi.scope import staff_ids
from bot.people.tables import Person, PersonStatus
from bot.store.database import Database
from bot.tenants import ClientConfig

APPROVED = ContributionStatus.APPROVED.value
NAMES_PER_KIND = 5


@dataclass(frozen=True, slots=True)
class Entry:
    person_id: int
    name: str
    points: int


@dataclass
class Thanks:
    kind: str
    count: int
    names: list[str] = field(default_factory=list)  # those who opted in
    others: int = 0  # contributors who did not opt in (counted, not named)


@dataclass
class Board:
    opted_in: bool
    me: Entry | None
    neighbours: list[Entry]  # in order, the person among them (when opted in)
    thanks: list[Thanks]
    month: date  # the first day of the month thanked
    ranking: list[Entry] | None = None  # only with `board.full_ranking`


def board(db: Database, config: ClientConfig, person: Person, today: date) -> Board:
    settings = config.contributions
    with db.session() as session:
        staff = set(staff_ids(session.connection(), config))
        opted = _opted_in(session, config.name, staff)
        ranked = _ranked(session, config, opted, today)
        mine = next((e for e in ranked if e.person_id == person.id), None)
        neighbours: list[Entry] = []
        if mine is not None:
            at = ranked.index(mine)
            n = settings.board.neighbours
            neighbours = ranked[max(at - n, 0) : at + n + 1]
        month = today.replace(day=1)
        return Board(
            opted_in=person.id in opted,
            me=mine,
            neighbours=neighbours,
            thanks=_thanks(session, config.name, opted, staff, month, today),
            month=month,
            ranking=ranked if settings.board.full_ranking else None,
        )


def _opted_in(session: Session, client: str, staff: set[int]) -> dict[int, str]:
    """Opted-in people of the program (not staff, not gone): id → name."""
    rows = session.exec(
        select(Person)
        .join(PersonPreference, PersonPreference.person_id == Person.id)  # type: ignore[arg-type]
        .where(
            Person.client == client,
            col(PersonPreference.board_opt_in).is_(True),
            Person.status != PersonStatus.LEFT.value,
        )
    ).all()
    return {p.id: p.name or f"#{p.id}" for p in rows if p.id is not None and p.id not in staff}


def _ranked(
    session: Session, config: ClientConfig, opted: dict[int, str], today: date
) -> list[Entry]:
    if not opted:
        return []
    conditions = [
        Contribution.client == config.name,
        Contribution.status == APPROVED,
        col(Contribution.capped).is_(False),
        col(Contribution.person_id).in_(list(opted)),
    ]
    window = config.contributions.points_window_days
    if window is not None:
        conditions.append(col(Contribution.occurred_on) >= today - timedelta(days=window - 1))
    points = dict(
        session.exec(
            select(Contribution.person_id, func.sum(Contribution.points))
            .where(*conditions)
            .group_by(Contribution.person_id)
        ).all()
    )
    entries = [Entry(pid, name, int(points.get(pid) or 0)) for pid, name in opted.items()]
    return sorted(entries, key=lambda e: (-e.points, e.name.casefold(), e.person_id))


def _thanks(
    session: Session,
    client: str,
    opted: dict[int, str],
    staff: set[int],
    month: date,
    today: date,
) -> list[Thanks]:
    rows = session.exec(
        select(Contribution.kind, Contribution.person_id, func.count())
        .where(
            Contribution.client == client,
            Contribution.status == APPROVED,
            col(Contribution.occurred_on) >= month,
            col(Contribution.occurred_on) <= today,
        )
        .group_by(Contribution.kind, Contribution.person_id)
    ).all()
    by_kind: dict[str, Thanks] = {}
    for kind, person_id, count in rows:
        if person_id in staff:
            continue
        entry = by_kind.setdefault(kind, Thanks(kind, 0))
        entry.count += int(count)
        if person_id in opted:
            entry.names.append(opted[person_id])
        else:
            entry.others += 1
    for entry in by_kind.values():
        entry.names.sort(key=str.casefold)
        if len(entry.names) > NAMES_PER_KIND:
            entry.others += len(entry.names) - NAMES_PER_KIND
            entry.names = entry.names[:NAMES_PER_KIND]
    return sorted(by_kind.values(), key=lambda t: (-t.count, t.kind))
