"""`posted_message` (migration 0019): where the bot posted messages that quote a person.

A reply with a `PostTag` (a handoff card, a message relayed to the staff) is recorded here
by the sender of a platform that can edit its messages (Slack: channel and ts; Discord:
channel and message id). When that person asks for erasure (`oubli`), the messages are
edited so that their words leave the staff channels too
(`skills.data_rights.staff_messages`); the rows go with the rest of their data.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, and_, false, or_
from sqlmodel import Field, Session, SQLModel, col, select

from bot.core.messages import PostedRef, PostTag
from bot.data_rights.erasing import dump
from bot.data_rights.registry import DataSubject, PersonalDataStore
from bot.store.database import Database
from bot.store.models import utcnow


class PostedMessage(SQLModel, table=True):
    __tablename__ = "posted_message"
    __table_args__ = (Index("ix_posted_message_person", "client", "person_platform", "user_id"),)

    id: int | None = Field(default=None, primary_key=True)
    client: str = Field(max_length=63)
    platform: str = Field(max_length=16)  # where it was posted
    channel_id: str = Field(max_length=128)
    message_id: str = Field(max_length=64)
    about: str = Field(max_length=32)  # `PostTag.about`
    handoff_id: int | None = Field(default=None, index=True)
    person_platform: str = Field(max_length=16)
    user_id: str = Field(max_length=128)  # the person the message quotes
    posted_at: datetime = Field(default_factory=utcnow)

    @property
    def ref(self) -> PostedRef:
        return PostedRef(self.platform, self.channel_id, self.message_id)


def record_posted(db: Database, tag: PostTag, ref: PostedRef) -> None:
    with db.session(wait_for_disk=False) as session:
        session.add(
            PostedMessage(
                client=tag.client,
                platform=ref.platform,
                channel_id=ref.channel_id[:128],
                message_id=ref.message_id[:64],
                about=tag.about[:32],
                handoff_id=tag.handoff_id,
                person_platform=tag.person_platform[:16],
                user_id=tag.person_id[:128],
            )
        )


def _theirs(subject: DataSubject, handoff_ids: set[int]):  # type: ignore[no-untyped-def]
    ids = [
        and_(PostedMessage.person_platform == i.platform, PostedMessage.user_id == i.user_id)
        for i in subject.identities
    ]
    handoffs = col(PostedMessage.handoff_id).in_(handoff_ids) if handoff_ids else false()
    return and_(PostedMessage.client == subject.client, or_(false(), handoffs, *ids))


def posted_about(
    session: Session, subject: DataSubject, handoff_ids: set[int] | None = None
) -> list[PostedMessage]:
    """The messages posted about them (or about one of `handoff_ids`), oldest first."""
    query = select(PostedMessage).where(_theirs(subject, handoff_ids or set()))
    return list(session.exec(query.order_by(col(PostedMessage.id))).all())


def _export(session: Session, subject: DataSubject) -> list[dict[str, object]]:
    return [dump(row, without=("client",)) for row in posted_about(session, subject)]


def _erase(session: Session, subject: DataSubject) -> dict[str, int]:
    rows = posted_about(session, subject)
    for row in rows:
        session.delete(row)
    return {"posted_message": len(rows)} if rows else {}


def posted_store() -> PersonalDataStore:
    return PersonalDataStore(
        name="staff_posts",
        keeps="where the bot posted messages quoting them for the staff (a handoff card, "
        "their messages relayed): platform, channel and message reference, no text",
        tables=("posted_message",),
        export=_export,
        erase=_erase,
    )
