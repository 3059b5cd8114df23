"""What the `handoff` table keeps about a person, and its escalation jobs."""

from __future__ import annotations

from sqlalchemy import and_, false, or_, text
from sqlmodel import Session, select

from bot.data_rights.erasing import dump, names_them
from bot.data_rights.registry import ERASED, DataSubject, PersonalDataStore
from bot.handoff.keys import escalation_job_id
from bot.handoff.records import ACTIVE, Handoff, HandoffStatus
from bot.store.models import utcnow


def _theirs(subject: DataSubject):  # type: ignore[no-untyped-def]
    ids = [
        and_(Handoff.platform == i.platform, Handoff.user_id == i.user_id)
        for i in subject.identities
    ]
    return and_(Handoff.client == subject.client, or_(false(), *ids))


def _export(session: Session, subject: DataSubject) -> list[dict[str, object]]:
    rows = session.exec(select(Handoff).where(_theirs(subject)).order_by(Handoff.id)).all()  # type: ignore[arg-type]
    # The messages themselves (theirs and the staff's replies) are in the conversation's
    # transcript: the "conversations" section.
    return [dump(row) for row in rows]


def _erase(session: Session, subject: DataSubject) -> dict[str, int]:
    rows = session.exec(select(Handoff).where(_theirs(subject))).all()
    jobs = 0
    for row in rows:
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
    if jobs:
        counts["apscheduler_jobs"] = jobs
    return counts


def _drop_job(session: Session, job_id: str) -> int:
    result = session.execute(text("DELETE FROM apscheduler_jobs WHERE id = :id"), {"id": job_id})
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def handoff_store() -> PersonalDataStore:
    return PersonalDataStore(
        name="handoffs",
        keeps="each handoff to a person: why (category, rule, urgency), a summary with "
        "personal data masked, who took it and when",
        tables=("handoff",),
        export=_export,
        erase=_erase,
    )
