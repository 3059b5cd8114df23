"""`stop rappels` and `reprendre`: what stopping drops, and what resuming plans again.

Stopping drops every pending message to the person in the same transaction, and the
places their unanswered invitations held go to the next people (they will not see the
invitation now). Resuming switches reminders back on and plans again the reminders still
ahead for what they accepted, under new keys (the dropped rows stay as they were, the
record of what was not sent), so that resuming twice plans nothing twice. Resuming (or
"keep me in" after an automatic pause) is also a fresh start: the asks they left
unanswered so far no longer count toward the automatic pause.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func
from sqlmodel import Session, col, select

from bot.outbox import Outbox, OutboxMessage, OutboxStatus
from bot.people.tables import Person, PersonStatus
from bot.solicitations.candidates import aware, forgive
from bot.solicitations.planner import Planner, person_zone_and_quiet
from bot.solicitations.quiet import next_allowed
from bot.solicitations.refill import HOLDING, offer_places
from bot.solicitations.tables import (
    ResponseStatus,
    Solicitation,
    SolicitationResponse,
    SolicitationStatus,
)
from bot.tenants import ClientConfig

# What "je ne suis pas disponible" can decline: an open invitation, answered yes or not.
DECLINABLE = (
    ResponseStatus.INVITED.value,
    ResponseStatus.SNOOZED.value,
    ResponseStatus.ACCEPTED.value,
    ResponseStatus.LAPSED.value,
)


TIMER = "window"  # the outbox kind of an answer window running out


@dataclass(frozen=True)
class Resumed:
    changed: bool  # something was stopped or paused
    reminders: int  # reminders planned again


def open_responses(
    session: Session, person_id: int, statuses: tuple[str, ...], now: datetime
) -> list[tuple[SolicitationResponse, Solicitation]]:
    rows = session.exec(
        select(SolicitationResponse, Solicitation)
        .join(Solicitation, col(Solicitation.id) == col(SolicitationResponse.solicitation_id))
        .where(
            SolicitationResponse.person_id == person_id,
            col(SolicitationResponse.status).in_(statuses),
            Solicitation.status == SolicitationStatus.OPEN.value,
        )
        .order_by(col(SolicitationResponse.id))
    ).all()
    return [(r, s) for r, s in rows if aware(s.deadline_at) > now]  # type: ignore[operator]


def stop_person(session: Session, config: ClientConfig, person: Person, now: datetime) -> int:
    """Stop everything for `person`; how many pending messages to them were dropped (an
    answer window is a timer, not a message: it goes too, uncounted)."""
    assert person.id is not None
    person.reminders_stopped_at = person.reminders_stopped_at or now
    person.updated_at = now
    session.add(person)
    messages = session.exec(
        select(func.count()).where(
            OutboxMessage.person_id == person.id,
            OutboxMessage.status == OutboxStatus.PENDING.value,
            OutboxMessage.kind != TIMER,
        )
    ).one()
    Outbox.cancel(session, person_id=person.id)
    for response, row in open_responses(session, person.id, HOLDING, now):
        response.status = ResponseStatus.LAPSED.value
        response.updated_at = now
        session.add(response)
        session.flush()
        offer_places(session, config, row, now, freed_by=person.id, why="stopped")
    return int(messages)


def resume_person(session: Session, config: ClientConfig, person: Person, now: datetime) -> Resumed:
    assert person.id is not None
    stopped = aware(person.reminders_stopped_at)
    changed = stopped is not None or person.status == PersonStatus.PAUSED.value
    person.reminders_stopped_at = None
    if person.status == PersonStatus.PAUSED.value:
        person.status = PersonStatus.ACTIVE.value
        person.paused_until = None
    person.updated_at = now
    session.add(person)
    if changed:
        forgive(session, person.id)  # a fresh start: past silences no longer pause them
    planned = 0
    if stopped is not None:
        accepted = (ResponseStatus.ACCEPTED.value,)
        for _, row in open_responses(session, person.id, accepted, now):
            planned += _replan(session, config, person, row, now, stopped)
    return Resumed(changed, planned)


def _replan(
    session: Session,
    config: ClientConfig,
    person: Person,
    row: Solicitation,
    now: datetime,
    stopped: datetime,
) -> int:
    """The reminders of `row` still ahead whose row is not pending any more (dropped)."""
    deadline = aware(row.deadline_at)
    assert deadline is not None
    tz, quiet = person_zone_and_quiet(config, person)
    prefix = f"solicitation:{row.id}:person:{person.id}:reminder:"
    pending = set(
        session.exec(
            select(OutboxMessage.key).where(
                col(OutboxMessage.key).startswith(prefix),
                OutboxMessage.status == OutboxStatus.PENDING.value,
            )
        ).all()
    )
    planned = 0
    for hours in config.solicitations.reminder_offsets_hours:
        key = f"{prefix}{hours:g}h"
        due = next_allowed(deadline - timedelta(hours=hours), tz, quiet)
        if due <= now or due >= deadline or key in pending:
            continue
        again = f"{key}:resumed:{int(stopped.timestamp())}"
        if again in pending:
            continue
        if Planner.enqueue_to_person(session, config, person, again, "reminder", now, row, due):
            planned += 1
    return planned
