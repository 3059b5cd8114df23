"""The messages of a handoff, both ways (migration 0018): what the person wrote while a
person of the team had the conversation, and what the staff replied (`repondre N …`).

Kept for the person's export (`mes données`: "their own messages and the staff replies"),
erased with them (`oubli`), purged with the conversation states (`privacy.retention`).
The card's summary stays the only text in `handoff`, masked of personal data.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Index
from sqlmodel import Field, Session, SQLModel, col, select

from bot.store.database import Database
from bot.store.models import utcnow

MAX_CHARS = 8000  # longer messages are refused before any skill; never more is kept


class Author(StrEnum):
    PERSON = "person"  # the person helped (their platform user id in `user_id`)
    STAFF = "staff"  # a staff member's reply (their platform user id in `user_id`)


class HandoffMessage(SQLModel, table=True):
    __tablename__ = "handoff_message"
    __table_args__ = (
        Index("ix_handoff_message_thread", "handoff_id", "sent_at", "id"),
        Index("ix_handoff_message_sent", "client", "sent_at"),  # the retention purge
    )

    id: int | None = Field(default=None, primary_key=True)
    client: str = Field(max_length=63)
    handoff_id: int = Field(foreign_key="handoff.id")
    author: str = Field(max_length=8)  # an `Author`
    user_id: str = Field(max_length=128)  # who wrote it
    text: str
    sent_at: datetime = Field(default_factory=utcnow)


def keep_message(
    db: Database,
    client: str,
    handoff_id: int,
    author: Author,
    user_id: str,
    text: str,
    now: datetime | None = None,
) -> bool:
    """Add one message to a handoff's thread; False for an empty one (nothing kept)."""
    text = text.strip()
    if not text:
        return False
    with db.session() as session:
        session.add(
            HandoffMessage(
                client=client,
                handoff_id=handoff_id,
                author=author.value,
                user_id=user_id[:128],
                text=text[:MAX_CHARS],
                sent_at=now or utcnow(),
            )
        )
    return True


def thread(session: Session, handoff_id: int) -> list[HandoffMessage]:
    """A handoff's messages, oldest first."""
    return list(
        session.exec(
            select(HandoffMessage)
            .where(HandoffMessage.handoff_id == handoff_id)
            .order_by(col(HandoffMessage.sent_at), col(HandoffMessage.id))
        ).all()
    )
