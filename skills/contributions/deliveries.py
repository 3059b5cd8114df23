"""What a contribution's outbox row becomes when it is due (`contrib:deliver`).

- `contrib.reviewed`: to the person, their contribution approved (with what it brought)
  or rejected (with the reason);
- `contrib.earned` / `contrib.logged_for`: to the person, a level or badges an approval
  (or time: `bot.contributions.tenure`) brought / a contribution a community manager
  logged for them;
- `contrib.level`: to the person, a level a community manager gave them;
- `contrib.celebrate`: in the community channel, for those who opted in (still opted in);
- `contrib.pending`: in the staff channel, a contribution to approve, with the buttons.
Each is written in its reader's language; a row no longer wanted gives no reply.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from bot.contributions.kinds import find, solicitation_kind
from bot.contributions.tables import Contribution, ContributionStatus, PersonPreference
from bot.core.messages import Choice, ChoiceStyle, Reply, Target
from bot.outbox import OutboxMessage
from bot.people.tables import Person, PersonStatus
from bot.store.database import Database
from bot.tenants import ClientConfig
from knowledge.sensitivity import INTERNAL
from skills.contributions.render import (
    REVIEW_ACTION,
    badge_label,
    day,
    earned_lines,
    level_label,
    t,
)


def build(db: Database, config: ClientConfig, outbox_id: int, now: datetime) -> Reply | None:
    with db.session() as session:
        message = session.get(OutboxMessage, outbox_id)
        if message is None or message.client != config.name or not message.recipient:
            return None
        person = session.get(Person, message.person_id) if message.person_id else None
        if person is None:
            return None
        kind = message.kind.removeprefix("contrib.")
        if kind == "celebrate":
            return _celebrate(session, config, message, person)
        if kind == "pending":
            return _pending(session, config, message, person)
        if person.reminders_stopped_at is not None or person.status == PersonStatus.LEFT.value:
            return None  # they asked for no more messages from the bot, or left
        lang = person.language or config.language
        body = _to_person(session, config, message, kind, lang)
        if body is None:
            return None
        return Reply(text=body, target=Target.DIRECT, user_id=message.recipient, key=message.key)


def _to_person(
    session: Session, config: ClientConfig, message: OutboxMessage, kind: str, lang: str
) -> str | None:
    payload = message.payload
    earned = earned_lines(config, lang, payload.get("levels", []), payload.get("badges", []))
    if kind == "level":
        level = level_label(config, str(payload.get("level")), lang)
        key = "dm_level_down" if payload.get("direction") == "down" else "dm_level_up"
        return t(lang, key, level=level)
    if kind == "earned":  # an approval's, or time's (`bot.contributions.tenure`): no row needed
        return "\n".join(earned) if earned else None
    row = session.get(Contribution, payload.get("id"))
    if row is None:
        return None
    label = (find(config, row.kind) or solicitation_kind(config, row.kind)).label(lang)
    values = {"id": row.id, "kind": label, "date": day(row.occurred_on), "points": row.points}
    if kind == "logged_for":
        return "\n".join([t(lang, "dm_logged_for", **values), *earned])
    if kind == "reviewed":
        if payload.get("approved"):
            return "\n".join([t(lang, "dm_approved", **values), *earned])
        reason = t(lang, "dm_reason", reason=row.review_note) if row.review_note else ""
        return t(lang, "dm_rejected", reason=reason, **values)
    return None


def _celebrate(
    session: Session, config: ClientConfig, message: OutboxMessage, person: Person
) -> Reply | None:
    prefs = session.get(PersonPreference, person.id)
    if prefs is None or not prefs.channel_opt_in:
        return None  # they changed their mind meanwhile
    lang = config.language  # a channel: the program's language
    payload, name = message.payload, person.name or f"#{person.id}"
    lines = [
        t(lang, "channel_level", name=name, level=level_label(config, lv, lang))
        for lv in payload.get("levels", [])
    ]
    lines += [
        t(lang, "channel_badge", name=name, badge=badge_label(config, b, lang))
        for b in payload.get("badges", [])
    ]
    if not lines:
        return None
    return Reply(
        text="\n".join(lines),
        target=Target.CHANNEL,
        channel_id=message.recipient,
        key=message.key,
    )


def _pending(
    session: Session, config: ClientConfig, message: OutboxMessage, person: Person
) -> Reply | None:
    row = session.get(Contribution, message.payload.get("id"))
    if row is None or row.status != ContributionStatus.PENDING.value:
        return None  # reviewed meanwhile
    lang = config.language
    label = (find(config, row.kind) or solicitation_kind(config, row.kind)).label(lang)
    proof = row.proof_url or (t(lang, "file_proof") if row.proof_file else "–")
    return Reply(
        text=t(
            lang,
            "pending_card",
            id=row.id,
            name=person.name or f"#{person.id}",
            kind=label,
            date=day(row.occurred_on),
            points=row.points,
            proof=proof,
            note=row.note or "–",
        ),
        target=Target.CHANNEL,
        channel_id=message.recipient,
        key=message.key,
        action_id=REVIEW_ACTION,
        choices=(
            Choice(t(lang, "approve"), f"approve:{row.id}", ChoiceStyle.PRIMARY),
            Choice(t(lang, "reject"), f"reject:{row.id}", ChoiceStyle.DANGER),
        ),
        sensitivity=INTERNAL,
    )
