"""What solicitations keep about a person: their answers, and asks they created."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import Session, select

from bot.data_rights.erasing import delete_file_later, dump
from bot.data_rights.registry import ERASED, DataSubject, PersonalDataStore
from bot.solicitations.tables import Solicitation, SolicitationResponse


def _export(session: Session, subject: DataSubject) -> dict[str, object]:
    responses = session.exec(
        select(SolicitationResponse, Solicitation)
        .join(Solicitation, Solicitation.id == SolicitationResponse.solicitation_id)  # type: ignore[arg-type]
        .where(
            SolicitationResponse.client == subject.client,
            SolicitationResponse.person_id == subject.person_id,
        )
        .order_by(SolicitationResponse.id)  # type: ignore[arg-type]
    ).all()
    created = session.exec(
        select(Solicitation).where(
            Solicitation.client == subject.client,
            Solicitation.created_by.in_(list(subject.refs)),  # type: ignore[union-attr]
        )
    ).all()
    return {
        "responses": [
            {**dump(response), "solicitation": {"kind": ask.kind, "title": ask.title}}
            for response, ask in responses
        ],
        "created": [dump(row) for row in created],
    }


def _eraser(home: Path):  # type: ignore[no-untyped-def]
    def erase(session: Session, subject: DataSubject) -> dict[str, int]:
        responses = session.exec(
            select(SolicitationResponse).where(
                SolicitationResponse.client == subject.client,
                SolicitationResponse.person_id == subject.person_id,
            )
        ).all()
        for response in responses:
            if response.proof and response.proof.startswith("file:"):
                delete_file_later(session, home, response.proof)
            # Their answer and its timing still count; the why and the proof go.
            response.reason = response.proof = None
            session.add(response)
        created = session.exec(
            select(Solicitation).where(
                Solicitation.client == subject.client,
                Solicitation.created_by.in_(list(subject.refs)),  # type: ignore[union-attr]
            )
        ).all()
        for ask in created:
            ask.created_by = ERASED
            session.add(ask)
        counts = {"solicitation_response": len(responses)}
        if created:
            counts["solicitation"] = len(created)
        return counts

    return erase


def solicitations_store(home: Path) -> PersonalDataStore:
    return PersonalDataStore(
        name="solicitations",
        keeps="each ask proposed to them, why, their answers and proofs, reminders, and "
        "the asks they created",
        tables=("solicitation", "solicitation_response"),
        export=_export,
        erase=_eraser(home),
    )
