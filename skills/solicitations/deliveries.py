"""What an outbox row becomes when it is due: the message, decided again against the facts.

The sender loop replays each due row through the pipeline (`solicit:deliver`); this
module turns it into a `Reply` in the recipient's language, or into nothing when the
message is no longer wanted (the person stopped, declined, is done; the solicitation was
cancelled). Marking the invitation sent (`invited_at`) with its answer window, counting
reminders, and an invitation's window running out (its place offered to the next person)
happen in the same transaction as that decision.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, select

from bot.core.messages import Choice, ChoiceStyle, Reply
from bot.outbox import Outbox, OutboxMessage
from bot.people.tables import Person, PersonStatus
from bot.solicitations.candidates import aware
from bot.solicitations.kinds import kind_label
from bot.solicitations.places import answer_by
from bot.solicitations.planner import person_zone_and_quiet
from bot.solicitations.refill import filled, offer_places, responses
from bot.solicitations.tables import (
    ResponseStatus,
    Solicitation,
    SolicitationResponse,
    SolicitationStatus,
)
from bot.store.database import Database
from bot.tenants import ClientConfig
from skills.solicitations.render import (
    ANSWER_ACTION,
    CHECKIN_ACTION,
    answer_choices,
    deadline_text,
    dm,
    language_of,
    t,
    when,
)
from skills.solicitations.staff_messages import STAFF_BUILDERS

WAITING = (ResponseStatus.INVITED.value, ResponseStatus.SNOOZED.value)


def build(db: Database, config: ClientConfig, outbox_id: int, now: datetime) -> Reply | None:
    with db.session() as session:
        message = session.get(OutboxMessage, outbox_id)
        if message is None or message.client != config.name or not message.recipient:
            return None
        builder = _BUILDERS.get(message.kind)
        if builder is None:
            return None
        return builder(session, config, message, now)


def _reachable(person: Person | None, now: datetime) -> bool:
    """Stopped, left or paused people get nothing (a pause that has ended counts as over)."""
    if person is None or person.reminders_stopped_at is not None:
        return False
    if person.status == PersonStatus.LEFT.value:
        return False
    if person.status == PersonStatus.PAUSED.value:
        until = aware(person.paused_until)
        return until is not None and until <= now
    return True


def _context(
    session: Session, message: OutboxMessage, now: datetime
) -> tuple[Solicitation, Person, SolicitationResponse] | None:
    row = session.get(Solicitation, message.solicitation_id) if message.solicitation_id else None
    person = session.get(Person, message.person_id) if message.person_id else None
    if row is None or person is None or not _reachable(person, now):
        return None
    if row.status != SolicitationStatus.OPEN.value or aware(row.deadline_at) <= now:  # type: ignore[operator]
        return None
    response = _response(session, row, person.id)
    if response is None:
        return None
    return row, person, response


def _invitation(
    session: Session, config: ClientConfig, message: OutboxMessage, now: datetime
) -> Reply | None:
    found = _context(session, message, now)
    if found is None:
        return None
    row, person, response = found
    if response.status != ResponseStatus.INVITED.value or response.answered_at is not None:
        return None
    response.invited_at = aware(response.invited_at) or now
    session.add(response)
    by = _plan_window(session, config, message, row, response)
    lang = language_of(config, person)
    tz, _ = person_zone_and_quiet(config, person)
    description = f"\n{row.description}" if row.description else ""
    body = t(
        lang,
        "invitation",
        name=person.name or "",
        title=row.title,
        kind=kind_label(config, row.kind, lang),
        description=description,
        deadline=deadline_text(row, tz),
    )
    body += "\n" + t(lang, "answer_by", when=when(by, tz), places=row.places)
    assert row.id is not None
    return dm(
        message,
        body,
        action_id=ANSWER_ACTION,
        choices=answer_choices(lang, row.id, accepted=False),
        context=t(lang, "stop_hint"),
    )


def _plan_window(
    session: Session,
    config: ClientConfig,
    message: OutboxMessage,
    row: Solicitation,
    response: SolicitationResponse,
) -> datetime:
    """Decide, with the invitation, when it stops holding its place if unanswered."""
    sent, deadline = aware(response.invited_at), aware(row.deadline_at)
    assert sent is not None and deadline is not None
    by = answer_by(sent, deadline, config.solicitations.answer_window_hours)
    Outbox.enqueue(
        session,
        key=f"solicitation:{row.id}:person:{response.person_id}:window",
        client=config.name,
        kind="window",
        due_at=by,
        platform=message.platform,
        recipient=message.recipient,
        solicitation_id=row.id,
        person_id=response.person_id,
        now=sent,
    )
    return by


def _window(
    session: Session, config: ClientConfig, message: OutboxMessage, now: datetime
) -> Reply | None:
    """No answer within the window: the invitation stops holding its place, which goes to
    the next person (at once, or proposed to the community manager). Nothing is sent."""
    row = session.get(Solicitation, message.solicitation_id) if message.solicitation_id else None
    if row is None or row.status != SolicitationStatus.OPEN.value:
        return None
    if aware(row.deadline_at) <= now:  # type: ignore[operator]
        return None
    response = _response(session, row, message.person_id)
    if response is None or response.status != ResponseStatus.INVITED.value:
        return None
    if response.answered_at is not None:
        return None
    response.status = ResponseStatus.LAPSED.value
    response.updated_at = now
    session.add(response)
    session.flush()
    offer_places(session, config, row, now, freed_by=response.person_id, why="lapsed")
    return None


def _full(
    session: Session, config: ClientConfig, message: OutboxMessage, now: datetime
) -> Reply | None:
    """Every place was taken before they answered: thanks, no need to answer."""
    found = _context(session, message, now)
    if found is None:
        return None
    row, person, response = found
    if response.status != ResponseStatus.FULL.value:
        return None
    return dm(message, t(language_of(config, person), "full_notice", title=row.title))


def _response(
    session: Session, row: Solicitation, person_id: int | None
) -> SolicitationResponse | None:
    return session.exec(
        select(SolicitationResponse).where(
            SolicitationResponse.solicitation_id == row.id,
            SolicitationResponse.person_id == person_id,
        )
    ).first()


def _reminder(
    session: Session, config: ClientConfig, message: OutboxMessage, now: datetime
) -> Reply | None:
    """To those who accepted and are not done; to the silent, once (the first one due) —
    after their answer window only while a place is still free."""
    found = _context(session, message, now)
    if found is None:
        return None
    row, person, response = found
    accepted = response.status == ResponseStatus.ACCEPTED.value
    silent = response.status in WAITING and response.answered_at is None
    lapsed = response.status == ResponseStatus.LAPSED.value and response.answered_at is None
    once = response.reminders_sent == 0 or _retry_of_this(message, response)
    if message.kind == "snooze":
        if response.status not in (*WAITING, ResponseStatus.ACCEPTED.value):
            return None
        key = "snooze_again"
    elif accepted:
        key = "reminder_accepted"
    elif silent and once:
        key = "reminder_silent"
    elif lapsed and once and filled(responses(session, row.id or 0)) < row.places:
        key = "reminder_lapsed"
    else:
        return None
    if not _retry_of_this(message, response):
        response.reminders_sent += 1
    response.last_reminded_at = now
    session.add(response)
    lang = language_of(config, person)
    tz, _ = person_zone_and_quiet(config, person)
    assert row.id is not None
    return dm(
        message,
        t(lang, key, title=row.title, deadline=deadline_text(row, tz)),
        action_id=ANSWER_ACTION,
        choices=answer_choices(lang, row.id, accepted=accepted),
        context=t(lang, "stop_hint"),
    )


def _retry_of_this(message: OutboxMessage, response: SolicitationResponse) -> bool:
    """This reminder was counted by an earlier attempt that the platform did not take."""
    last = aware(response.last_reminded_at)
    due = aware(message.due_at)
    return message.attempts > 1 and last is not None and due is not None and last >= due


def _checkin(
    session: Session, config: ClientConfig, message: OutboxMessage, now: datetime
) -> Reply | None:
    person = session.get(Person, message.person_id) if message.person_id else None
    if person is None or person.reminders_stopped_at is not None:
        return None
    if person.status != PersonStatus.PAUSED.value:
        return None  # they came back meanwhile
    lang = language_of(config, person)
    choices = tuple(
        Choice(t(lang, f"checkin_{name}"), name, style)
        for name, style in (
            ("keep", ChoiceStyle.PRIMARY),
            ("later", ChoiceStyle.DEFAULT),
            ("stop", ChoiceStyle.DANGER),
        )
    )
    return dm(
        message,
        t(lang, "checkin", name=person.name or ""),
        action_id=CHECKIN_ACTION,
        choices=choices,
    )


_BUILDERS = {
    "invitation": _invitation,
    "window": _window,
    "reminder": _reminder,
    "snooze": _reminder,
    "full": _full,
    "checkin": _checkin,
    **STAFF_BUILDERS,
}
