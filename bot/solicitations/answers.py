"""An ambassador's answers: accept, decline, snooze, done (with a proof), and stopping.

Each answer changes the response row and decides what follows (a freed place offered to
the next person, a snooze reminder, "it is full" to the others once the last place is
taken) in one transaction. A "yes" takes a place while one is free, even after the
answer window; once every place is taken, a "yes" is thanked and told it is full.
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
from bot.solicitations.candidates import aware, forgive, gather
from bot.solicitations.fairness import propose
from bot.solicitations.planner import Planner, person_zone_and_quiet, usable
from bot.solicitations.quiet import next_allowed
from bot.solicitations.refill import (
    FILLING,
    close_if_full,
    filled,
    offer_places,
    responses,
)
from bot.solicitations.stopping import (
    DECLINABLE,
    Resumed,
    open_responses,
    resume_person,
    stop_person,
)
from bot.solicitations.tables import ResponseStatus, Solicitation, SolicitationResponse
from bot.store.database import Database
from bot.tenants import ClientConfig

SNOOZE = timedelta(days=1)
_I, _S, _A = ResponseStatus.INVITED, ResponseStatus.SNOOZED, ResponseStatus.ACCEPTED
_L, _F = ResponseStatus.LAPSED, ResponseStatus.FULL
# Where an answer can come from: an invitation or reminder not yet settled, an invitation
# past its answer window (a late answer), or one closed as full (thanked, nothing changes).
ANSWERABLE = {
    "accept": (_I, _S, _L, _F),
    "decline": (_I, _S, _A, _L, _F),
    "snooze": (_I, _S, _A, _L),
    "done": (_I, _S, _A, _L),
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
    full: bool = False  # every place was already taken: thanked, told it is full
    late: bool = False  # a "yes" after the answer window, taken: a place was still free
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
            if response.status == ResponseStatus.FULL.value:
                result.full = True  # their answer is recorded; the places stay as they are
            elif answer is Answer.ACCEPT:
                self._accept(session, row, response, result)
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
            if response.status in FILLING:
                close_if_full(session, config, row, now)
            session.flush()
            session.refresh(response)
            return result

    @staticmethod
    def _accept(
        session: Session,
        row: Solicitation,
        response: SolicitationResponse,
        result: AnswerResult,
    ) -> None:
        """A yes takes a place while one is free (the first yeses win), else it is full."""
        others = [r for r in responses(session, row.id or 0) if r.id != response.id]
        if filled(others) >= row.places:
            response.status = ResponseStatus.FULL.value
            result.full = True
            return
        result.late = response.status == ResponseStatus.LAPSED.value
        response.status = ResponseStatus.ACCEPTED.value

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
        Planner.enqueue_to_person(
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
        _drop_pending(session, row.id or 0, response.person_id)
        invited, asked = offer_places(
            session, config, row, now, freed_by=response.person_id, why="declined"
        )
        result.replaced_by = ", ".join(invited) or None
        result.manager_asked = asked

    def replace(
        self, config: ClientConfig, solicitation_id: int, person_id: int
    ) -> tuple[Solicitation, str]:
        """Invite the person the community manager chose for a freed place."""
        now = self.clock.now()
        with self.db.session() as session:
            row = usable(session, config.name, solicitation_id, now)
            if filled(responses(session, solicitation_id)) >= row.places:
                raise SolicitationError("is_full", title=row.title)
            nxt = next_in_line(session, config, row, now, only=person_id)
            if nxt is None:
                raise SolicitationError("not_eligible_now", id=str(person_id), title=row.title)
            Planner.invite(session, config, row, nxt, None, now)
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
    def stop(self, config: ClientConfig, person_id: int) -> int:
        """`stop rappels`: nothing more is sent; pending messages are dropped (how many), and
        the places their unanswered invitations held go to the next people."""
        now = self.clock.now()
        with self.db.session() as session:
            person = _person(session, person_id)
            return stop_person(session, config, person, now)

    def open_for(self, person_id: int) -> list[tuple[int, str]]:
        """The solicitations still open for the person that they could decline (id, title)."""
        now = self.clock.now()
        with self.db.session() as session:
            rows = open_responses(session, person_id, DECLINABLE, now)
            return [(row.id or 0, row.title) for _, row in rows]

    def pause(self, person_id: int, until: datetime | None, *, fresh_start: bool = False) -> None:
        """Paused until `until` (or until they resume). `fresh_start`: their silences so far
        no longer count (they answered the check-in "later"), so the pause's end does not
        pause them again at once."""
        now = self.clock.now()
        with self.db.session() as session:
            person = _person(session, person_id)
            person.status = PersonStatus.PAUSED.value
            person.paused_until = until
            person.updated_at = now
            session.add(person)
            if fresh_start:
                forgive(session, person_id)

    def resume(self, config: ClientConfig, person_id: int) -> Resumed:
        """Active again and reminders back on; the reminders still ahead for what they
        accepted are planned again (those `stop rappels` dropped)."""
        now = self.clock.now()
        with self.db.session() as session:
            person = _person(session, person_id)
            return resume_person(session, config, person, now)


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


def _drop_pending(session: Session, solicitation_id: int, person_id: int) -> None:
    prefix = f"solicitation:{solicitation_id}:person:{person_id}:"
    pending = session.exec(
        select(OutboxMessage.key).where(col(OutboxMessage.key).startswith(prefix))
    ).all()
    Outbox.cancel(session, keys=pending)


def _person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise SolicitationError("unknown_person", id=str(person_id))
    return person
