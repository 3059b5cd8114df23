"""What every handoff step shares about the conversation: its handoff log and open handoff,
the person's language, replies to the staff, and the notices that follow the staff card."""

from __future__ import annotations

import asyncio
from typing import Any

from bot.core.messages import Platform, Reply, Target
from bot.core.turn import Turn
from bot.handoff import settings
from bot.handoff.deps import HandoffDeps
from bot.handoff.keys import STATE_KEY
from bot.handoff.records import ACTIVE, Handoff, HandoffLog
from bot.handoff.transcript import TRANSCRIPT_KEY
from bot.tenants import ClientConfig
from knowledge.text import detect_language
from prompts.catalog import text


def handoffs(deps: HandoffDeps) -> HandoffLog:
    return HandoffLog(deps.db)


async def active_handoff(turn: Turn, deps: HandoffDeps) -> Handoff | None:
    """The conversation's handoff while a person has it; clears a finished one."""
    marker = turn.state.get(STATE_KEY)
    if not isinstance(marker, dict) or "id" not in marker:
        return None
    row = await asyncio.to_thread(handoffs(deps).get, turn.client_name, int(marker["id"]))
    if row is None or row.status not in ACTIVE:
        # Given back: what was said before belongs to the closed handoff's card.
        turn.state.pop(STATE_KEY, None)
        turn.state.pop(TRANSCRIPT_KEY, None)
        return None
    return row


def user_language(turn: Turn, message: str) -> str:
    """The person's language, or English when they plainly wrote in English."""
    if turn.incoming.language is None and detect_language(message) == "english":
        return "en"
    return turn.language


def to_staff(client: ClientConfig, person_platform: Platform | str) -> dict[str, Any]:
    """Reply options that send a message to the staff channel, on the staff's platform."""
    place = settings.staff_place(client, person_platform)
    return {
        "target": Target.CHANNEL,
        "channel_id": place.channel,
        "platform": place.reply_platform(person_platform),
    }


def say_once_delivered(turn: Turn, key: str, message: str, language: str) -> None:
    """Tell the person the team knows, only once the staff card went out (else say so)."""
    turn.say(message, after=key, otherwise=Reply(text=text(language, "handoff.undelivered")))


def offer_staff_channel(turn: Turn) -> None:
    """Staff asking for a person are pointed to their team, not put in the quiet state."""
    assert turn.client is not None
    channel = settings.staff_channel(turn.client, turn.incoming.platform)
    if channel:
        turn.say(turn.t("handoff.staff_request", channel=channel))
    else:
        turn.say(turn.t("handoff.staff_request_no_channel"))
