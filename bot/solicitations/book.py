"""The solicitations of each client: create (all or nothing), list, show, cancel."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlmodel import Session, col, select

from bot.clock import Clock, SystemClock
from bot.outbox import Outbox
from bot.solicitations.drafts import NewSolicitation
from bot.solicitations.tables import (
    ACTIVE_STATUSES,
    ResponseStatus,
    Solicitation,
    SolicitationResponse,
    SolicitationStatus,
)
from bot.store.database import Database

# Responses that hold a place: the person said yes (or already did it).
FILLING = (ResponseStatus.ACCEPTED.value, ResponseStatus.DONE.value)


class SolicitationError(Exception):
    """A change that cannot be made: `code` and `values` for the localised message."""

    def __init__(self, code: str, **values: str) -> None:
        super().__init__(code)
        self.code = code
        self.values = values


@dataclass
class CreateReport:
    created: list[Solicitation] = field(default_factory=list)
    already_there: list[str] = field(default_factory=list)  # external uids imported before


@dataclass(frozen=True)
class SolicitationView:
    """A solicitation with where its responses stand."""

    solicitation: Solicitation
    responses: dict[str, int]

    @property
    def filled(self) -> int:
        return sum(self.responses.get(status, 0) for status in FILLING)


class SolicitationBook:
    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()

    def create(self, items: Sequence[NewSolicitation]) -> CreateReport:
        """Save them all in one transaction. One already imported (same .ics UID) is left
        as it is and reported, so importing the same calendar again adds only what is new."""
        report = CreateReport()
        now = self.clock.now()
        with self.db.session() as session:
            for item in items:
                if item.external_uid and _by_uid(session, item.client, item.external_uid):
                    report.already_there.append(item.external_uid)
                    continue
                row = Solicitation(
                    client=item.client,
                    kind=item.kind,
                    title=item.title,
                    description=item.description,
                    start_at=item.start_at,
                    deadline_at=item.deadline_at,
                    timezone=item.timezone,
                    places=item.places,
                    points=item.points,
                    target_groups=list(item.target_groups),
                    target_person_ids=list(item.target_person_ids),
                    auto=item.auto,
                    source=item.source,
                    external_uid=item.external_uid,
                    created_by=item.created_by,
                    created_at=now,
                    updated_at=now,
                )
                session.add(row)
                session.flush()
                report.created.append(row)
        return report

    def upcoming(self, client: str, *, everything: bool = False) -> list[SolicitationView]:
        """Planned and open solicitations by deadline (all of them with `everything`)."""
        query = select(Solicitation).where(Solicitation.client == client)
        if not everything:
            query = query.where(col(Solicitation.status).in_(ACTIVE_STATUSES))
        query = query.order_by(col(Solicitation.deadline_at), col(Solicitation.id))
        with self.db.session() as session:
            rows = session.exec(query).all()
            return [SolicitationView(row, _responses(session, row)) for row in rows]

    def get(self, client: str, solicitation_id: int) -> SolicitationView:
        with self.db.session() as session:
            row = session.get(Solicitation, solicitation_id)
            if row is None or row.client != client:
                raise SolicitationError("unknown", id=str(solicitation_id))
            return SolicitationView(row, _responses(session, row))

    def cancel(self, client: str, solicitation_id: int) -> tuple[SolicitationView, int]:
        """Cancel it and drop its pending messages, in one transaction; how many dropped."""
        with self.db.session() as session:
            row = session.get(Solicitation, solicitation_id)
            if row is None or row.client != client:
                raise SolicitationError("unknown", id=str(solicitation_id))
            if row.status == SolicitationStatus.CANCELLED.value:
                raise SolicitationError("already_cancelled", id=str(solicitation_id))
            if row.status == SolicitationStatus.CLOSED.value:
                raise SolicitationError("already_closed", id=str(solicitation_id))
            now = self.clock.now()
            row.status = SolicitationStatus.CANCELLED.value
            row.cancelled_at = now
            row.updated_at = now
            session.add(row)
            dropped = Outbox.cancel(session, solicitation_id=solicitation_id)
            session.flush()
            return SolicitationView(row, _responses(session, row)), dropped


def _by_uid(session: Session, client: str, uid: str) -> Solicitation | None:
    return session.exec(
        select(Solicitation).where(Solicitation.client == client, Solicitation.external_uid == uid)
    ).first()


def _responses(session: Session, row: Solicitation) -> dict[str, int]:
    statuses = session.exec(
        select(SolicitationResponse.status).where(SolicitationResponse.solicitation_id == row.id)
    ).all()
    return dict(Counter(statuses))
