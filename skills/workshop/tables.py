"""Workshop tables: sessions, participants, answers and versioned outputs.

Imported by `bot/store/migrations/env.py` so Alembic sees them; revision 0003
(or later) creates them.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column, UniqueConstraint
from sqlmodel import Field, SQLModel

from bot.store.models import utcnow


class WorkshopSession(SQLModel, table=True):
    """One run of a flow (NOUS, JE or ACTION) for a client, started by a facilitator."""

    __tablename__ = "workshop_session"

    id: int | None = Field(default=None, primary_key=True)
    client: str = Field(index=True, max_length=63)
    code: str = Field(unique=True, max_length=16)  # what people type to join
    flow: str = Field(max_length=32)
    status: str = Field(default="open", index=True, max_length=16)  # open | closed
    audience: str = Field(default="open", max_length=16)  # open | invited | group
    group: str | None = Field(default=None, max_length=128)
    platform: str = Field(max_length=16)
    channel_id: str = Field(max_length=128)
    thread_id: str | None = Field(default=None, index=True, max_length=128)
    facilitator_id: str = Field(max_length=128)
    created_at: datetime = Field(default_factory=utcnow)
    closed_at: datetime | None = None


class WorkshopParticipant(SQLModel, table=True):
    """A person's place in a session: where they stand and what they still have to do."""

    __tablename__ = "workshop_participant"
    __table_args__ = (UniqueConstraint("session_id", "platform", "user_id"),)

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="workshop_session.id", index=True)
    platform: str = Field(max_length=16)
    user_id: str = Field(index=True, max_length=128)
    display_name: str | None = Field(default=None, max_length=255)
    status: str = Field(default="invited", max_length=16)  # invited | active | paused | done
    step_id: str | None = Field(default=None, max_length=64)
    return_to: str | None = Field(default=None, max_length=64)  # after `modifier <step>`
    draft: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    invited_at: datetime = Field(default_factory=utcnow)
    joined_at: datetime | None = None
    updated_at: datetime = Field(default_factory=utcnow)


class WorkshopAnswer(SQLModel, table=True):
    """One participant's answer to one step: a typed JSON value (or skipped)."""

    __tablename__ = "workshop_answer"
    __table_args__ = (UniqueConstraint("participant_id", "step_id"),)

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="workshop_session.id", index=True)
    participant_id: int = Field(foreign_key="workshop_participant.id", index=True)
    step_id: str = Field(max_length=64)
    value: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    skipped: bool = False
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class WorkshopOutput(SQLModel, table=True):
    """What a closed session yields for its client; each close adds a version."""

    __tablename__ = "workshop_output"
    __table_args__ = (UniqueConstraint("client", "flow", "version"),)

    id: int | None = Field(default=None, primary_key=True)
    client: str = Field(index=True, max_length=63)
    flow: str = Field(max_length=32)
    version: int
    session_id: int = Field(foreign_key="workshop_session.id")
    data: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(default_factory=utcnow)
