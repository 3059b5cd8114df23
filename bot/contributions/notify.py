"""Messages about contributions the bot sends on its own, decided through the outbox.

Each is a row written in the same transaction as what causes it (an approval, a
promotion, a badge), under a key that names that cause, so it is sent exactly once:
- to the person, by DM, outside their quiet hours (`contrib.reviewed`, `contrib.level`,
  `contrib.badge`); nothing to someone who stopped the bot's messages;
- in the community channel, only if they opted in (`contrib.celebrate`);
- to the staff channel, when a contribution waits for approval (`contrib.pending`).
The contributions skill writes each message when it is due (`contrib:deliver`), in the
reader's language.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import Session

from bot.contributions.tables import PersonPreference
from bot.outbox import Outbox
from bot.people.tables import Person, PersonIdentity, PersonStatus
from bot.solicitations.candidates import contact
from bot.solicitations.planner import person_zone_and_quiet
from bot.solicitations.quiet import next_allowed
from bot.tenants import ClientConfig

KIND_PREFIX = "contrib."


def preference(session: Session, person_id: int) -> PersonPreference | None:
    return session.get(PersonPreference, person_id)


def to_person(
    session: Session,
    config: ClientConfig,
    person: Person,
    key: str,
    kind: str,
    now: datetime,
    payload: dict[str, Any],
) -> bool:
    """A DM to the person, due at the next moment outside their quiet hours."""
    if person.reminders_stopped_at is not None or person.status == PersonStatus.LEFT.value:
        return False
    where = contact(session, person.id or 0)
    if where is None:
        return False
    tz, quiet = person_zone_and_quiet(config, person)
    return Outbox.enqueue(
        session,
        key=key,
        client=config.name,
        kind=f"{KIND_PREFIX}{kind}",
        due_at=next_allowed(now, tz, quiet),
        platform=where.platform,
        recipient=where.user_id,
        person_id=person.id,
        payload={**payload, "to": "person"},
        now=now,
    )


def celebrate(
    session: Session,
    config: ClientConfig,
    person: Person,
    key: str,
    now: datetime,
    payload: dict[str, Any],
) -> bool:
    """A post in the community channel, for those who opted in (on their platform)."""
    prefs = preference(session, person.id or 0)
    if prefs is None or not prefs.channel_opt_in:
        return False
    where = _channel_for(config, contact(session, person.id or 0))
    if where is None:
        return False
    platform, channel = where
    return Outbox.enqueue(
        session,
        key=key,
        client=config.name,
        kind=f"{KIND_PREFIX}celebrate",
        due_at=now,
        platform=platform,
        recipient=channel,
        person_id=person.id,
        payload={**payload, "to": "channel"},
        now=now,
    )


def to_staff(
    session: Session,
    config: ClientConfig,
    person: Person,
    key: str,
    now: datetime,
    payload: dict[str, Any],
) -> bool:
    """A card for the community managers in the staff channel of the person's platform."""
    identity = contact(session, person.id or 0)
    channels = {"slack": config.slack.handoff_channel, "discord": config.discord.staff_channel}
    order = [identity.platform] if identity is not None else []
    order += [p for p in channels if p not in order]
    for platform in order:
        channel = channels.get(platform)
        if channel:
            return Outbox.enqueue(
                session,
                key=key,
                client=config.name,
                kind=f"{KIND_PREFIX}pending",
                due_at=now,
                platform=platform,
                recipient=channel,
                person_id=person.id,
                payload={**payload, "to": "staff"},
                now=now,
            )
    return False


def _channel_for(config: ClientConfig, identity: PersonIdentity | None) -> tuple[str, str] | None:
    channels = {
        "slack": config.contributions.community_channels.slack,
        "discord": config.contributions.community_channels.discord,
    }
    if identity is not None and channels.get(identity.platform):
        return identity.platform, channels[identity.platform]  # type: ignore[return-value]
    return next(((p, c) for p, c in channels.items() if c), None)
