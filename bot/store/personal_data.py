"""What the core's tables keep about a person: conversation states, questions, audit."""

from __future__ import annotations

from sqlalchemy import and_, false, or_
from sqlmodel import Session, select

from bot.data_rights.erasing import dump, scrub
from bot.data_rights.registry import ERASED, DataSubject, PersonalDataStore
from bot.store.models import AnswerRecord, Conversation
from bot.store.posted import posted_store


def _theirs(table: type[Conversation] | type[AnswerRecord], subject: DataSubject):  # type: ignore[no-untyped-def]
    ids = [
        and_(table.platform == i.platform, table.user_id == i.user_id) for i in subject.identities
    ]
    return and_(table.client == subject.client, or_(false(), *ids))


def _export_conversations(session: Session, subject: DataSubject) -> list[dict[str, object]]:
    rows = session.exec(select(Conversation).where(_theirs(Conversation, subject))).all()
    return [dump(row) for row in rows]


def _their_messages(session: Session, subject: DataSubject) -> list[str]:
    rows = session.exec(select(Conversation).where(_theirs(Conversation, subject))).all()
    return [
        str(line.get("text", ""))
        for row in rows
        for line in row.state.get("transcript") or []
        if isinstance(line, dict) and line.get("who") == "user"
    ]


def _erase_conversations(session: Session, subject: DataSubject) -> dict[str, int]:
    rows = session.exec(select(Conversation).where(_theirs(Conversation, subject))).all()
    for row in rows:
        session.delete(row)
    # Staff conversations quote them (a relayed message, "handoff of Léonie closed").
    needles = subject.needles()
    quoted = 0
    others = session.exec(
        select(Conversation).where(
            Conversation.client == subject.client, ~_theirs(Conversation, subject)
        )
    )
    for other in others:
        state, found = scrub(other.state, needles)
        if found:
            other.state = state
            session.add(other)
            quoted += 1
    return {"conversation": len(rows) + quoted}


def _export_questions(session: Session, subject: DataSubject) -> list[dict[str, object]]:
    rows = session.exec(
        select(AnswerRecord).where(_theirs(AnswerRecord, subject)).order_by(AnswerRecord.id)  # type: ignore[arg-type]
    ).all()
    return [dump(row) for row in rows]


def _their_questions(session: Session, subject: DataSubject) -> list[str]:
    rows = session.exec(select(AnswerRecord).where(_theirs(AnswerRecord, subject))).all()
    return [row.question for row in rows]


def _erase_questions(session: Session, subject: DataSubject) -> dict[str, int]:
    rows = session.exec(select(AnswerRecord).where(_theirs(AnswerRecord, subject))).all()
    for row in rows:
        # Kept without a word of it: questions asked and answered still count.
        row.user_id, row.question, row.answer, row.sources = ERASED, "", "", []
        session.add(row)
    return {"answer_record": len(rows)}


def _nothing(_session: Session, _subject: DataSubject) -> list[object]:
    return []


def _nothing_erased(_session: Session, _subject: DataSubject) -> dict[str, int]:
    return {}


def core_stores() -> tuple[PersonalDataStore, ...]:
    return (
        PersonalDataStore(
            name="conversations",
            keeps="where each conversation stands (an open step, a handoff) and its last "
            "messages, the person's and the replies (the transcript staff see)",
            tables=("conversation",),
            export=_export_conversations,
            erase=_erase_conversations,
            writings=_their_messages,
        ),
        PersonalDataStore(
            name="questions",
            keeps="each question asked to the knowledge base, the answer given, its sources "
            "and the feedback",
            tables=("answer_record",),
            export=_export_questions,
            erase=_erase_questions,
            writings=_their_questions,
        ),
        PersonalDataStore(
            name="model_calls",
            keeps="the audit of external model calls: hashes and counts per client, no "
            "text and no person (nothing to export or erase)",
            tables=("model_call_audit", "processed_event"),
            export=_nothing,
            erase=_nothing_erased,
        ),
        posted_store(),
    )
