"""Gathering the facts the fair choice ranks people on, from the database."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlmodel import Session, col, select

from bot.handoff.records import Handoff, HandoffStatus
from bot.people.tables import Person, PersonIdentity
from bot.solicitations.fairness import Candidate
from bot.solicitations.tables import ResponseStatus, Solicitation, SolicitationResponse
from bot.tenants import Role

# Responses that are not asks (yet): on a list being drawn up, or swapped out of it.
NOT_ASKED = (ResponseStatus.PROPOSED.value, ResponseStatus.SET_ASIDE.value)
STAFF = (Role.COMMUNITY_MANAGER.value, Role.FACILITATOR.value)
ACTIVE_HANDOFF = (HandoffStatus.OPEN.value, HandoffStatus.CLAIMED.value)


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
    history: dict[int, list[tuple[datetime, bool, bool]]] = defaultdict(list)
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
        past = (aware(deadline) or now) < now
        history[response.person_id].append((asked, past, response.answered_at is not None))
    candidates = []
    for person in people:
        assert person.id is not None
        asks = sorted(history[person.id], reverse=True)
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
                asked_at=tuple(moment for moment, _, _ in asks),
                preferred_kinds=tuple(person.preferred_kinds or ()),
                unanswered_in_a_row=_silent_streak(asks),
                already_asked=status_here is not None and status_here not in NOT_ASKED,
                set_aside=status_here == ResponseStatus.SET_ASIDE.value,
            )
        )
    return candidates


def _silent_streak(asks: list[tuple[datetime, bool, bool]]) -> int:
    """The latest finished asks (deadline passed) left unanswered, in a row."""
    streak = 0
    for _, past, answered in asks:
        if not past:
            continue  # still open: no verdict yet
        if answered:
            break
        streak += 1
    return streak


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
