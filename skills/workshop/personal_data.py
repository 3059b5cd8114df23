"""What workshops keep about a person: their place in sessions, answers, facilitation."""

from __future__ import annotations

from sqlalchemy import and_, false, or_
from sqlmodel import Session, select

from bot.data_rights.erasing import dump, scrub, texts_in
from bot.data_rights.registry import ERASED, DataSubject, PersonalDataStore
from skills.workshop.repository import DONE
from skills.workshop.tables import (
    WorkshopAnswer,
    WorkshopOutput,
    WorkshopParticipant,
    WorkshopSession,
)


def their_places(
    session: Session, subject: DataSubject
) -> list[tuple[WorkshopParticipant, WorkshopSession]]:
    ids = [
        and_(WorkshopParticipant.platform == i.platform, WorkshopParticipant.user_id == i.user_id)
        for i in subject.identities
    ]
    return list(
        session.exec(
            select(WorkshopParticipant, WorkshopSession)
            .join(WorkshopSession, WorkshopSession.id == WorkshopParticipant.session_id)  # type: ignore[arg-type]
            .where(WorkshopSession.client == subject.client, or_(false(), *ids))
            .order_by(WorkshopParticipant.id)  # type: ignore[arg-type]
        ).all()
    )


def their_answers(session: Session, participant_ids: list[int]) -> list[WorkshopAnswer]:
    return list(
        session.exec(
            select(WorkshopAnswer)
            .where(WorkshopAnswer.participant_id.in_(participant_ids))  # type: ignore[attr-defined]
            .order_by(WorkshopAnswer.id)  # type: ignore[arg-type]
        ).all()
    )


def _writings(session: Session, subject: DataSubject) -> list[str]:
    """What they wrote in workshops: scrubbed from outputs and syntheses."""
    places = their_places(session, subject)
    answers = their_answers(session, [p.id for p, _ in places if p.id is not None])
    written = [t for a in answers for t in texts_in(a.value)]
    return written + [t for p, _ in places for t in texts_in(p.draft)]


def _facilitated(session: Session, subject: DataSubject) -> list[WorkshopSession]:
    ids = [
        and_(WorkshopSession.platform == i.platform, WorkshopSession.facilitator_id == i.user_id)
        for i in subject.identities
    ]
    query = select(WorkshopSession).where(
        WorkshopSession.client == subject.client, or_(false(), *ids)
    )
    return list(session.exec(query).all())


def _export(session: Session, subject: DataSubject) -> dict[str, object]:
    places = their_places(session, subject)
    answers = their_answers(session, [p.id for p, _ in places if p.id is not None])
    return {
        "participations": [
            {
                **dump(place),
                "session": {"code": ws.code, "flow": ws.flow, "status": ws.status},
                "answers": [dump(a) for a in answers if a.participant_id == place.id],
            }
            for place, ws in places
        ],
        "facilitated": [dump(ws) for ws in _facilitated(session, subject)],
    }


def _erase(session: Session, subject: DataSubject) -> dict[str, int]:
    needles = subject.needles()
    places = their_places(session, subject)
    answers = their_answers(session, [p.id for p, _ in places if p.id is not None])
    for answer in answers:
        session.delete(answer)
    for place, _ in places:
        # The place stays (how many took part), under a name unique in its session.
        place.user_id, place.display_name, place.draft = f"{ERASED}:{place.id}", None, {}
        if place.status != DONE:  # nobody to ask the next step or tell the close
            place.status = ERASED
        session.add(place)
    facilitated = _facilitated(session, subject)
    for ws in facilitated:
        ws.facilitator_id = ERASED
        session.add(ws)
    outputs = 0
    for output in session.exec(
        select(WorkshopOutput).where(WorkshopOutput.client == subject.client)
    ):
        data, found = scrub(output.data, needles)
        if found:
            output.data = data
            session.add(output)
            outputs += 1
    counts = {"workshop_answer": len(answers), "workshop_participant": len(places)}
    if facilitated:
        counts["workshop_session"] = len(facilitated)
    if outputs:
        counts["workshop_output"] = outputs
    return counts


def workshop_store() -> PersonalDataStore:
    return PersonalDataStore(
        name="workshops",
        keeps="their place in each workshop session, every answer and draft, the sessions "
        "they facilitated, and their words in the sessions' outputs",
        tables=("workshop_session", "workshop_participant", "workshop_answer", "workshop_output"),
        export=_export,
        erase=_erase,
        writings=_writings,
    )
