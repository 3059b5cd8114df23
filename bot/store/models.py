"""Database tables. Every change here comes with an Alembic revision in `migrations/`."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


class ProcessedEvent(SQLModel, table=True):
    """Platform events already handled: a retry with the same key is dropped."""

    __tablename__ = "processed_event"

    key: str = Field(primary_key=True, max_length=255)
    seen_at: datetime = Field(default_factory=utcnow, index=True)


class Conversation(SQLModel, table=True):
    """Where a person stands with the bot: an active flow step, a handoff…"""

    __tablename__ = "conversation"

    key: str = Field(primary_key=True, max_length=255)
    client: str = Field(index=True, max_length=63)
    platform: str = Field(max_length=16)
    user_id: str = Field(max_length=128)
    state: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    updated_at: datetime = Field(default_factory=utcnow)


class AnswerRecord(SQLModel, table=True):
    """A question put to the knowledge base, what was answered, and the asker's feedback.

    Unanswered questions are the knowledge gaps community managers review.
    """

    __tablename__ = "answer_record"

    id: int | None = Field(default=None, primary_key=True)
    client: str = Field(index=True, max_length=63)
    platform: str = Field(max_length=16)
    user_id: str = Field(max_length=128)
    role: str = Field(max_length=32)
    language: str = Field(max_length=8)
    question: str
    answered: bool = Field(index=True)
    # Unanswered for the asker, although staff-level documents answer it: a "restricted" gap.
    restricted: bool = False
    answer: str = ""
    sources: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    support: float = 0.0
    generated_by: str = Field(default="extractive", max_length=32)  # or the model's name
    feedback: int | None = None  # +1 helpful, -1 not helpful
    feedback_at: datetime | None = None
    created_at: datetime = Field(default_factory=utcnow, index=True)
