"""Places as they free up and fill: a decline, an invitation past its answer window, a late
"yes", the last place taken (see `places.py` for the rules).

Every function works in the caller's transaction: the change that frees or fills a place
and the messages it decides (an invitation to the next person, a proposal to the
community manager, "it is full" to those still invited) commit together.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session, col, select

from bot.outbox import Outbox, OutboxMessage
from bot.people.tables import Person, PersonStatus
from bot.solicitations.candidates import Recipient, aware, creator, gather
from bot.solicitations.fairness import Candidate, propose
from bot.solicitations.places import chance_of, invite_count, program_rate, uncovered
from bot.solicitations.planner import Planner, is_added
from bot.solicitations.tables import ResponseStatus, Solicitation, SolicitationResponse
from bot.tenants import ClientConfig

FILLING = (ResponseStatus.ACCEPTED.value, ResponseStatus.DONE.value)
# Invited, no "yes" yet, and still holding a place (a snooze is an answer: it holds too).
HOLDING = (ResponseStatus.INVITED.value, ResponseStatus.SNOOZED.value)


def responses(session: Session, solicitation_id: int) -> list[SolicitationResponse]:
    return list(
        session.exec(
            select(SolicitationResponse)
            .where(SolicitationResponse.solicitation_id == solicitation_id)
            .order_by(col(SolicitationResponse.id))
        ).all()
    )


def filled(rows: Sequence[SolicitationResponse]) -> int:
    return sum(1 for r in rows if r.status in FILLING)


def holds_place(session: Session, response: SolicitationResponse, now: datetime) -> bool:
    """Invited and not answered no (nor past the window), by someone who can still answer.

    People the community manager added by hand come on top of the places: they do not
    cover one (their "yes" takes one like any other)."""
    if response.status not in HOLDING or is_added(response):
        return False
    person = session.get(Person, response.person_id)
    if person is None or person.reminders_stopped_at is not None:
        return False
    if person.status == PersonStatus.LEFT.value:
        return False
    until = aware(person.paused_until)
    paused = person.status == PersonStatus.PAUSED.value and (until is None or until > now)
    return not paused


def next_people(
    session: Session, config: ClientConfig, row: Solicitation, now: datetime
) -> tuple[list[Person], bool]:
    """Who to invite now for the open places (in the fair order), and whether any invitation
    is wanted at all (True with nobody: no eligible person is left)."""
    settings = config.solicitations
    rows = responses(session, row.id or 0)
    candidates = gather(session, row, now)
    rate = program_rate((c.answered, c.finished) for c in candidates)
    by_id = {c.person_id: c for c in candidates}
    waiting = [
        chance_of(by_id[r.person_id], rate)
        for r in rows
        if r.person_id in by_id and holds_place(session, r, now)
    ]
    needed = row.places - filled(rows)
    if not uncovered(needed, waiting, settings.invitations_per_place):
        return [], False
    ranked = _ranked(candidates, row, now, config)
    count = invite_count(
        [chance_of(r, rate) for r in ranked], needed, waiting, settings.invitations_per_place
    )
    people = [session.get(Person, c.person_id) for c in ranked[:count]]
    return [p for p in people if p is not None], True


def _ranked(
    candidates: list[Candidate], row: Solicitation, now: datetime, config: ClientConfig
) -> list[Candidate]:
    settings = config.solicitations
    proposal = propose(
        candidates,
        kind=row.kind,
        places=len(candidates),
        now=now,
        max_asks=settings.max_asks_per_30_days,
        unanswered_limit=settings.unanswered_before_pause,
    )
    return [ranked.candidate for ranked in proposal.picked]


def offer_places(
    session: Session,
    config: ClientConfig,
    row: Solicitation,
    now: datetime,
    *,
    freed_by: int,
    why: str,
) -> tuple[list[str], bool]:
    """A place was freed by `freed_by` (`why`: declined, lapsed or stopped).

    Automatic (an `auto` solicitation, or `replace_on_decline: auto`): the next people in
    line are invited at once (their names). Otherwise the community manager is offered the
    next person (True when that proposal is decided). Nothing happens when the people still
    invited are expected to cover the places.
    """
    people, wanted = next_people(session, config, row, now)
    if not wanted:
        return [], False
    if row.auto or config.solicitations.replace_on_decline == "auto":
        for person in people:
            Planner.invite(session, config, row, person, None, now)
        return [p.name or f"#{p.id}" for p in people], False
    manager = summary_recipient(session, row)
    if manager is None:
        return [], False
    Outbox.enqueue(
        session,
        key=f"solicitation:{row.id}:replace:{freed_by}",
        client=config.name,
        kind="replace",
        due_at=now,
        platform=manager.platform,
        recipient=manager.user_id,
        solicitation_id=row.id,
        payload={"person": freed_by, "why": why},
        now=now,
    )
    return [], True


def close_if_full(session: Session, config: ClientConfig, row: Solicitation, now: datetime) -> int:
    """Every place taken: those still invited are told it is full (their reminders go); an
    invitation that has not left yet is simply withdrawn. How many are told."""
    rows = responses(session, row.id or 0)
    if filled(rows) < row.places:
        return 0
    told = 0
    for response in rows:
        if response.status not in HOLDING:
            continue
        prefix = f"solicitation:{row.id}:person:{response.person_id}:"
        pending = session.exec(
            select(OutboxMessage.key).where(col(OutboxMessage.key).startswith(prefix))
        ).all()
        Outbox.cancel(session, keys=pending)
        response.updated_at = now
        if response.invited_at is None and response.answered_at is None:
            response.status = ResponseStatus.SET_ASIDE.value  # never knew: not an ask
            session.add(response)
            continue
        response.status = ResponseStatus.FULL.value
        session.add(response)
        person = session.get(Person, response.person_id)
        if person is not None and Planner.enqueue_to_person(
            session, config, person, f"{prefix}full", "full", now, row
        ):
            told += 1
    return told


def summary_recipient(session: Session, row: Solicitation) -> Recipient | None:
    """Whoever confirmed the list (the summary goes to them), else whoever created it."""
    summary = session.exec(
        select(OutboxMessage).where(OutboxMessage.key == f"solicitation:{row.id}:summary")
    ).first()
    if summary is not None and summary.platform and summary.recipient:
        return Recipient(summary.platform, summary.recipient)
    return creator(row)
