"""Stage 9, the handoff post-check: remember the bot's answers; hand off after repeated
"I don't know" or a weakly supported answer on a sensitive topic."""

from __future__ import annotations

import logging
from dataclasses import replace

from bot.core.messages import Platform, Reply, Target
from bot.core.turn import AnswerOutcome, Turn
from bot.handoff.deps import HandoffDeps
from bot.handoff.detection import BehaviourSignals, HandoffRulesError, check_behaviour
from bot.handoff.keys import REQUEST_ACTION, STATE_KEY, UNANSWERED_STREAK
from bot.handoff.opening import start_handoff
from bot.handoff.transcript import remember
from bot.tenants import Role

log = logging.getLogger(__name__)


async def postcheck(turn: Turn, deps: HandoffDeps) -> None:
    """Stage 9: remember the bot's answers; hand off after repeated or weak answers."""
    incoming = turn.incoming
    if turn.client is None or incoming.platform is Platform.SCHEDULER or incoming.action:
        return
    if turn.state.get(STATE_KEY):  # a handoff started during this turn
        return
    for reply in turn.replies:
        if reply.target is Target.SAME:
            remember(turn.state, "bot", reply.text)
    answer = turn.answer
    if answer is None and turn.route == "fallback":
        offered = any(r.action_id == REQUEST_ACTION for r in turn.replies)
        answer = AnswerOutcome(answered=not offered, support=0.0 if offered else 1.0)
    if answer is None or turn.role is Role.COMMUNITY_MANAGER:
        return
    streak = 0 if answer.answered else int(turn.state.get(UNANSWERED_STREAK, 0)) + 1
    turn.state[UNANSWERED_STREAK] = streak
    try:
        classifier = deps.handoff_settings.classifier_for(turn.client)
    except HandoffRulesError as exc:
        log.critical("handoff behaviour rules unavailable: %s", exc)
        return
    signals = BehaviourSignals(
        consecutive_unanswered=streak,
        sensitive_topic=classifier.is_sensitive(turn.text),
        retrieval_support=float(answer.support),
    )
    verdict = check_behaviour(signals, classifier.rules.behaviour)
    if verdict is None:
        return
    # The human is on the way: the "talk to a person?" offer would only confuse.
    turn.replies[:] = [_without_offer(r) for r in turn.replies]
    await start_handoff(turn, deps, verdict, excerpt=turn.text)
    turn.route = f"{turn.route}+handoff:{verdict.rule}"


def _without_offer(reply: Reply) -> Reply:
    if reply.action_id == REQUEST_ACTION:
        return replace(reply, choices=(), action_id=None)
    return reply
