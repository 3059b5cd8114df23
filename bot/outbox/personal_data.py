"""What the outbox keeps about a person: messages decided for them, sent or waiting."""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, or_
from sqlmodel import Session, col, select

from bot.data_rights.erasing import dump, scrub
from bot.data_rights.registry import ERASED, DataSubject, PersonalDataStore
from bot.outbox.tables import OutboxMessage, OutboxStatus


def _theirs(subject: DataSubject) -> ColumnElement[bool]:
    by_identity = [
        and_(col(OutboxMessage.platform) == i.platform, col(OutboxMessage.recipient) == i.user_id)
        for i in subject.identities
    ]
    return and_(
        col(OutboxMessage.client) == subject.client,
        or_(col(OutboxMessage.person_id) == subject.person_id, *by_identity),
    )


def _export(session: Session, subject: DataSubject) -> list[dict[str, object]]:
    rows = session.exec(
        select(OutboxMessage).where(_theirs(subject)).order_by(OutboxMessage.id)  # type: ignore[arg-type]
    ).all()
    return [dump(row, without=("claim_token",)) for row in rows]


def _erase(session: Session, subject: DataSubject) -> dict[str, int]:
    rows = session.exec(select(OutboxMessage).where(_theirs(subject))).all()
    for row in rows:
        if row.status == OutboxStatus.PENDING.value:
            row.status = OutboxStatus.CANCELLED.value  # never sent now
        # The row stays (what was sent still counts); keys name people, so they go too.
        row.key = f"{ERASED}:{row.id}"
        row.recipient = row.send_key = row.last_error = row.claim_token = None
        row.payload = {}
        session.add(row)
    quoted = 0  # messages to others that name them (a summary to the community manager)
    needles = subject.needles()
    for other in session.exec(
        select(OutboxMessage).where(col(OutboxMessage.client) == subject.client, ~_theirs(subject))
    ):
        payload, found = scrub(other.payload, needles)
        if found:
            other.payload = payload
            session.add(other)
            quoted += 1
    return {"outbox": len(rows) + quoted}


def outbox_store() -> PersonalDataStore:
    return PersonalDataStore(
        name="outbox",
        keeps="messages the bot decided to send them on its own (invitations, reminders, "
        "recognition): recipient, content, when sent",
        tables=("outbox",),
        export=_export,
        erase=_erase,
    )
