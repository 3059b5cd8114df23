"""The triage of one message for the turn's client: its rules and the learned model, then
the chat model's second opinion on a borderline verdict."""

from __future__ import annotations

import asyncio
import logging

from bot.core.turn import Turn
from bot.handoff.deps import HandoffDeps
from bot.handoff.detection import NO_HANDOFF, HandoffRulesError, HandoffVerdict
from bot.handoff.detection.confirm import confirm_borderline

log = logging.getLogger(__name__)


async def verdict_on(turn: Turn, deps: HandoffDeps, message: str) -> HandoffVerdict:
    assert turn.client is not None
    try:
        classifier = deps.handoff_settings.classifier_for(turn.client)
    except HandoffRulesError as exc:  # the shipped rules are broken: say so, keep serving
        log.critical("handoff triage unavailable, message not triaged: %s", exc)
        return NO_HANDOFF
    # Milliseconds of CPU: off the event loop, which acknowledges the platforms' requests.
    verdict = await asyncio.to_thread(classifier.classify, message)
    return await confirm_borderline(
        verdict,
        message,
        rules=classifier.rules,
        gateway=deps.gateway,
        client=turn.client_name,
        conversation_id=turn.incoming.conversation_key,
    )
