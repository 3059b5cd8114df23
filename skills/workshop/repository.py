"""Workshop storage, and the small read API other skills use.

Every write is one committed transaction: the skill acknowledges an answer
only after `record_answer` returned. Values are stored as `{"v": value}`.

Reading from another skill:

    repo = WorkshopRepository(db)
    repo.program_definition("acme")           # purpose, objectives, KPIs, themes, groups, plans
    repo.latest_output("acme", "nous")        # one flow's latest closed version
    repo.participant_answers("acme", "je")    # JE answers per participant, typed, timestamped
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from bot.store.database import Database
from bot.store.models import utcnow
from skills.workshop.tables import (
    WorkshopAnswer,
    WorkshopOutput,
    WorkshopParticipant,
    WorkshopSession,
)

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I
CODE_LENGTH = 5
ACTIVE = "active"
DONE = "done"
PAUSED = "paused"
INVITED = "invited"


@dataclass(frozen=True)
class StoredAnswer:
    value: Any
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class ParticipantAnswers:
    """What one participant answered in one session (step id → typed value)."""

    session_code: str
    session_id: int
    platform: str
    user_id: str
    display_name: str | None
    status: str
    answers: dict[str, StoredAnswer]
    skipped: tuple[str, ...]


@dataclass(frozen=True)
class OutputVersion:
    flow: str
    version: int
    session_id: int
    data: dict[str, Any]
    created_at: datetime


def _majority_yes(votes: dict[str, list[str]] | None) -> bool:
    """NOUS decides whether its output may be shown to ambassadors; no vote means yes."""
    if not votes:
        return True
    return len(votes.get("yes", [])) >= len(votes.get("no", []))


class WorkshopRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- sessions --------------------------------------------------------------------------
    def create_session(self, **fields: Any) -> WorkshopSession:
        for _ in range(20):
            code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
            try:
                with self.db.session() as session:
                    row = WorkshopSession(code=code, **fields)
                    session.add(row)
                return row
            except IntegrityError:
                continue
        raise RuntimeError("could not draw a free workshop code")

    def session(self, session_id: int) -> WorkshopSession | None:
        with self.db.session() as session:
            return session.get(WorkshopSession, session_id)

    def session_by_code(self, client: str, code: str) -> WorkshopSession | None:
        with self.db.session() as session:
            return session.exec(
                select(WorkshopSession).where(
                    WorkshopSession.client == client, WorkshopSession.code == code.upper()
                )
            ).first()

    def session_in_thread(self, client: str, thread_id: str) -> WorkshopSession | None:
        with self.db.session() as session:
            return session.exec(
                select(WorkshopSession).where(
                    WorkshopSession.client == client,
                    WorkshopSession.thread_id == thread_id,
                    WorkshopSession.status == "open",
                )
            ).first()

    def open_sessions(self, client: str) -> list[WorkshopSession]:
        with self.db.session() as session:
            return list(
                session.exec(
                    select(WorkshopSession)
                    .where(WorkshopSession.client == client, WorkshopSession.status == "open")
                    .order_by(col(WorkshopSession.id))
                )
            )

    # -- participants ----------------------------------------------------------------------
    def invite(self, session_id: int, platform: str, user_id: str) -> WorkshopParticipant:
        with self.db.session() as session:
            row = self._participant(session, session_id, platform, user_id)
            if row is None:
                row = WorkshopParticipant(session_id=session_id, platform=platform, user_id=user_id)
                session.add(row)
            return row

    def join(
        self,
        session_id: int,
        platform: str,
        user_id: str,
        display_name: str | None,
        first_step: str | None,
    ) -> tuple[WorkshopParticipant, bool]:
        """Make a person an active participant; True when they had already joined."""
        with self.db.session() as session:
            row = self._participant(session, session_id, platform, user_id)
            if row is not None and row.status != INVITED:
                return row, True
            row = row or WorkshopParticipant(
                session_id=session_id, platform=platform, user_id=user_id
            )
            row.display_name = display_name or row.display_name
            row.status = ACTIVE if first_step else DONE
            row.step_id = first_step
            row.joined_at = row.updated_at = utcnow()
            session.add(row)
            return row, False

    @staticmethod
    def _participant(
        session: Session, session_id: int, platform: str, user_id: str
    ) -> WorkshopParticipant | None:
        return session.exec(
            select(WorkshopParticipant).where(
                WorkshopParticipant.session_id == session_id,
                WorkshopParticipant.platform == platform,
                WorkshopParticipant.user_id == user_id,
            )
        ).first()

    def participant(self, participant_id: int) -> WorkshopParticipant | None:
        with self.db.session() as session:
            return session.get(WorkshopParticipant, participant_id)

    def participant_in(
        self, session_id: int, platform: str, user_id: str
    ) -> WorkshopParticipant | None:
        with self.db.session() as session:
            return self._participant(session, session_id, platform, user_id)

    def participants(self, session_id: int) -> list[WorkshopParticipant]:
        with self.db.session() as session:
            return list(
                session.exec(
                    select(WorkshopParticipant)
                    .where(WorkshopParticipant.session_id == session_id)
                    .order_by(col(WorkshopParticipant.id))
                )
            )

    def participations(
        self, client: str, platform: str, user_id: str
    ) -> list[tuple[WorkshopSession, WorkshopParticipant]]:
        """A person's places in the client's open sessions, oldest session first."""
        with self.db.session() as session:
            rows = session.exec(
                select(WorkshopSession, WorkshopParticipant)
                .join(
                    WorkshopParticipant, col(WorkshopParticipant.session_id) == WorkshopSession.id
                )
                .where(
                    WorkshopSession.client == client,
                    WorkshopSession.status == "open",
                    WorkshopParticipant.platform == platform,
                    WorkshopParticipant.user_id == user_id,
                )
                .order_by(col(WorkshopSession.id))
            )
            return [(s, p) for s, p in rows]

    def move(self, participant_id: int, **position: Any) -> WorkshopParticipant:
        """Change a participant's step, status, return point or draft (committed)."""
        with self.db.session() as session:
            row = session.get(WorkshopParticipant, participant_id)
            assert row is not None
            for name, value in position.items():
                setattr(row, name, value)
            row.updated_at = utcnow()
            session.add(row)
            return row

    # -- answers ---------------------------------------------------------------------------
    def record_answer(
        self,
        participant_id: int,
        answered_step: str,
        value: Any,
        *,
        skipped: bool = False,
        **position: Any,
    ) -> WorkshopParticipant:
        """Store one answer and the participant's new position in one transaction."""
        with self.db.session() as session:
            participant = session.get(WorkshopParticipant, participant_id)
            assert participant is not None
            answer = session.exec(
                select(WorkshopAnswer).where(
                    WorkshopAnswer.participant_id == participant_id,
                    WorkshopAnswer.step_id == answered_step,
                )
            ).first() or WorkshopAnswer(
                session_id=participant.session_id,
                participant_id=participant_id,
                step_id=answered_step,
            )
            answer.value = {"v": value}
            answer.skipped = skipped
            answer.updated_at = utcnow()
            session.add(answer)
            for name, new in position.items():
                setattr(participant, name, new)
            participant.updated_at = utcnow()
            session.add(participant)
            return participant

    def answers(self, participant_id: int) -> dict[str, Any]:
        """Answered (not skipped) steps of one participant: step id → value."""
        with self.db.session() as session:
            rows = session.exec(
                select(WorkshopAnswer).where(
                    WorkshopAnswer.participant_id == participant_id,
                    col(WorkshopAnswer.skipped).is_(False),
                )
            )
            return {row.step_id: row.value.get("v") for row in rows}

    def session_answers(self, session_id: int) -> list[ParticipantAnswers]:
        with self.db.session() as session:
            workshop = session.get(WorkshopSession, session_id)
            assert workshop is not None
            return self._collect(session, [workshop])

    def participant_answers(self, client: str, flow: str) -> list[ParticipantAnswers]:
        """Every participant's answers in every session of `flow` for `client` (for syntheses)."""
        with self.db.session() as session:
            sessions = list(
                session.exec(
                    select(WorkshopSession)
                    .where(WorkshopSession.client == client, WorkshopSession.flow == flow)
                    .order_by(col(WorkshopSession.id))
                )
            )
            return self._collect(session, sessions)

    @staticmethod
    def _collect(session: Session, sessions: list[WorkshopSession]) -> list[ParticipantAnswers]:
        result: list[ParticipantAnswers] = []
        for workshop in sessions:
            participants = session.exec(
                select(WorkshopParticipant)
                .where(WorkshopParticipant.session_id == workshop.id)
                .order_by(col(WorkshopParticipant.id))
            )
            for person in participants:
                rows = list(
                    session.exec(
                        select(WorkshopAnswer)
                        .where(WorkshopAnswer.participant_id == person.id)
                        .order_by(col(WorkshopAnswer.id))
                    )
                )
                assert workshop.id is not None
                result.append(
                    ParticipantAnswers(
                        session_code=workshop.code,
                        session_id=workshop.id,
                        platform=person.platform,
                        user_id=person.user_id,
                        display_name=person.display_name,
                        status=person.status,
                        answers={
                            r.step_id: StoredAnswer(r.value.get("v"), r.created_at, r.updated_at)
                            for r in rows
                            if not r.skipped
                        },
                        skipped=tuple(r.step_id for r in rows if r.skipped),
                    )
                )
        return result

    # -- outputs ---------------------------------------------------------------------------
    def close(self, session_id: int, data: dict[str, Any]) -> OutputVersion:
        """Close a session and store what it yields as the flow's next version."""
        with self.db.session() as session:
            workshop = session.get(WorkshopSession, session_id)
            assert workshop is not None
            latest = session.exec(
                select(func.max(WorkshopOutput.version)).where(
                    WorkshopOutput.client == workshop.client, WorkshopOutput.flow == workshop.flow
                )
            ).one()
            output = WorkshopOutput(
                client=workshop.client,
                flow=workshop.flow,
                version=(latest or 0) + 1,
                session_id=session_id,
                data=data,
            )
            workshop.status = "closed"
            workshop.closed_at = utcnow()
            session.add(workshop)
            session.add(output)
            return OutputVersion(
                output.flow, output.version, session_id, output.data, output.created_at
            )

    def outputs(self, client: str, flow: str) -> list[OutputVersion]:
        """Every version of a flow's output for a client, oldest first."""
        with self.db.session() as session:
            rows = session.exec(
                select(WorkshopOutput)
                .where(WorkshopOutput.client == client, WorkshopOutput.flow == flow)
                .order_by(col(WorkshopOutput.version))
            )
            return [
                OutputVersion(r.flow, r.version, r.session_id, r.data, r.created_at) for r in rows
            ]

    def latest_output(self, client: str, flow: str) -> OutputVersion | None:
        versions = self.outputs(client, flow)
        return versions[-1] if versions else None

    def program_definition(self, client: str) -> dict[str, Any]:
        """The program as the latest NOUS and ACTION versions define it.

        ACTION's validated purpose and objectives win over NOUS's; KPIs come from
        NOUS; themes, groups and plans from ACTION. Empty lists where nothing exists yet.
        `shared_with_ambassadors`: whether NOUS agreed to show its output in JE.
        """
        nous = self.latest_output(client, "nous")
        action = self.latest_output(client, "action")
        nous_data = nous.data if nous else {}
        action_data = action.data if action else {}
        purpose = action_data.get("purpose") or nous_data.get("purpose") or []
        return {
            "purpose": purpose,
            "objectives": action_data.get("objectives") or nous_data.get("objectives") or [],
            "kpis": nous_data.get("kpis") or [],
            "themes": action_data.get("themes") or [],
            "groups": action_data.get("groups") or [],
            "communication_plan": action_data.get("communication_plan") or [],
            "training_plan": action_data.get("training_plan") or [],
            "animation_plan": action_data.get("animation_plan") or [],
            "shared_with_ambassadors": _majority_yes(nous_data.get("share_with_ambassadors")),
            "versions": {
                "nous": nous.version if nous else None,
                "action": action.version if action else None,
            },
        }
