"""The synthesis table: every synthesis a facilitator asked for, versioned per scope.

Imported by `bot/store/migrations/env.py` so Alembic sees it; revision 0012 creates it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column, UniqueConstraint
from sqlmodel import Field, SQLModel

from bot.store.models import utcnow

ALL_SESSIONS = "all"  # the scope of a synthesis of every JE session of the client


class SynthesisVersion(SQLModel, table=True):
    """One synthesis: `data` is the engine's JSON (participants anonymised as P1, P2…).

    `scope` is a session code or "all"; `version` counts per client and scope. `people`
    maps each label to "platform:user_id", so a person's data can be found and erased;
    names are never stored here (they are shown only on request, from the workshop).
    """

    __tablename__ = "synthesis_version"
    __table_args__ = (UniqueConstraint("client", "scope", "version"),)

    id: int | None = Field(default=None, primary_key=True)
    client: str = Field(index=True, max_length=63)
    scope: str = Field(max_length=16)
    version: int
    data: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    people: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    language: str = Field(max_length=8)
    created_at: datetime = Field(default_factory=utcnow)
    created_by: str = Field(max_length=128)
