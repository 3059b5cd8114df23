"""Escalation: a handoff nobody claimed in time goes to the next contact of the chain, then
to the staff channel; each step plans the next one."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta

from bot.core.messages import Target
from bot.core.turn import Turn
from bot.handoff import settings
from bot.handoff.card import card
from bot.handoff.conversation import handoffs
from bot.handoff.deps import HandoffDeps
from bot.handoff.keys import ESCALATE_ACTION, escalation_job_id
from bot.handoff.transcript import recent
from bot.scheduler import ScheduledIncoming
from bot.tenants import ClientConfig
from prompts.catalog import text

log = logging.getLogger(__name__)


def schedule_escalation(
    deps: HandoffDeps, client: ClientConfig, handoff_id: int, *, level: int, platform: str
) -> None:
    """Plan the next escalation; its replies go out on `platform`, where the card went."""
    at = datetime.now(UTC) + timedelta(minutes=client.handoff.claim_delay_minutes)
    deps.scheduler.schedule(
        escalation_job_id(handoff_id),
        at,
        ScheduledIncoming(
            client=client.name,
            action_id=ESCALATE_ACTION,
            value=f"{handoff_id}:{level}",
            platform=platform,
        ),
    )


def cancel_escalation(deps: HandoffDeps, handoff_id: int) -> None:
    """The handoff was taken or given back: no escalation is due any more."""
    deps.scheduler.cancel(escalation_job_id(handoff_id))


async def escalate(turn: Turn, deps: HandoffDeps, handoff_id: int, level: int) -> None:
    """Nobody claimed the handoff in time: the card goes to the next contact of the chain."""
    client = turn.client
    assert client is not None
    log_ = handoffs(deps)
    row = await asyncio.to_thread(log_.get, client.name, handoff_id)
    if row is None or row.status != "open":
        log.info("escalation of handoff %s skipped: no longer waiting", handoff_id)
        return
    language = client.language
    contacts = client.handoff.contacts
    delay = settings.delay_text(language, client.handoff.claim_delay_minutes * (level + 1))
    staff = settings.staff_place(client, row.platform)
    channel = staff.channel
    if level >= len(contacts):
        await asyncio.to_thread(log_.escalate, client.name, handoff_id, f"#{channel}")
        turn.say(
            text(language, "handoff.unclaimed_note", id=handoff_id, delay=delay),
            target=Target.CHANNEL,
            channel_id=channel,
        )
        log.warning("handoff %s unclaimed after %s: escalation chain exhausted", row.id, delay)
        return
    contact = contacts[level]
    row = await asyncio.to_thread(log_.escalate, client.name, handoff_id, contact)
    state = await asyncio.to_thread(deps.conversations.load_state, row.conversation_key)
    note = text(language, "handoff.card.escalated", delay=delay, level=level + 1)
    transcript = recent(state, client.handoff.transcript_messages)
    turn.replies.append(
        card(client, row, transcript, note=note, target=Target.DIRECT, user_id=contact)
    )
    turn.say(
        text(language, "handoff.escalated_note", id=handoff_id, delay=delay, contact=contact),
        target=Target.CHANNEL,
        channel_id=channel,
    )
    schedule_escalation(deps, client, handoff_id, level=level + 1, platform=staff.platform)
    log.warning("handoff %s unclaimed after %s: escalated to %s", row.id, delay, contact)
