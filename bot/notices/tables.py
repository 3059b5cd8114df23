"""Evidence of the notice each person saw (migration 0016), and of each consent they gave
or withdrew (migration 0018)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

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


class ConsentTopic(StrEnum):
    """What a person may say yes or no to (issue 20 item 2)."""

    MODEL = "model"  # an external model (`consentement oui|non`, `privacy.model_consent`)
    SURVEYS = "surveys"  # the NPS survey (`sondages oui`, `stop sondages`)
    BOARD = "board"  # named on the benevolent board (`tableau oui|non`)
    CHANNEL = "channel"  # celebrated in the community channel (`annonces oui|non`)


class Consent(SQLModel, table=True):
    """A person's last answer on one topic, with when and where they gave it: the evidence
    of their consent. No row: they have not said yes (migration 0018; was `model_consent`)."""

    __tablename__ = "consent"
    __table_args__ = (UniqueConstraint("client", "person_id", "topic", name="uq_consent_topic"),)

    id: int | None = Field(default=None, primary_key=True)
    client: str = Field(index=True, max_length=63)
    person_id: int = Field(foreign_key="person.id", index=True)
    topic: str = Field(max_length=16)  # a `ConsentTopic`
    consented: bool
    platform: str = Field(max_length=16)  # where they said it ("migration": carried over)
    decided_at: datetime = Field(default_factory=utcnow)
