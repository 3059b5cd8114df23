"""What an outbox row becomes when it is due: the message, decided again against the facts.

The sender loop replays each due row through the pipeline (`solicit:deliver`); this
module turns it into a `Reply` in the recipient's language, or into nothing when the
message is no longer wanted (the person stopped, declined, is done; the solicitation was
cancelled). Marking the invitation sent (`invited_at`) and counting reminders happen in
the same transaction as that decision.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, select

from bot.core.messages import Choice, ChoiceStyle, Reply, Target
from bot.outbox import OutboxMessage
from bot.people.tables import Person, PersonStatus
from bot.solicitations.answers import next_in_line
from bot.solicitations.candidates import Recipient, aware, staff_person
from bot.solicitations.kinds import kind_label
from bot.solicitations.planner import person_zone_and_quiet
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
    REPLACE_ACTION,
    answer_choices,
    deadline_text,
    t,
)

ANSWERED = (ResponseStatus.ACCEPTED.value, ResponseStatus.DECLINED.value, ResponseStatus.DONE.value)
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


def _dm(message: OutboxMessage, body: str, **options: object) -> Reply:
    return Reply(
        text=body,
        target=Target.DIRECT,
        user_id=message.recipient,
        key=message.key,
        **options,  # type: ignore[arg-type]
    )


def _language(config: ClientConfig, person: Person | None) -> str:
    return (person.language if person and person.language else None) or config.language


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
    response = session.exec(
        select(SolicitationResponse).where(
            SolicitationResponse.solicitation_id == row.id,
            SolicitationResponse.person_id == person.id,
        )
    ).first()
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
    lang = _language(config, person)
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
    assert row.id is not None
    return _dm(
        message,
        body,
        action_id=ANSWER_ACTION,
        choices=answer_choices(lang, row.id, accepted=False),
        context=t(lang, "stop_hint"),
    )


def _reminder(
    session: Session, config: ClientConfig, message: OutboxMessage, now: datetime
) -> Reply | None:
    """To those who accepted and are not done; to the silent, once (the first one due)."""
    found = _context(session, message, now)
    if found is None:
        return None
    row, person, response = found
    accepted = response.status == ResponseStatus.ACCEPTED.value
    silent = response.status in WAITING and response.answered_at is None
    if message.kind == "snooze":
        if response.status not in (*WAITING, ResponseStatus.ACCEPTED.value):
            return None
        key = "snooze_again"
    elif accepted:
        key = "reminder_accepted"
    elif silent and (response.reminders_sent == 0 or _retry_of_this(message, response)):
        key = "reminder_silent"
    else:
        return None
    if not _retry_of_this(message, response):
        response.reminders_sent += 1
    response.last_reminded_at = now
    session.add(response)
    lang = _language(config, person)
    tz, _ = person_zone_and_quiet(config, person)
    assert row.id is not None
    return _dm(
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


def _staff_language(session: Session, config: ClientConfig, message: OutboxMessage) -> str:
    assert message.platform and message.recipient
    staff = staff_person(session, config.name, Recipient(message.platform, message.recipient))
    return _language(config, staff)


def _summary(
    session: Session, config: ClientConfig, message: OutboxMessage, now: datetime
) -> Reply | None:
    row = session.get(Solicitation, message.solicitation_id) if message.solicitation_id else None
    if row is None or row.status == SolicitationStatus.CANCELLED.value:
        return None
    lang = _staff_language(session, config, message)
    groups: dict[str, list[str]] = {"yes": [], "no": [], "silent": []}
    rows = session.exec(
        select(SolicitationResponse, Person)
        .join(Person, Person.id == SolicitationResponse.person_id)  # type: ignore[arg-type]
        .where(SolicitationResponse.solicitation_id == row.id)
        .order_by(SolicitationResponse.id)  # type: ignore[arg-type]
    ).all()
    for response, person in rows:
        name = person.name or f"#{person.id}"
        if response.status in (ResponseStatus.ACCEPTED.value, ResponseStatus.DONE.value):
            groups["yes"].append(name)
        elif response.status == ResponseStatus.DECLINED.value:
            groups["no"].append(name)
        elif response.status in WAITING:
            groups["silent"].append(name)
    lines = [
        t(
            lang,
            "summary",
            title=row.title,
            id=row.id,
            places=row.places,
            yes=len(groups["yes"]),
            no=len(groups["no"]),
            silent=len(groups["silent"]),
        )
    ]
    for group, names in groups.items():
        if names:
            lines.append(t(lang, f"summary_{group}", names=", ".join(names)))
    return _dm(message, "\n".join(lines))


def _replace(
    session: Session, config: ClientConfig, message: OutboxMessage, now: datetime
) -> Reply | None:
    row = session.get(Solicitation, message.solicitation_id) if message.solicitation_id else None
    if row is None or row.status != SolicitationStatus.OPEN.value:
        return None
    if aware(row.deadline_at) <= now:  # type: ignore[operator]
        return None
    declined = session.get(Person, message.payload.get("declined"))
    name = declined.name if declined and declined.name else "?"
    lang = _staff_language(session, config, message)
    nxt = next_in_line(session, config, row, now)
    if nxt is None:
        return _dm(message, t(lang, "replace_none", name=name, title=row.title))
    next_name = nxt.name or f"#{nxt.id}"
    return _dm(
        message,
        t(lang, "replace", name=name, title=row.title, next=next_name),
        action_id=REPLACE_ACTION,
        choices=(
            Choice(
                t(lang, "replace_button", name=next_name),
                f"{row.id}:{nxt.id}",
                ChoiceStyle.PRIMARY,
            ),
        ),
    )


def _checkin(
    session: Session, config: ClientConfig, message: OutboxMessage, now: datetime
) -> Reply | None:
    person = session.get(Person, message.person_id) if message.person_id else None
    if person is None or person.reminders_stopped_at is not None:
        return None
    if person.status != PersonStatus.PAUSED.value:
        return None  # they came back meanwhile
    lang = _language(config, person)
    choices = tuple(
        Choice(t(lang, f"checkin_{name}"), name, style)
        for name, style in (
            ("keep", ChoiceStyle.PRIMARY),
            ("later", ChoiceStyle.DEFAULT),
            ("stop", ChoiceStyle.DANGER),
        )
    )
    return _dm(
        message,
        t(lang, "checkin", name=person.name or ""),
        action_id=CHECKIN_ACTION,
        choices=choices,
    )


def _undeliverable(
    session: Session, config: ClientConfig, message: OutboxMessage, now: datetime
) -> Reply | None:
    person = session.get(Person, message.payload.get("person"))
    row = session.get(Solicitation, message.solicitation_id) if message.solicitation_id else None
    lang = _staff_language(session, config, message)
    name = person.name if person and person.name else "?"
    title = row.title if row is not None else "?"
    return _dm(message, t(lang, "undeliverable", name=name, title=title))


_BUILDERS = {
    "undeliverable": _undeliverable,
    "invitation": _invitation,
    "reminder": _reminder,
    "snooze": _reminder,
    "summary": _summary,
    "replace": _replace,
    "checkin": _checkin,
}
