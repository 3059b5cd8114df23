"""The `outbox` table (migration 0008): messages decided, waiting to leave exactly once."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Column, Index, Table
from sqlmodel import Field, SQLModel

from bot.store.models import utcnow


class OutboxStatus(StrEnum):
    PENDING = "pending"  # due at `next_attempt_at`; claimed while `claimed_until` is ahead
    SENT = "sent"
    FAILED = "failed"  # a permanent error, or too many attempts: reported, never retried
    CANCELLED = "cancelled"  # no longer wanted (the solicitation was cancelled…)


class OutboxMessage(SQLModel, table=True):
    """One message to one recipient. `key` is unique: the same decision twice is one row.

    Keys name what was decided, e.g. `solicitation:12:person:5:invitation` or
    `solicitation:12:person:5:reminder:72h`, so a decision taken again after a crash
    or by a second process finds the row already there.
    """

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_due", "status", "next_attempt_at"),)

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(max_length=255, unique=True)
    client: str = Field(index=True, max_length=63)
    kind: str = Field(max_length=40)  # invitation, reminder, summary, …
    solicitation_id: int | None = Field(default=None, foreign_key="solicitation.id", index=True)
    person_id: int | None = Field(default=None, foreign_key="person.id", index=True)
    platform: str | None = Field(default=None, max_length=16)
    recipient: str | None = Field(default=None, max_length=128)  # a user or channel id
    payload: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    status: str = Field(default=OutboxStatus.PENDING.value, max_length=16)
    due_at: datetime  # when it was meant to leave (lateness is measured from here)
    next_attempt_at: datetime  # due_at, then later after each retryable error
    attempts: int = 0  # claims not given back (a process may die between claim and send)
    claim_token: str | None = Field(default=None, max_length=64)
    claimed_until: datetime | None = None  # the lease: after it, another loop may send
    # The "sending" state, written just before each call to the platform (`mark_sending`):
    # `sends` counts those calls begun, `send_key` (drawn at the first) travels with the
    # message to the platform (Slack message metadata, a Discord nonce), and
    # `send_started_at` dates the first. A row claimed again with `sends` ≥ 1 may already
    # be on the platform: the adapter looks for `send_key` there before posting again.
    send_key: str | None = Field(default=None, max_length=32)
    sends: int = 0
    send_started_at: datetime | None = None
    sent_at: datetime | None = None
    failed_at: datetime | None = None
    last_error: str | None = Field(default=None, max_length=1000)
    created_at: datetime = Field(default_factory=utcnow)

    @property
    def resending(self) -> bool:
        """This attempt follows one that went as far as the platform (it may have posted)."""
        return self.sends > 1


# The Core table, for statements SQLModel's query API does not type (INSERT … ON CONFLICT,
# bulk UPDATE with bound parameters).
OUTBOX_TABLE: Table = OutboxMessage.__table__  # type: ignore[attr-defined]
