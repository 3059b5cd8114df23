"""The `solicitation` and `solicitation_response` tables (migration 0008).

A solicitation is one ask of the program (a testimonial, three people on a stand…); a
response is where one person stands with it, from being proposed by the fair choice to
having done it. Times are stored in UTC; `timezone` keeps the zone they were given in.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import JSON, Column, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from bot.store.models import utcnow


class SolicitationStatus(StrEnum):
    PLANNED = "planned"  # created; nobody invited until the list is confirmed (or `auto`)
    OPEN = "open"  # invitations confirmed: being sent, answered, reminded
    CLOSED = "closed"  # the deadline passed, or every place is done
    CANCELLED = "cancelled"  # by the community manager; pending messages are dropped


ACTIVE_STATUSES = (SolicitationStatus.PLANNED.value, SolicitationStatus.OPEN.value)


class ResponseStatus(StrEnum):
    PROPOSED = "proposed"  # on the list the community manager confirms
    SET_ASIDE = "set_aside"  # swapped out of the list by the community manager
    INVITED = "invited"  # the invitation is decided (it is in the outbox)
    ACCEPTED = "accepted"
    DECLINED = "declined"  # frees the place
    SNOOZED = "snoozed"  # asked again after `snoozed_until`
    DONE = "done"  # with an optional proof
    SILENT = "silent"  # no answer by the deadline (counts toward the automatic pause)
    LAPSED = "lapsed"  # no answer within the answer window: the place went to the next person
    FULL = "full"  # every place was taken before their "yes" (or before they answered)


class Solicitation(SQLModel, table=True):
    __tablename__ = "solicitation"
    __table_args__ = (UniqueConstraint("client", "external_uid"),)

    id: int | None = Field(default=None, primary_key=True)
    client: str = Field(index=True, max_length=63)
    kind: str = Field(max_length=40)
    title: str = Field(max_length=200)
    description: str | None = Field(default=None, max_length=4000)
    start_at: datetime | None = None  # when it begins (an event's first hour), UTC
    deadline_at: datetime = Field(index=True)  # UTC
    timezone: str = Field(max_length=64)  # the zone start and deadline were given in
    places: int = Field(default=1)
    points: int = Field(default=0)
    target_groups: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    target_person_ids: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    target_levels: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    status: str = Field(default=SolicitationStatus.PLANNED.value, index=True, max_length=16)
    auto: bool = False  # invite without the community manager's confirmation
    source: str = Field(default="cli", max_length=16)  # cli, ics, csv, chat
    external_uid: str | None = Field(default=None, max_length=255)  # an .ics UID
    created_by: str | None = Field(default=None, max_length=160)  # PLATFORM:USER_ID
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    cancelled_at: datetime | None = None


class SolicitationResponse(SQLModel, table=True):
    """One person and one solicitation: proposed, invited, answered, reminded, done."""

    __tablename__ = "solicitation_response"
    __table_args__ = (
        UniqueConstraint("solicitation_id", "person_id"),
        # Covering (migration 0011): the KPI card reads a period's answers from it alone.
        Index(
            "ix_solicitation_response_kpi",
            "client",
            "invited_at",
            "person_id",
            "status",
            "answered_at",
            "response_delay_seconds",
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    client: str = Field(index=True, max_length=63)
    solicitation_id: int = Field(foreign_key="solicitation.id", index=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    status: str = Field(default=ResponseStatus.PROPOSED.value, index=True, max_length=16)
    reason: str | None = Field(default=None, max_length=500)  # why proposed (fair choice)
    proposed_at: datetime = Field(default_factory=utcnow)
    invited_at: datetime | None = Field(default=None, index=True)  # asks per 30 days
    answered_at: datetime | None = None  # the first answer
    response_delay_seconds: float | None = None  # invited_at → answered_at
    snoozed_until: datetime | None = None
    reminders_sent: int = 0
    last_reminded_at: datetime | None = None
    done_at: datetime | None = None
    proof: str | None = Field(default=None, max_length=2000)  # a link or a file reference
    updated_at: datetime = Field(default_factory=utcnow)
