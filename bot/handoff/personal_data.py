"""What the `handoff` and `handoff_message` tables keep about a person, and the handoffs'
escalation jobs."""

from __future__ import annotations

from sqlalchemy import and_, false, or_, text
from sqlmodel import Session, select

from bot.data_rights.erasing import dump, names_them, scrub
from bot.data_rights.registry import ERASED, DataSubject, PersonalDataStore
from bot.handoff.keys import escalation_job_id
from bot.handoff.messages import Author, HandoffMessage, thread
from bot.handoff.records import ACTIVE, Handoff, HandoffStatus
from bot.store import Database
from bot.store.models import utcnow


def _theirs(subject: DataSubject):  # type: ignore[no-untyped-def]
    ids = [
        and_(Handoff.platform == i.platform, Handoff.user_id == i.user_id)
        for i in subject.identities
    ]
    return and_(Handoff.client == subject.client, or_(false(), *ids))


def their_handoffs(session: Session, subject: DataSubject) -> list[Handoff]:
    """Every handoff opened for them, oldest first."""
    return list(session.exec(select(Handoff).where(_theirs(subject)).order_by(Handoff.id)).all())  # type: ignore[arg-type]


def active_handoffs(db: Database, subject: DataSubject) -> list[tuple[int, str]]:
    """(id, platform) of their open or claimed handoffs: the staff are told when an
    erasure closes one, else they would go on writing to nobody."""
    with db.session() as session:
        return [
            (row.id or 0, row.platform)
            for row in their_handoffs(session, subject)
            if row.status in ACTIVE
        ]


def _export(session: Session, subject: DataSubject) -> list[dict[str, object]]:
    """Each handoff with its thread: their own messages and the staff replies."""
    return [
        {
            **dump(row),
            "messages": [dump(m, without=("client",)) for m in thread(session, row.id or 0)],
        }
        for row in their_handoffs(session, subject)
    ]


def _writings(session: Session, subject: DataSubject) -> list[str]:
    """The threads of their handoffs, the staff replies included: a staff member's own
    transcript quotes them ("repondre 3 …") and loses them with the rest."""
    rows = their_handoffs(session, subject)
    return [m.text for row in rows for m in thread(session, row.id or 0)]


def _erase(session: Session, subject: DataSubject) -> dict[str, int]:
    rows = their_handoffs(session, subject)
    jobs = messages = 0
    for row in rows:
        for message in thread(session, row.id or 0):
            session.delete(message)
            messages += 1
        if row.status in ACTIVE:  # nobody left to help: closed, and no escalation is due
            row.status = HandoffStatus.RESOLVED.value
            row.resolved_at, row.resolved_by = utcnow(), ERASED
            jobs += _drop_job(session, escalation_job_id(row.id or 0))
        # Kept for the times to claim and resolve, without who or what.
        row.user_id, row.user_name, row.summary = ERASED, None, ""
        row.conversation_key = f"{ERASED}:{row.id}"
        session.add(row)
    staff = session.exec(
        select(Handoff).where(
            Handoff.client == subject.client,
            or_(
                Handoff.claimed_by.in_(subject.user_ids),  # type: ignore[union-attr]
                Handoff.resolved_by.in_(subject.user_ids),  # type: ignore[union-attr]
            ),
        )
    ).all()
    for row in staff:  # they were the staff member who took or gave back a handoff
        if names_them(subject, row.claimed_by):
            row.claimed_by = ERASED
        if names_them(subject, row.resolved_by):
            row.resolved_by = ERASED
        session.add(row)
    counts = {"handoff": len({row.id for row in [*rows, *staff]})}
    counts["handoff_message"] = messages + _staff_replies(session, subject)
    if jobs:
        counts["apscheduler_jobs"] = jobs
    return counts


def _staff_replies(session: Session, subject: DataSubject) -> int:
    """Their replies to other people as a staff member stay in those people's threads,
    without who wrote them; whatever names them in other threads is scrubbed."""
    changed = 0
    needles = subject.needles()
    for message in session.exec(
        select(HandoffMessage).where(HandoffMessage.client == subject.client)
    ).all():
        text_, found = scrub(message.text, needles)
        mine = message.author == Author.STAFF and names_them(subject, message.user_id)
        if not found and not mine:
            continue
        message.text = text_
        if mine:
            message.user_id = ERASED
        session.add(message)
        changed += 1
    return changed


def _drop_job(session: Session, job_id: str) -> int:
    result = session.execute(text("DELETE FROM apscheduler_jobs WHERE id = :id"), {"id": job_id})
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def handoff_store() -> PersonalDataStore:
    return PersonalDataStore(
        name="handoffs",
        keeps="each handoff to a person: why (category, rule, urgency), a summary with "
        "personal data masked, who took it and when, and its messages: the person's own "
        "and the staff replies",
        tables=("handoff", "handoff_message"),
        export=_export,
        erase=_erase,
        writings=_writings,
    )
