"""Gathering the facts the fair choice ranks people on, from the database."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlmodel import Session, col, select

from bot.handoff.records import Handoff, HandoffStatus
from bot.people.tables import Person, PersonIdentity
from bot.solicitations.fairness import AskRecord, Candidate, tally
from bot.solicitations.tables import ResponseStatus, Solicitation, SolicitationResponse
from bot.tenants import Role

# Responses that are not asks (yet): on a list being drawn up, or swapped out of it.
NOT_ASKED = (ResponseStatus.PROPOSED.value, ResponseStatus.SET_ASIDE.value)
STAFF = (Role.COMMUNITY_MANAGER.value, Role.FACILITATOR.value)
ACTIVE_HANDOFF = (HandoffStatus.OPEN.value, HandoffStatus.CLAIMED.value)
FORGIVEN = "forgiven"  # in a response's `reason`: a silence that no longer counts


@dataclass(frozen=True, slots=True)
class Recipient:
    platform: str
    user_id: str


def aware(moment: datetime | None) -> datetime | None:
    """SQLite gives naive datetimes back: they were stored in UTC."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)


def in_target(person: Person, solicitation: Solicitation) -> bool:
    """In one of its groups or named; a solicitation with no target asks every non-staff."""
    groups, named = solicitation.target_groups, solicitation.target_person_ids
    if not groups and not named:
        return person.role not in STAFF
    wanted = {g.casefold() for g in groups}
    return person.id in named or any(g.casefold() in wanted for g in person.groups)


def gather(session: Session, solicitation: Solicitation, now: datetime) -> list[Candidate]:
    client = solicitation.client
    people = session.exec(
        select(Person).where(Person.client == client).order_by(col(Person.id))
    ).all()
    handed_off = _people_in_handoff(session, client)
    history: dict[int, list[AskRecord]] = defaultdict(list)
    here: dict[int, str] = {}
    rows = session.exec(
        select(SolicitationResponse, Solicitation.deadline_at)
        .join(Solicitation, col(Solicitation.id) == col(SolicitationResponse.solicitation_id))
        .where(SolicitationResponse.client == client)
    ).all()
    for response, deadline in rows:
        if response.solicitation_id == solicitation.id:
            here[response.person_id] = response.status
        if response.status in NOT_ASKED:
            continue
        asked = aware(response.invited_at) or aware(response.proposed_at)
        assert asked is not None
        answered = response.answered_at is not None
        past = (aware(deadline) or now) < now or response.status == ResponseStatus.LAPSED.value
        released = response.status == ResponseStatus.FULL.value and not answered
        history[response.person_id].append(
            AskRecord(asked, past or answered, answered, released, forgiven(response))
        )
    candidates = []
    for person in people:
        assert person.id is not None
        record = tally(history[person.id])
        status_here = here.get(person.id)
        candidates.append(
            Candidate(
                person_id=person.id,
                name=person.name or f"#{person.id}",
                in_target=in_target(person, solicitation),
                status=person.status,
                paused_until=aware(person.paused_until),
                in_handoff=person.id in handed_off,
                reminders_stopped=person.reminders_stopped_at is not None,
                asked_at=tuple(ask.at for ask in history[person.id]),
                preferred_kinds=tuple(person.preferred_kinds or ()),
                unanswered_in_a_row=record.silent_in_a_row,
                answered=record.answered,
                finished=record.finished,
                already_asked=status_here is not None and status_here not in NOT_ASKED,
                set_aside=status_here == ResponseStatus.SET_ASIDE.value,
            )
        )
    return candidates


def forgiven(response: SolicitationResponse) -> bool:
    """Left unanswered, then the person chose to stay (`reprendre`, "keep me in")."""
    try:
        return bool(json.loads(response.reason or "{}").get(FORGIVEN))
    except (ValueError, AttributeError):
        return False


def forgive(session: Session, person_id: int) -> int:
    """Their silences so far no longer count toward the automatic pause (how many)."""
    rows = session.exec(
        select(SolicitationResponse).where(
            SolicitationResponse.person_id == person_id,
            col(SolicitationResponse.answered_at).is_(None),
            col(SolicitationResponse.status).not_in(NOT_ASKED),
        )
    ).all()
    count = 0
    for response in rows:
        if forgiven(response):
            continue
        try:
            reason = json.loads(response.reason or "{}")
        except ValueError:
            reason = {}
        reason = reason if isinstance(reason, dict) else {}
        response.reason = json.dumps({**reason, FORGIVEN: True})
        session.add(response)
        count += 1
    return count


def _people_in_handoff(session: Session, client: str) -> set[int]:
    rows = session.exec(
        select(PersonIdentity.person_id)
        .join(
            Handoff,
            (col(Handoff.platform) == col(PersonIdentity.platform))
            & (col(Handoff.user_id) == col(PersonIdentity.user_id)),
        )
        .where(
            PersonIdentity.client == client,
            Handoff.client == client,
            col(Handoff.status).in_(ACTIVE_HANDOFF),
        )
    ).all()
    return set(rows)


def contact(session: Session, person_id: int) -> PersonIdentity | None:
    """Where to write to a person: the identity they were last seen with, else the first."""
    identities = session.exec(
        select(PersonIdentity)
        .where(PersonIdentity.person_id == person_id)
        .order_by(col(PersonIdentity.id))
    ).all()
    if not identities:
        return None
    seen = [i for i in identities if i.last_seen_at is not None]
    if seen:
        return max(seen, key=lambda i: aware(i.last_seen_at) or datetime.min.replace(tzinfo=UTC))
    return identities[0]


def creator(row: Solicitation) -> Recipient | None:
    platform, _, user_id = (row.created_by or "").partition(":")
    return Recipient(platform, user_id) if platform and user_id else None


def staff_person(session: Session, client: str, who: Recipient) -> Person | None:
    identity = session.exec(
        select(PersonIdentity).where(
            PersonIdentity.client == client,
            PersonIdentity.platform == who.platform,
            PersonIdentity.user_id == who.user_id,
        )
    ).first()
    return session.get(Person, identity.person_id) if identity else None
