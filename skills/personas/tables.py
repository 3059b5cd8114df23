"""The persona table: one shared, versioned set of personas per client.

Imported by `bot/store/migrations/env.py` so Alembic sees it; revision 0014 creates it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, UniqueConstraint
from sqlmodel import Field, SQLModel

from bot.store.models import utcnow

DRAFT, VALIDATED, PUBLISHED = "draft", "validated", "published"
STATUSES = (DRAFT, VALIDATED, PUBLISHED)


class PersonaSetVersion(SQLModel, table=True):
    """One version of a client's personas: `data` is the engine's JSON (participants
    anonymised as P1, P2…), edited in place while it is a draft.

    `status`: draft (staff only, editable) → validated (the shared reference of every
    department) → published (ambassadors see it too). Editing a validated or published
    set opens the next version as a draft. `people` maps each label to
    "platform:user_id" so a person's data can be found and erased; `sources` lists the
    JE session codes the answers came from.
    """

    __tablename__ = "persona_set"
    __table_args__ = (UniqueConstraint("client", "version"),)

    id: int | None = Field(default=None, primary_key=True)
    client: str = Field(index=True, max_length=63)
    version: int
    status: str = Field(default=DRAFT, max_length=16)
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    people: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    sources: list[Any] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    language: str = Field(max_length=8)
    created_at: datetime = Field(default_factory=utcnow)
    created_by: str = Field(max_length=128)
    edited_at: datetime | None = None
    edited_by: str | None = Field(default=None, max_length=128)
    validated_at: datetime | None = None
    validated_by: str | None = Field(default=None, max_length=128)
    published_at: datetime | None = None
    published_by: str | None = Field(default=None, max_length=128)
