"""An ambassador's answers: accept, decline, snooze, done (with a proof), and stopping.

Each answer changes the response row and decides what follows (a freed place offered to
the next person, a snooze reminder) in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlmodel import Session, col, select

from bot.clock import Clock, SystemClock
from bot.outbox import Outbox, OutboxMessage
from bot.people.tables import Person, PersonStatus
from bot.solicitations.book import SolicitationError
from bot.solicitations.candidates import aware, creator, gather
from bot.solicitations.fairness import propose
from bot.solicitations.planner import (
    Planner,
    Recipient,
    person_zone_and_quiet,
    usable,
)
from bot.solicitations.quiet import next_allowed
from bot.solicitations.tables import ResponseStatus, Solicitation, SolicitationResponse
from bot.store.database import Database
from bot.tenants import ClientConfig

SNOOZE = timedelta(days=1)
# Where an answer can come from: an invitation or reminder not yet settled.
ANSWERABLE = {
    "accept": (ResponseStatus.INVITED, ResponseStatus.SNOOZED),
    "decline": (ResponseStatus.INVITED, ResponseStatus.SNOOZED, ResponseStatus.ACCEPTED),
    "snooze": (ResponseStatus.INVITED, ResponseStatus.SNOOZED, ResponseStatus.ACCEPTED),
    "done": (ResponseStatus.INVITED, ResponseStatus.SNOOZED, ResponseStatus.ACCEPTED),
}


class Answer(StrEnum):
    ACCEPT = "accept"
    DECLINE = "decline"
    SNOOZE = "snooze"
    DONE = "done"


@dataclass
class AnswerResult:
    solicitation: Solicitation
    response: SolicitationResponse
    replaced_by: str | None = None  # invited at once in the freed place (automatic)
    manager_asked: bool = False  # the community manager is asked whom to invite instead
    snoozed_until: datetime | None = None
    done: object = None  # what the `on_done` hook returned (the contribution it logged)


# Called in the transaction that records a Done: whatever it writes commits with it.
OnDone = Callable[[Session, Solicitation, SolicitationResponse, datetime], object]


class Answers:
    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()
        self.planner = Planner(db, self.clock)

    def answer(
        self,
        config: ClientConfig,
        solicitation_id: int,
        person_id: int,
        answer: Answer,
        on_done: OnDone | None = None,
    ) -> AnswerResult:
        """Record the answer; `on_done` runs in the same transaction when it is a Done."""
        now = self.clock.now()
        with self.db.session() as session:
            row = usable(session, config.name, solicitation_id, now)
            response = session.exec(
                select(SolicitationResponse).where(
                    SolicitationResponse.solicitation_id == solicitation_id,
                    SolicitationResponse.person_id == person_id,
                )
            ).first()
            if response is None or response.status not in ANSWERABLE[answer.value]:
                status = response.status if response else "none"
                raise SolicitationError(f"cannot_{answer.value}", status=status, title=row.title)
            if response.answered_at is None:  # item 5: invitation -> first answer
                response.answered_at = now
                invited = aware(response.invited_at)
                if invited is not None:
                    response.response_delay_seconds = max((now - invited).total_seconds(), 0.0)
            result = AnswerResult(row, response)
            if answer is Answer.ACCEPT:
                response.status = ResponseStatus.ACCEPTED.value
            elif answer is Answer.DONE:
                response.status = ResponseStatus.DONE.value
                response.done_at = now
            elif answer is Answer.SNOOZE:
                result.snoozed_until = self._snooze(session, config, row, response, now)
            else:
                response.status = ResponseStatus.DECLINED.value
                self._free_place(session, config, row, response, result, now)
            response.updated_at = now
            session.add(response)
            session.flush()
            if answer is Answer.DONE and on_done is not None:
                result.done = on_done(session, row, response, now)
            session.refresh(response)
            return result

    def _snooze(
        self,
        session: Session,
        config: ClientConfig,
        row: Solicitation,
        response: SolicitationResponse,
        now: datetime,
    ) -> datetime:
        person = session.get(Person, response.person_id)
        assert person is not None
        deadline = aware(row.deadline_at)
        assert deadline is not None
        tz, quiet = person_zone_and_quiet(config, person)
        # Asked again a day later, or halfway to the deadline when that is closer.
        later = next_allowed(min(now + SNOOZE, now + (deadline - now) / 2), tz, quiet)
        if response.status != ResponseStatus.ACCEPTED.value:
            response.status = ResponseStatus.SNOOZED.value
        response.snoozed_until = later
        snoozes = session.exec(
            select(OutboxMessage.id).where(
                col(OutboxMessage.key).startswith(
                    f"solicitation:{row.id}:person:{person.id}:snooze:"
                )
            )
        ).all()
        self.planner._enqueue_to_person(
            session,
            config,
            person,
            f"solicitation:{row.id}:person:{person.id}:snooze:{len(snoozes) + 1}",
            "snooze",
            now,
            row,
            later,
        )
        return later

    def _free_place(
        self,
        session: Session,
        config: ClientConfig,
        row: Solicitation,
        response: SolicitationResponse,
        result: AnswerResult,
        now: datetime,
    ) -> None:
        """Pending reminders to the person go; the place is offered to the next in line."""
        prefix = f"solicitation:{row.id}:person:{response.person_id}:"
        pending = session.exec(
            select(OutboxMessage.key).where(col(OutboxMessage.key).startswith(prefix))
        ).all()
        Outbox.cancel(session, keys=pending)
        automatic = row.auto or config.solicitations.replace_on_decline == "auto"
        if automatic:
            nxt = next_in_line(session, config, row, now)
            if nxt is not None:
                self.planner.invite(session, config, row, nxt, None, now)
                result.replaced_by = nxt.name or f"#{nxt.id}"
            return
        manager = summary_recipient(session, row)
        if manager is None:
            return
        Outbox.enqueue(
            session,
            key=f"solicitation:{row.id}:replace:{response.person_id}",
            client=config.name,
            kind="replace",
            due_at=now,
            platform=manager.platform,
            recipient=manager.user_id,
            solicitation_id=row.id,
            payload={"declined": response.person_id},
            now=now,
        )
        result.manager_asked = True

    def replace(
        self, config: ClientConfig, solicitation_id: int, person_id: int
    ) -> tuple[Solicitation, str]:
        """Invite the person the community manager chose for a freed place."""
        now = self.clock.now()
        with self.db.session() as session:
            row = usable(session, config.name, solicitation_id, now)
            nxt = next_in_line(session, config, row, now, only=person_id)
            if nxt is None:
                raise SolicitationError("not_eligible_now", id=str(person_id), title=row.title)
            self.planner.invite(session, config, row, nxt, None, now)
            return row, nxt.name or f"#{nxt.id}"

    # -- proof ---------------------------------------------------------------------------
    def record_proof(self, response_id: int, proof: str) -> SolicitationResponse:
        with self.db.session() as session:
            response = session.get(SolicitationResponse, response_id)
            if response is None:
                raise SolicitationError("unknown", id=str(response_id))
            response.proof = proof[:2000]
            response.updated_at = self.clock.now()
            session.add(response)
            session.flush()
            session.refresh(response)
            return response

    # -- stopping --------------------------------------------------------------------------
    def stop(self, person_id: int) -> int:
        """`stop rappels`: nothing more is sent; pending messages are dropped (how many)."""
        now = self.clock.now()
        with self.db.session() as session:
            person = _person(session, person_id)
            person.reminders_stopped_at = person.reminders_stopped_at or now
            person.updated_at = now
            session.add(person)
            return Outbox.cancel(session, person_id=person_id)

    def pause(self, person_id: int, until: datetime | None) -> None:
        now = self.clock.now()
        with self.db.session() as session:
            person = _person(session, person_id)
            person.status = PersonStatus.PAUSED.value
            person.paused_until = until
            person.updated_at = now
            session.add(person)

    def resume(self, person_id: int) -> bool:
        """Active again and reminders back on; False when nothing was stopped or paused."""
        now = self.clock.now()
        with self.db.session() as session:
            person = _person(session, person_id)
            changed = person.reminders_stopped_at is not None or (
                person.status == PersonStatus.PAUSED.value
            )
            person.reminders_stopped_at = None
            if person.status == PersonStatus.PAUSED.value:
                person.status = PersonStatus.ACTIVE.value
                person.paused_until = None
            person.updated_at = now
            session.add(person)
            return changed


def next_in_line(
    session: Session,
    config: ClientConfig,
    row: Solicitation,
    now: datetime,
    only: int | None = None,
) -> Person | None:
    """The first eligible person for one more place (or `only`, if they are eligible)."""
    settings = config.solicitations
    candidates = [c for c in gather(session, row, now) if only is None or c.person_id == only]
    proposal = propose(
        candidates,
        kind=row.kind,
        places=1,
        now=now,
        max_asks=settings.max_asks_per_30_days,
        unanswered_limit=settings.unanswered_before_pause,
    )
    if not proposal.picked:
        return None
    return session.get(Person, proposal.picked[0].person_id)


def summary_recipient(session: Session, row: Solicitation) -> Recipient | None:
    """Whoever confirmed the list (the summary goes to them), else whoever created it."""
    summary = session.exec(
        select(OutboxMessage).where(OutboxMessage.key == f"solicitation:{row.id}:summary")
    ).first()
    if summary is not None and summary.platform and summary.recipient:
        return Recipient(summary.platform, summary.recipient)
    return creator(row)


def _person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise SolicitationError("unknown_person", id=str(person_id))
    return person
