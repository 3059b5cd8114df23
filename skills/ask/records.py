"""The answer log: every question put to the knowledge base, its answer and its feedback."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlmodel import or_, select

from bot.store.database import Database
from bot.store.models import AnswerRecord, utcnow

HELPFUL, NOT_HELPFUL = 1, -1


class FeedbackOutcome(StrEnum):
    SAVED = "saved"
    NOT_FOUND = "not_found"
    NOT_YOURS = "not_yours"


@dataclass(frozen=True, slots=True)
class Asker:
    """Who asked: the feedback on an answer belongs to this person only."""

    client: str
    platform: str
    user_id: str


class AnswerLog:
    def __init__(self, db: Database) -> None:
        self.db = db

    def record(self, asker: Asker, **values: object) -> AnswerRecord:
        """Store (and commit) one question and what was answered."""
        row = AnswerRecord(
            client=asker.client, platform=asker.platform, user_id=asker.user_id, **values
        )
        with self.db.session() as session:
            session.add(row)
            session.flush()
            session.refresh(row)
        return row

    def set_feedback(self, record_id: int, asker: Asker, value: int) -> FeedbackOutcome:
        """Store 👍 (+1) or 👎 (-1) on an answer; the latest click of its asker wins."""
        with self.db.session() as session:
            row = session.get(AnswerRecord, record_id)
            if row is None or row.client != asker.client:
                # Another client's record is reported as absent: nothing leaks about it.
                return FeedbackOutcome.NOT_FOUND
            if (row.platform, row.user_id) != (asker.platform, asker.user_id):
                return FeedbackOutcome.NOT_YOURS
            row.feedback = value
            row.feedback_at = utcnow()
            session.add(row)
        return FeedbackOutcome.SAVED

    def gaps(
        self,
        client: str,
        *,
        since: datetime | None = None,
        since_days: float | None = None,
    ) -> list[AnswerRecord]:
        """Unanswered questions (restricted ones included) and answers marked 👎, newest first."""
        query = select(AnswerRecord).where(
            AnswerRecord.client == client,
            or_(AnswerRecord.answered == False, AnswerRecord.feedback == NOT_HELPFUL),  # noqa: E712
        )
        if since_days is not None:
            since = days_ago(since_days)
        if since is not None:
            query = query.where(AnswerRecord.created_at >= since)
        with self.db.session() as session:
            return list(session.exec(query.order_by(AnswerRecord.created_at.desc())))

    def get(self, record_id: int) -> AnswerRecord | None:
        with self.db.session() as session:
            return session.get(AnswerRecord, record_id)


def days_ago(days: float) -> datetime:
    return utcnow() - timedelta(days=days)
