"""Evidence of the notice each person saw, and their answer about external models
(migration 0016)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from bot.store.models import utcnow


class NoticeSeen(SQLModel, table=True):
    """One person was shown one version of the first-contact notice: when, in which
    language, on which platform. Unique per person and version (shown once)."""

    __tablename__ = "notice_seen"
    __table_args__ = (UniqueConstraint("client", "person_id", "version"),)

    id: int | None = Field(default=None, primary_key=True)
    client: str = Field(index=True, max_length=63)
    person_id: int = Field(foreign_key="person.id", index=True)
    version: str = Field(max_length=32)
    language: str = Field(max_length=8)
    platform: str = Field(max_length=16)
    seen_at: datetime = Field(default_factory=utcnow)


class ModelConsent(SQLModel, table=True):
    """A person's last answer to `consentement oui|non` (clients with
    `privacy.model_consent: required`); no row: they have not said yes."""

    __tablename__ = "model_consent"
    __table_args__ = (UniqueConstraint("client", "person_id"),)

    id: int | None = Field(default=None, primary_key=True)
    client: str = Field(index=True, max_length=63)
    person_id: int = Field(foreign_key="person.id", index=True)
    consented: bool
    platform: str = Field(max_length=16)  # where they said it
    decided_at: datetime = Field(default_factory=utcnow)
