"""The `person` and `person_identity` tables (migration 0007)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import JSON, Column, Index, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from bot.store.models import utcnow

STAFF_ROLE_SQL = "role IN ('community_manager', 'facilitator')"  # the roles of staff


class PersonStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"  # until `paused_until`, or until they resume
    LEFT = "left"  # no longer in the program; kept for history until erased


class Person(SQLModel, table=True):
    __tablename__ = "person"
    # The KPI card finds the staff by their last role seen (migration 0011).
    __table_args__ = (
        Index(
            "ix_person_staff",
            "client",
            sqlite_where=text(STAFF_ROLE_SQL),
            postgresql_where=text(STAFF_ROLE_SQL),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    client: str = Field(index=True, max_length=63)
    name: str | None = Field(default=None, max_length=255)
    email: str | None = Field(default=None, index=True, max_length=320)  # lower-case
    role: str | None = Field(default=None, max_length=32)  # last role seen in chat
    groups: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    language: str | None = Field(default=None, max_length=8)  # chosen with `langue`
    timezone: str | None = Field(default=None, max_length=64)  # IANA; None = the client's
    quiet_hours: dict | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    preferred_kinds: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    status: str = Field(default=PersonStatus.ACTIVE.value, index=True, max_length=16)
    paused_until: datetime | None = None
    # `stop rappels`: no solicitation message of any kind until they resume (migration 0008)
    reminders_stopped_at: datetime | None = None
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class PersonIdentity(SQLModel, table=True):
    """How one platform knows a person: (platform, user id), unique within a client."""

    __tablename__ = "person_identity"
    __table_args__ = (UniqueConstraint("client", "platform", "user_id"),)

    id: int | None = Field(default=None, primary_key=True)
    client: str = Field(index=True, max_length=63)
    person_id: int = Field(foreign_key="person.id", index=True)
    platform: str = Field(max_length=16)
    user_id: str = Field(max_length=128)
    display_name: str | None = Field(default=None, max_length=255)
    first_seen_at: datetime | None = None  # None: known from a roster, never met in chat
    last_seen_at: datetime | None = None
