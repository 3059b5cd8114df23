"""Opening a handoff: log it, tell the person, send the staff card, plan the escalation."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace

from bot.core.registry import STAFF_ROLES
from bot.core.turn import Turn
from bot.handoff import settings
from bot.handoff.card import card
from bot.handoff.conversation import (
    active_handoff,
    handoffs,
    offer_staff_channel,
    say_once_delivered,
    to_staff,
    user_language,
)
from bot.handoff.deps import HandoffDeps
from bot.handoff.detection import HandoffVerdict
from bot.handoff.escalation import schedule_escalation
from bot.handoff.keys import STATE_KEY, UNANSWERED_STREAK, card_key
from bot.handoff.messages import Author, keep_message
from bot.handoff.records import Handoff, NewHandoff
from bot.handoff.transcript import last_user_message, recent
from bot.tenants import ClientConfig
from prompts.catalog import text

log = logging.getLogger(__name__)


async def request_handoff(turn: Turn, deps: HandoffDeps) -> None:
    """The person clicked "talk to a person"."""
    if turn.role in STAFF_ROLES:
        offer_staff_channel(turn)
        return
    active = await active_handoff(turn, deps)
    if active is not None:
        turn.say(turn.t("handoff.already", id=active.id))
        return
    verdict = HandoffVerdict(
        handoff=True, category="explicit_request", rule="asked_by_button", urgency="normal"
    )
    await start_handoff(turn, deps, verdict, excerpt=last_user_message(turn.state))


async def start_handoff(
    turn: Turn, deps: HandoffDeps, verdict: HandoffVerdict, *, excerpt: str
) -> Handoff:
    """Log the handoff, tell the person, send the staff card, plan the escalation."""
    client = turn.client
    assert client is not None
    incoming = turn.incoming
    language = user_language(turn, excerpt)
    row = await asyncio.to_thread(
        handoffs(deps).open,
        NewHandoff(
            client=client.name,
            platform=incoming.platform.value,
            conversation_key=incoming.conversation_key,
            user_id=incoming.user_id,
            user_name=incoming.user_name,
            language=language,
            category=verdict.category,
            rule=verdict.rule,
            urgency=verdict.urgency,
            danger=verdict.danger,
            summary=_summary(client, deps, verdict, excerpt),
        ),
    )
    assert row.id is not None
    # What they said to be handed over opens the thread (their export holds it).
    await asyncio.to_thread(
        keep_message, deps.db, client.name, row.id, Author.PERSON, incoming.user_id, excerpt
    )
    turn.state[STATE_KEY] = {"id": row.id}
    turn.state[UNANSWERED_STREAK] = 0
    if verdict.danger:
        turn.say(deps.handoff_settings.helpline_text(language, client))
    transcript = recent(turn.state, client.handoff.transcript_messages)
    staff_card = card(client, row, transcript, **to_staff(client, incoming.platform))
    turn.replies.append(replace(staff_card, key=card_key(row.id)))
    say_once_delivered(
        turn,
        card_key(row.id),
        text(language, "handoff.started", when=settings.when_text(language, client)),
        language,
    )
    schedule_escalation(
        deps, client, row.id, level=0, platform=settings.staff_place(client, row.platform).platform
    )
    log.info(
        "handoff %s started: client=%s category=%s rule=%s urgency=%s",
        row.id,
        client.name,
        verdict.category,
        verdict.rule,
        verdict.urgency,
    )
    return row


def _summary(client: ClientConfig, deps: HandoffDeps, verdict: HandoffVerdict, excerpt: str) -> str:
    language = client.language
    if not excerpt.strip():
        return text(language, "handoff.card.summary_request")
    masked = deps.handoff_settings.redacted_excerpt(client, excerpt)
    if verdict.category == "behaviour":
        return text(language, "handoff.card.summary_behaviour", rule=verdict.rule, excerpt=masked)
    return text(language, "handoff.card.summary", excerpt=masked)
