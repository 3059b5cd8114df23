"""Outbox rows for the community manager: the summary, a freed place to give, a person the
bot cannot reach. Each is written when due, in the staff member's language."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlmodel import Session, select

from bot.core.messages import Choice, ChoiceStyle, Reply
from bot.outbox import OutboxMessage
from bot.people.tables import Person
from bot.solicitations.candidates import Recipient, aware, staff_person
from bot.solicitations.refill import next_people
from bot.solicitations.tables import (
    ResponseStatus,
    Solicitation,
    SolicitationResponse,
    SolicitationStatus,
)
from bot.tenants import ClientConfig
from skills.solicitations.render import REPLACE_ACTION, dm, language_of, t

Builder = Callable[[Session, ClientConfig, OutboxMessage, datetime], Reply | None]
# How the summary groups where people stand.
GROUPS = {
    ResponseStatus.ACCEPTED.value: "yes",
    ResponseStatus.DONE.value: "yes",
    ResponseStatus.DECLINED.value: "no",
    ResponseStatus.INVITED.value: "silent",
    ResponseStatus.SNOOZED.value: "silent",
    ResponseStatus.LAPSED.value: "silent",
    ResponseStatus.FULL.value: "full",
}
REPLACE_SHOWN = 3  # buttons for the next people in line


def _staff_language(session: Session, config: ClientConfig, message: OutboxMessage) -> str:
    assert message.platform and message.recipient
    staff = staff_person(session, config.name, Recipient(message.platform, message.recipient))
    return language_of(config, staff)


def _summary(
    session: Session, config: ClientConfig, message: OutboxMessage, now: datetime
) -> Reply | None:
    row = session.get(Solicitation, message.solicitation_id) if message.solicitation_id else None
    if row is None or row.status == SolicitationStatus.CANCELLED.value:
        return None
    lang = _staff_language(session, config, message)
    groups: dict[str, list[str]] = {"yes": [], "no": [], "silent": [], "full": []}
    rows = session.exec(
        select(SolicitationResponse, Person)
        .join(Person, Person.id == SolicitationResponse.person_id)  # type: ignore[arg-type]
        .where(SolicitationResponse.solicitation_id == row.id)
        .order_by(SolicitationResponse.id)  # type: ignore[arg-type]
    ).all()
    for response, person in rows:
        group = GROUPS.get(response.status)
        if group is not None:
            groups[group].append(person.name or f"#{person.id}")
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
    return dm(message, "\n".join(lines))


def _replace(
    session: Session, config: ClientConfig, message: OutboxMessage, now: datetime
) -> Reply | None:
    """A place was freed (a decline, an unanswered invitation, a stop): whom to invite.

    Decided again when it is due: nothing is sent when the place was taken meanwhile (a
    late yes) or the people still invited are expected to cover it.
    """
    row = session.get(Solicitation, message.solicitation_id) if message.solicitation_id else None
    if row is None or row.status != SolicitationStatus.OPEN.value:
        return None
    if aware(row.deadline_at) <= now:  # type: ignore[operator]
        return None
    payload = message.payload
    freed_by = payload.get("person", payload.get("declined"))
    why = payload.get("why", "declined")
    freed = session.get(Person, freed_by)
    name = freed.name if freed and freed.name else "?"
    lang = _staff_language(session, config, message)
    people, wanted = next_people(session, config, row, now)
    if not wanted:
        return None
    hours = f"{config.solicitations.answer_window_hours:g}"
    freed_text = t(lang, f"freed.{why}", name=name, title=row.title, hours=hours)
    if not people:
        return dm(message, t(lang, "replace_none", freed=freed_text))
    names = ", ".join(p.name or f"#{p.id}" for p in people)
    choices = tuple(
        Choice(
            t(lang, "replace_button", name=person.name or f"#{person.id}"),
            f"{row.id}:{person.id}",
            ChoiceStyle.PRIMARY if index == 0 else ChoiceStyle.DEFAULT,
        )
        for index, person in enumerate(people[:REPLACE_SHOWN])
    )
    return dm(
        message,
        t(lang, "replace", freed=freed_text, next=names, count=len(people)),
        action_id=REPLACE_ACTION,
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
    return dm(message, t(lang, "undeliverable", name=name, title=title))


STAFF_BUILDERS: dict[str, Builder] = {
    "summary": _summary,
    "replace": _replace,
    "undeliverable": _undeliverable,
}
