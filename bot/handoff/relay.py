"""A message inside an open handoff: the bot stays quiet, the message joins the handoff's
thread (`handoff_message`) and reaches the person in charge, and a more serious one raises
the relay's urgency and tells the staff again."""

from __future__ import annotations

import asyncio
import logging

from bot.core.messages import Target
from bot.core.turn import Turn
from bot.handoff.card import card, category_label, posted_tag, urgency_label
from bot.handoff.conversation import handoffs, say_once_delivered, to_staff, user_language
from bot.handoff.deps import HandoffDeps
from bot.handoff.detection import NO_HANDOFF, HandoffVerdict
from bot.handoff.keys import RELAY_POST, card_key
from bot.handoff.messages import Author, keep_message
from bot.handoff.records import Handoff, urgency_rank
from bot.handoff.transcript import recent, remember
from bot.handoff.triage import verdict_on
from prompts.catalog import text

log = logging.getLogger(__name__)

# Categories that, inside an open relay, raise its urgency (danger always does).
RAISING_CATEGORIES = frozenset({"distress", "crisis", "harassment", "anger"})


async def stay_quiet(turn: Turn, deps: HandoffDeps, active: Handoff, message: str) -> None:
    """The bot says nothing; the message joins the transcript and reaches the person in charge.

    Every message is still triaged: danger gets the helpline at once, and danger, distress,
    crisis, harassment or anger raise the relay's urgency and notify the staff again.
    """
    assert turn.client is not None
    remember(turn.state, "user", message)
    await keep_from_person(turn, deps, active, message)
    verdict = await verdict_on(turn, deps, message) if message.strip() else NO_HANDOFF
    if verdict.danger:
        turn.say(deps.handoff_settings.helpline_text(user_language(turn, message), turn.client))
    raised = await _raise_urgency(turn, deps, active, verdict, message)
    relay_to_claimer(turn, raised or active, message)
    turn.stop()
    turn.route = "handoff:quiet" if raised is None else f"handoff:raised:{raised.urgency}"


async def keep_from_person(turn: Turn, deps: HandoffDeps, active: Handoff, message: str) -> None:
    """The person's message joins the handoff's thread (their export has it)."""
    assert active.id is not None
    await asyncio.to_thread(
        keep_message,
        deps.db,
        active.client,
        active.id,
        Author.PERSON,
        turn.incoming.user_id,
        message,
    )


def relay_to_claimer(turn: Turn, active: Handoff, message: str) -> None:
    if active.status != "claimed" or not message.strip():
        return
    assert turn.client is not None
    turn.say(
        text(
            turn.client.language,
            "handoff.relay_staff",
            id=active.id,
            name=active.user_name or active.user_id,
            text=message,
        ),
        tag=posted_tag(active, RELAY_POST),
        **to_staff(turn.client, active.platform),
    )


def raised_urgency(verdict: HandoffVerdict) -> str | None:
    """The urgency a verdict gives an open relay, or None when it does not raise it."""
    if verdict.danger:
        return "critical"
    if not verdict.handoff or verdict.category not in RAISING_CATEGORIES:
        return None
    return max(verdict.urgency, "high", key=urgency_rank)


async def _raise_urgency(
    turn: Turn,
    deps: HandoffDeps,
    active: Handoff,
    verdict: HandoffVerdict,
    message: str,
) -> Handoff | None:
    """A more serious message in an open relay: a higher urgency, and the staff told at once.

    The card goes again to the staff channel, and by direct message to the person who claimed
    it and to every contact of the escalation chain, without waiting for the claim delay.
    """
    client = turn.client
    assert client is not None and active.id is not None
    urgency = raised_urgency(verdict)
    if urgency is None:
        return None
    row = await asyncio.to_thread(
        handoffs(deps).raise_urgency,
        client.name,
        active.id,
        urgency=urgency,
        danger=verdict.danger,
        category=verdict.category,
    )
    if row is None:
        return None
    language = client.language
    note = text(
        language,
        "handoff.card.raised",
        urgency=urgency_label(language, row.urgency),
        category=category_label(language, verdict.category),
        excerpt=deps.handoff_settings.redacted_excerpt(client, message),
    )
    transcript = recent(turn.state, client.handoff.transcript_messages)
    key = f"{card_key(row.id)}-raised-{len(row.escalations)}"
    staff = to_staff(client, row.platform)
    turn.replies.append(card(client, row, transcript, note=note, key=key, **staff))
    claimer = [row.claimed_by] if row.claimed_by else []
    people = dict.fromkeys([*claimer, *client.handoff.contacts])
    for person in people:
        turn.replies.append(
            card(
                client,
                row,
                transcript,
                note=note,
                target=Target.DIRECT,
                user_id=person,
                platform=staff["platform"],
            )
        )
    language = user_language(turn, message)
    say_once_delivered(turn, key, text(language, "handoff.renotified"), language)
    log.warning(
        "handoff %s raised to %s (%s): staff notified again", row.id, row.urgency, verdict.category
    )
    return row
