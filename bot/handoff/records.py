"""The `handoff` table: who was handed to a person, why, and how fast it was taken.

No message text is stored here beyond the card's summary, which is redacted of personal
data before it is written. `claim_times` feeds the KPIs (time to claim, time to resolve).
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel, col, select

from bot.store.database import Database
from bot.store.models import utcnow


class HandoffStatus(StrEnum):
    OPEN = "open"  # waiting for a person
    CLAIMED = "claimed"  # a person took it
    RESOLVED = "resolved"  # given back to the bot


ACTIVE = (HandoffStatus.OPEN.value, HandoffStatus.CLAIMED.value)
# Lowest to highest; the rules' urgencies (bot/handoff/detection/rules.py) use the same names.
URGENCY_ORDER: tuple[str, ...] = ("low", "normal", "high", "critical")


def urgency_rank(urgency: str) -> int:
    """The rank of an urgency; an unknown one counts as normal."""
    return URGENCY_ORDER.index(urgency) if urgency in URGENCY_ORDER else 1


class Handoff(SQLModel, table=True):
    __tablename__ = "handoff"

    id: int | None = Field(default=None, primary_key=True)
    client: str = Field(index=True, max_length=63)
    platform: str = Field(max_length=16)
    conversation_key: str = Field(index=True, max_length=255)
    user_id: str = Field(max_length=128)
    user_name: str | None = Field(default=None, max_length=255)
    language: str = Field(default="fr", max_length=8)
    category: str = Field(index=True, max_length=32)
    rule: str = Field(max_length=64)
    urgency: str = Field(max_length=16)
    danger: bool = False
    summary: str = ""  # redacted of personal data
    status: str = Field(default=HandoffStatus.OPEN.value, index=True, max_length=16)
    created_at: datetime = Field(default_factory=utcnow, index=True)
    claimed_at: datetime | None = None
    claimed_by: str | None = Field(default=None, max_length=128)
    resolved_at: datetime | None = None
    resolved_by: str | None = Field(default=None, max_length=128)
    escalations: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))


@dataclass(frozen=True, slots=True)
class NewHandoff:
    client: str
    platform: str
    conversation_key: str
    user_id: str
    user_name: str | None
    language: str
    category: str
    rule: str
    urgency: str
    danger: bool
    summary: str


@dataclass(frozen=True, slots=True)
class CategoryTimes:
    """Handoffs of one category over a period, with median delays in seconds."""

    category: str
    count: int
    claimed: int
    resolved: int
    median_seconds_to_claim: float | None
    median_seconds_to_resolve: float | None


class ChangeRefused(Exception):
    """A claim, give-back or escalation that no longer applies (its `reason` says why)."""

    def __init__(self, reason: str, claimed_by: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.claimed_by = claimed_by


def _aware(moment: datetime | None) -> datetime | None:
    # SQLite hands back naive datetimes; they were written in UTC.
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment


class HandoffLog:
    def __init__(self, db: Database) -> None:
        self.db = db

    def open(self, new: NewHandoff) -> Handoff:
        """Record (and commit) a new handoff; returns it with its id."""
        with self.db.session() as session:
            row = Handoff(**{name: getattr(new, name) for name in NewHandoff.__slots__})
            session.add(row)
            session.flush()
            session.refresh(row)
            return row

    def get(self, client: str, handoff_id: int) -> Handoff | None:
        """The handoff, only if it belongs to `client`."""
        with self.db.session() as session:
            row = session.get(Handoff, handoff_id)
            return row if row is not None and row.client == client else None

    def active(self, client: str) -> list[Handoff]:
        """Open and claimed handoffs, most urgent first (danger, then urgency), then oldest."""
        with self.db.session() as session:
            rows = list(
                session.exec(
                    select(Handoff)
                    .where(Handoff.client == client, col(Handoff.status).in_(ACTIVE))
                    .order_by(col(Handoff.created_at), col(Handoff.id))
                )
            )
        return sorted(rows, key=lambda row: (not row.danger, -urgency_rank(row.urgency)))

    def raise_urgency(
        self, client: str, handoff_id: int, *, urgency: str, danger: bool, category: str
    ) -> Handoff | None:
        """Raise an active handoff's urgency; None when it is already as urgent (or closed).

        The category becomes the new, more serious one; the log keeps where it came from.
        """
        with self.db.session() as session:
            row = session.get(Handoff, handoff_id)
            if row is None or row.client != client or row.status not in ACTIVE:
                return None
            higher = urgency_rank(urgency) > urgency_rank(row.urgency)
            if not higher and not (danger and not row.danger):
                return None
            entry = {"raised": urgency, "from": row.urgency, "category": category}
            row.escalations = [*row.escalations, {**entry, "at": utcnow().isoformat()}]
            row.urgency = max(row.urgency, urgency, key=urgency_rank)
            row.danger = row.danger or danger
            row.category = category
            session.add(row)
            session.flush()
            session.refresh(row)
            return row

    def claim(self, client: str, handoff_id: int, by: str) -> Handoff:
        with self.db.session() as session:
            row = self._row(session, client, handoff_id)
            if row.status == HandoffStatus.RESOLVED:
                raise ChangeRefused("resolved", row.claimed_by)
            if row.status == HandoffStatus.CLAIMED:
                raise ChangeRefused("claimed", row.claimed_by)
            row.status = HandoffStatus.CLAIMED.value
            row.claimed_at = utcnow()
            row.claimed_by = by
            session.add(row)
            return row

    def resolve(self, client: str, handoff_id: int, by: str) -> Handoff:
        with self.db.session() as session:
            row = self._row(session, client, handoff_id)
            if row.status == HandoffStatus.RESOLVED:
                raise ChangeRefused("resolved", row.claimed_by)
            now = utcnow()
            if row.claimed_at is None:  # given back without an explicit claim
                row.claimed_at, row.claimed_by = now, by
            row.status = HandoffStatus.RESOLVED.value
            row.resolved_at = now
            row.resolved_by = by
            session.add(row)
            return row

    def escalate(self, client: str, handoff_id: int, to: str) -> Handoff:
        """Log that the card went to the next contact; refused once someone claimed it."""
        with self.db.session() as session:
            row = self._row(session, client, handoff_id)
            if row.status != HandoffStatus.OPEN:
                raise ChangeRefused(row.status, row.claimed_by)
            row.escalations = [*row.escalations, {"to": to, "at": utcnow().isoformat()}]
            session.add(row)
            return row

    @staticmethod
    def _row(session, client: str, handoff_id: int) -> Handoff:
        row = session.get(Handoff, handoff_id)
        if row is None or row.client != client:
            raise ChangeRefused("not_found")
        return row

    def claim_times(
        self, client: str, *, since: datetime | None = None, until: datetime | None = None
    ) -> list[CategoryTimes]:
        """Per category: how many handoffs, and the median time to claim and to resolve."""
        query = select(Handoff).where(Handoff.client == client)
        if since is not None:
            query = query.where(Handoff.created_at >= since)
        if until is not None:
            query = query.where(Handoff.created_at < until)
        with self.db.session() as session:
            rows = list(session.exec(query))
        by_category: dict[str, list[Handoff]] = {}
        for row in rows:
            by_category.setdefault(row.category, []).append(row)
        return [_category_times(category, group) for category, group in sorted(by_category.items())]


def _category_times(category: str, rows: Sequence[Handoff]) -> CategoryTimes:
    to_claim = _delays(rows, "claimed_at")
    to_resolve = _delays(rows, "resolved_at")
    return CategoryTimes(
        category=category,
        count=len(rows),
        claimed=len(to_claim),
        resolved=len(to_resolve),
        median_seconds_to_claim=statistics.median(to_claim) if to_claim else None,
        median_seconds_to_resolve=statistics.median(to_resolve) if to_resolve else None,
    )


def _delays(rows: Sequence[Handoff], attribute: str) -> list[float]:
    delays = []
    for row in rows:
        end, start = _aware(getattr(row, attribute)), _aware(row.created_at)
        if end is not None and start is not None:
            delays.append((end - start).total_seconds())
    return delays
