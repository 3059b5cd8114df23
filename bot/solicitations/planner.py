"""Drawing up the list of people to ask, and deciding the messages once it is confirmed.

Every decision to send (invitation, reminders, the summary, a check-in) is an outbox
row written in the same transaction as the response rows it goes with: the list is
confirmed and its messages decided together, or neither.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlmodel import Session, select

from bot.clock import Clock, SystemClock
from bot.outbox import Outbox
from bot.people.tables import Person, PersonStatus
from bot.solicitations.book import SolicitationError
from bot.solicitations.candidates import Recipient, aware, contact, gather, staff_person
from bot.solicitations.fairness import Proposal, Ranked, propose
from bot.solicitations.places import chance_of, program_rate, stretch
from bot.solicitations.quiet import Quiet, next_allowed
from bot.solicitations.tables import (
    ResponseStatus,
    Solicitation,
    SolicitationResponse,
    SolicitationStatus,
)
from bot.store.database import Database
from bot.tenants import ClientConfig
from bot.timezones import zone

SUMMARY_AFTER = timedelta(minutes=10)  # after the last reminder is due
ADDED = "added"


@dataclass(frozen=True, slots=True)
class Listed:
    person_id: int
    name: str
    why: dict  # the facts behind the choice (see `reason_of`), or {"added": true}


@dataclass
class ProposalResult:
    solicitation: Solicitation
    proposal: Proposal
    listed: list[Listed] = field(default_factory=list)
    paused_now: list[str] = field(default_factory=list)  # unresponsive, asked to check in
    short_notice: bool = False
    expected_answers: float = 0.0  # how many of those listed are expected to answer


@dataclass
class Invited:
    solicitation: Solicitation
    names: list[str]


def reason_of(ranked: Ranked) -> dict:
    return {
        "days": ranked.days_since_last_ask,
        "asks": ranked.asks_in_window,
        "prefers": ranked.prefers_kind,
        "answered": ranked.candidate.answered,
        "finished": ranked.candidate.finished,
    }


def person_zone_and_quiet(config: ClientConfig, person: Person) -> tuple:
    tz = zone(person.timezone, config.people.timezone)
    return tz, Quiet.of(config.people.quiet_hours, person.quiet_hours)


def usable(session: Session, client: str, solicitation_id: int, now: datetime) -> Solicitation:
    """The solicitation, if people may still be asked or answer; else a clear refusal."""
    row = session.get(Solicitation, solicitation_id)
    if row is None or row.client != client:
        raise SolicitationError("unknown", id=str(solicitation_id))
    if row.status == SolicitationStatus.CANCELLED.value:
        raise SolicitationError("is_cancelled", id=str(solicitation_id), title=row.title)
    if row.status == SolicitationStatus.CLOSED.value or aware(row.deadline_at) <= now:  # type: ignore[operator]
        raise SolicitationError("is_over", id=str(solicitation_id), title=row.title)
    return row


class Planner:
    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()

    # -- the list ------------------------------------------------------------------------
    def propose(self, config: ClientConfig, solicitation_id: int) -> ProposalResult:
        """Draw up the list again (people the community manager added stay on it)."""
        now = self.clock.now()
        with self.db.session() as session:
            row = usable(session, config.name, solicitation_id, now)
            if row.status != SolicitationStatus.PLANNED.value:
                raise SolicitationError("already_confirmed", id=str(solicitation_id))
            return self._draw(session, config, row, now)

    def swap(self, config: ClientConfig, solicitation_id: int, person_id: int) -> ProposalResult:
        """Take someone off the list; the next in line takes their place."""
        return self._change(config, solicitation_id, person_id, ResponseStatus.SET_ASIDE)

    def add(self, config: ClientConfig, solicitation_id: int, person_id: int) -> ProposalResult:
        """Put someone on the list on top of the places (the community manager's choice)."""
        return self._change(config, solicitation_id, person_id, ResponseStatus.PROPOSED)

    def _change(
        self, config: ClientConfig, solicitation_id: int, person_id: int, status: ResponseStatus
    ) -> ProposalResult:
        now = self.clock.now()
        with self.db.session() as session:
            row = usable(session, config.name, solicitation_id, now)
            if row.status != SolicitationStatus.PLANNED.value:
                raise SolicitationError("already_confirmed", id=str(solicitation_id))
            person = session.get(Person, person_id)
            if person is None or person.client != config.name:
                raise SolicitationError("unknown_person", id=str(person_id))
            response = _response(session, solicitation_id, person_id)
            if response is None:
                response = SolicitationResponse(
                    client=config.name, solicitation_id=solicitation_id, person_id=person_id
                )
            response.status = status.value
            response.reason = (
                json.dumps({ADDED: True}) if status is ResponseStatus.PROPOSED else None
            )
            response.proposed_at = now
            response.updated_at = now
            session.add(response)
            session.flush()
            return self._draw(session, config, row, now)

    def _draw(
        self, session: Session, config: ClientConfig, row: Solicitation, now: datetime
    ) -> ProposalResult:
        assert row.id is not None
        settings = config.solicitations
        rows = _responses(session, row.id)
        added = {r.person_id for r in rows if r.status == "proposed" and is_added(r)}
        for response in rows:  # the previous list goes; set-aside and added people stay
            if response.status == ResponseStatus.PROPOSED.value and response.person_id not in added:
                session.delete(response)
        session.flush()
        everyone = gather(session, row, now)
        candidates = [c for c in everyone if c.person_id not in added]
        proposal = propose(
            candidates,
            kind=row.kind,
            places=row.places,  # people added by hand come on top
            now=now,
            max_asks=settings.max_asks_per_30_days,
            unanswered_limit=settings.unanswered_before_pause,
        )
        # Enough people for the places to be covered by expected answers (`places.py`).
        rate = program_rate((c.answered, c.finished) for c in everyone)
        stretch(proposal, rate, row.places, [], settings.invitations_per_place)
        result = ProposalResult(row, proposal)
        result.expected_answers = sum(chance_of(r.candidate, rate) for r in proposal.picked)
        for ranked in proposal.picked:
            session.add(
                SolicitationResponse(
                    client=row.client,
                    solicitation_id=row.id,
                    person_id=ranked.person_id,
                    status=ResponseStatus.PROPOSED.value,
                    reason=json.dumps(reason_of(ranked)),
                    proposed_at=now,
                    updated_at=now,
                )
            )
        for candidate in proposal.unresponsive:
            person = session.get(Person, candidate.person_id)
            assert person is not None
            if self._pause_unresponsive(session, config, person, now):
                result.paused_now.append(candidate.name)
        session.flush()
        result.listed = self._listed(session, row.id)
        deadline = aware(row.deadline_at)
        assert deadline is not None
        result.short_notice = deadline - now < timedelta(days=settings.notice_days)
        return result

    def listed(self, solicitation_id: int) -> list[Listed]:
        with self.db.session() as session:
            return self._listed(session, solicitation_id)

    @staticmethod
    def _listed(session: Session, solicitation_id: int) -> list[Listed]:
        rows = session.exec(
            select(SolicitationResponse, Person)
            .join(Person, Person.id == SolicitationResponse.person_id)  # type: ignore[arg-type]
            .where(
                SolicitationResponse.solicitation_id == solicitation_id,
                SolicitationResponse.status == ResponseStatus.PROPOSED.value,
            )
            .order_by(SolicitationResponse.id)  # type: ignore[arg-type]
        ).all()
        ordered = sorted(rows, key=lambda pair: (is_added(pair[0]), pair[0].id))
        return [
            Listed(person.id or 0, person.name or f"#{person.id}", json.loads(r.reason or "{}"))
            for r, person in ordered
        ]

    def _pause_unresponsive(
        self, session: Session, config: ClientConfig, person: Person, now: datetime
    ) -> bool:
        """Pause someone silent on their last asks and ask them: keep me in, later, stop."""
        if person.status != PersonStatus.ACTIVE.value and person.paused_until is None:
            return False
        person.status = PersonStatus.PAUSED.value
        person.paused_until = None
        person.updated_at = now
        session.add(person)
        assert person.id is not None
        asks = session.exec(
            select(SolicitationResponse.id).where(SolicitationResponse.person_id == person.id)
        ).all()
        return self.enqueue_to_person(
            session, config, person, f"person:{person.id}:checkin:{len(asks)}", "checkin", now
        )

    # -- confirming: the messages are decided ----------------------------------------------
    def confirm(self, config: ClientConfig, solicitation_id: int, by: Recipient | None) -> Invited:
        now = self.clock.now()
        with self.db.session() as session:
            row = usable(session, config.name, solicitation_id, now)
            if row.status != SolicitationStatus.PLANNED.value:
                raise SolicitationError("already_confirmed", id=str(solicitation_id))
            listed = [
                r
                for r in _responses(session, solicitation_id)
                if r.status == ResponseStatus.PROPOSED.value
            ]
            listed.sort(key=lambda r: (is_added(r), r.id))
            if not listed:
                raise SolicitationError("empty_list", id=str(solicitation_id))
            row.status = SolicitationStatus.OPEN.value
            row.updated_at = now
            session.add(row)
            names, last = [], now
            for response in listed:
                person = session.get(Person, response.person_id)
                assert person is not None
                last = max(last, self.invite(session, config, row, person, response, now))
                names.append(person.name or f"#{person.id}")
            if by is not None:
                self._enqueue_summary(session, config, row, by, last + SUMMARY_AFTER, now)
            return Invited(row, names)

    @staticmethod
    def invite(
        session: Session,
        config: ClientConfig,
        row: Solicitation,
        person: Person,
        response: SolicitationResponse | None,
        now: datetime,
    ) -> datetime:
        """Invite one person (in the caller's transaction); when their last message is due."""
        assert row.id is not None and person.id is not None
        if response is None:
            response = SolicitationResponse(
                client=row.client, solicitation_id=row.id, person_id=person.id, proposed_at=now
            )
        response.status = ResponseStatus.INVITED.value
        response.updated_at = now
        session.add(response)
        session.flush()
        tz, quiet = person_zone_and_quiet(config, person)
        invite_at = next_allowed(now, tz, quiet)
        prefix = f"solicitation:{row.id}:person:{person.id}"
        Planner.enqueue_to_person(
            session, config, person, f"{prefix}:invitation", "invitation", now, row, invite_at
        )
        deadline = aware(row.deadline_at)
        assert deadline is not None
        last = invite_at
        for hours in config.solicitations.reminder_offsets_hours:
            planned = deadline - timedelta(hours=hours)
            if planned <= invite_at:
                continue  # too late for this one: the invitation is closer to the deadline
            due = next_allowed(planned, tz, quiet)
            if due >= deadline:
                continue
            key = f"{prefix}:reminder:{hours:g}h"
            Planner.enqueue_to_person(session, config, person, key, "reminder", now, row, due)
            last = max(last, due)
        return last

    @staticmethod
    def enqueue_to_person(
        session: Session,
        config: ClientConfig,
        person: Person,
        key: str,
        kind: str,
        now: datetime,
        row: Solicitation | None = None,
        due: datetime | None = None,
    ) -> bool:
        where = contact(session, person.id or 0)
        if where is None:
            return False
        if due is None:
            tz, quiet = person_zone_and_quiet(config, person)
            due = next_allowed(now, tz, quiet)
        return Outbox.enqueue(
            session,
            key=key,
            client=config.name,
            kind=kind,
            due_at=due,
            platform=where.platform,
            recipient=where.user_id,
            solicitation_id=row.id if row else None,
            person_id=person.id,
            now=now,
        )

    def _enqueue_summary(
        self,
        session: Session,
        config: ClientConfig,
        row: Solicitation,
        by: Recipient,
        after: datetime,
        now: datetime,
    ) -> None:
        staff = staff_person(session, config.name, by)
        due = after
        if staff is not None:
            tz, quiet = person_zone_and_quiet(config, staff)
            due = next_allowed(after, tz, quiet)
        Outbox.enqueue(
            session,
            key=f"solicitation:{row.id}:summary",
            client=config.name,
            kind="summary",
            due_at=due,
            platform=by.platform,
            recipient=by.user_id,
            solicitation_id=row.id,
            now=now,
        )


def _responses(session: Session, solicitation_id: int) -> list[SolicitationResponse]:
    return list(
        session.exec(
            select(SolicitationResponse).where(
                SolicitationResponse.solicitation_id == solicitation_id
            )
        ).all()
    )


def _response(
    session: Session, solicitation_id: int, person_id: int
) -> SolicitationResponse | None:
    return session.exec(
        select(SolicitationResponse).where(
            SolicitationResponse.solicitation_id == solicitation_id,
            SolicitationResponse.person_id == person_id,
        )
    ).first()


def is_added(response: SolicitationResponse) -> bool:
    try:
        return bool(json.loads(response.reason or "{}").get(ADDED))
    except (ValueError, AttributeError):
        return False
