"""People leaving the program (issue 20 item 7): a roster status `left`, leaving the
Discord guild, a deactivated Slack account, or saying so (`quitter le programme`).

At once, in one transaction: the person's status becomes `left`, their pending outbox
messages are cancelled (solicitations, surveys and the board already leave `left` people
out), the community managers are told in their staff channel, and a reminder is decided
for the end of the grace period (`privacy.departure_grace_days`): they may erase the
person's data (`ambassade privacy erase`) or keep the anonymous history. Both go through
the outbox (`departure:deliver`), so they are sent exactly once and pass the outbound check.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session

from bot.core.messages import Reply, Target
from bot.handoff.settings import staff_place
from bot.notices.consent import person_id_of
from bot.outbox import Outbox, OutboxMessage
from bot.people.tables import Person, PersonIdentity, PersonStatus
from bot.store.database import Database
from bot.store.models import utcnow
from bot.tenants import ClientConfig
from prompts.catalog import text

log = logging.getLogger(__name__)

KIND_PREFIX = "departure."
DELIVER_ACTION = "departure:deliver"
HOW = ("roster", "discord", "slack", "chat")  # `chat`: they said `quitter le programme`


@dataclass(frozen=True, slots=True)
class Departure:
    person_id: int
    cancelled: int  # pending messages to them dropped
    staff_told: bool  # a staff channel exists: the community managers are told


def person_left(
    db: Database,
    config: ClientConfig,
    platform: str,
    user_id: str,
    *,
    how: str,
    now: datetime | None = None,
) -> Departure | None:
    """Mark the person behind this identity as gone; None when unknown or already gone."""
    with db.session() as session:
        person_id = person_id_of(session, config.name, platform, user_id)
        if person_id is None:
            return None
        return leave(session, config, person_id, how=how, platform=platform, now=now)


def leave(
    session: Session,
    config: ClientConfig,
    person_id: int,
    *,
    how: str,
    platform: str,
    now: datetime | None = None,
) -> Departure | None:
    """`person_left` inside the caller's transaction (the CLI's `people leave` too)."""
    if how not in HOW:
        raise ValueError(f"unknown way of leaving: {how}")
    now = now or utcnow()
    person = session.get(Person, person_id)
    if person is None or person.client != config.name:
        return None
    if person.status == PersonStatus.LEFT.value:
        return None
    person.status = PersonStatus.LEFT.value
    person.paused_until = None
    person.updated_at = now
    session.add(person)
    cancelled = Outbox.cancel(session, person_id=person_id)
    place = staff_place(config, platform)
    told = place.channel is not None
    if told:
        stamp = now.strftime("%Y%m%dT%H%M%S")
        payload = {"how": how, "cancelled": cancelled, "platform": platform}
        grace = timedelta(days=config.privacy.departure_grace_days)
        for kind, due_at, extra in (
            ("left", now, {}),
            ("grace", now + grace, {"left_at": now.isoformat()}),
        ):
            Outbox.enqueue(
                session,
                key=f"departure:{person_id}:{stamp}:{kind}",
                client=config.name,
                kind=f"{KIND_PREFIX}{kind}",
                due_at=due_at,
                platform=place.platform,
                recipient=place.channel,
                person_id=person_id,
                payload={**payload, **extra},
                now=now,
            )
    else:
        log.warning("person %s left client %s: no staff channel to tell", person_id, config.name)
    return Departure(person_id, cancelled, told)


def come_back(session: Session, config: ClientConfig, person_id: int) -> bool:
    """A person who left is back (`ambassade people return`): active again, nothing of what
    was cancelled is sent; the grace reminder, if still due, says nothing (see `build`).
    False when they had not left."""
    person = session.get(Person, person_id)
    if person is None or person.client != config.name:
        return False
    if person.status != PersonStatus.LEFT.value:
        return False
    person.status = PersonStatus.ACTIVE.value
    person.updated_at = utcnow()
    session.add(person)
    return True


def build(db: Database, config: ClientConfig, outbox_id: int, now: datetime) -> Reply | None:
    """The staff message an outbox row decided; nothing when no longer true (the person
    came back, or was erased: then there is no one left to name)."""
    with db.session() as session:
        message = session.get(OutboxMessage, outbox_id)
        if message is None or message.client != config.name or not message.recipient:
            return None
        person = session.get(Person, message.person_id) if message.person_id else None
        if person is None or person.status != PersonStatus.LEFT.value:
            return None
        identity = session.get(PersonIdentity, _first_identity(session, person.id or 0))
        if identity is None:  # erased meanwhile: their identities are gone
            return None
        ref = f"{identity.platform}:{identity.user_id}"
        name = person.name or identity.display_name or ref
        lang = config.language
        kind = message.kind.removeprefix(KIND_PREFIX)
        values = {"name": name, "client": config.name, "ref": ref}
        if kind == "left":
            how = text(lang, f"notices.departure.how_{message.payload.get('how', 'roster')}")
            body = text(
                lang,
                "notices.departure.left",
                how=how,
                cancelled=message.payload.get("cancelled", 0),
                days=config.privacy.departure_grace_days,
                **values,
            )
        elif kind == "grace":
            body = text(
                lang, "notices.departure.grace", days=config.privacy.departure_grace_days, **values
            )
        else:
            return None
        return Reply(
            text=body,
            target=Target.CHANNEL,
            channel_id=message.recipient,
            key=message.key,
            sensitivity="internal",  # about a person: for staff only
        )


def _first_identity(session: Session, person_id: int) -> int | None:
    from sqlmodel import col, select

    return session.exec(
        select(PersonIdentity.id)
        .where(PersonIdentity.person_id == person_id)
        .order_by(col(PersonIdentity.id))
    ).first()
