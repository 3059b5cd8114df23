"""Stage 5, the handoff pre-check: quiet while handed off; rules that fire start a handoff."""

from __future__ import annotations

import logging

from bot.core.messages import Platform
from bot.core.registry import STAFF_ROLES, fold_command
from bot.core.turn import Turn
from bot.handoff.conversation import active_handoff, offer_staff_channel
from bot.handoff.deps import HandoffDeps
from bot.handoff.detection import HandoffVerdict
from bot.handoff.detection.classifier import MODEL_RULE
from bot.handoff.detection.confirm import SECOND_OPINION_RULE
from bot.handoff.opening import start_handoff
from bot.handoff.relay import keep_from_person, relay_to_claimer, stay_quiet
from bot.handoff.transcript import remember
from bot.handoff.triage import verdict_on
from bot.tenants import Role

log = logging.getLogger(__name__)

EXPLICIT_REQUEST = "explicit_request"


async def precheck(turn: Turn, deps: HandoffDeps) -> None:
    """Stage 5: quiet while handed off; rules that fire start a handoff."""
    incoming = turn.incoming
    if turn.client is None or incoming.platform is Platform.SCHEDULER or incoming.action:
        return
    message = turn.text
    active = await active_handoff(turn, deps)
    if active is not None and await _private(turn):
        return  # their data rights ("oubli", "mes données"): the bot's, not the staff's
    if active is not None and turn.role in STAFF_ROLES:
        # Staff are never silenced: the relay goes on, and so do their commands.
        remember(turn.state, "user", message)
        await keep_from_person(turn, deps, active, message)
        relay_to_claimer(turn, active, message)
        return
    if active is not None:
        await stay_quiet(turn, deps, active, message)
        return
    remember(turn.state, "user", message)
    if turn.role is Role.COMMUNITY_MANAGER or _staff_command(turn) or not message.strip():
        return
    verdict = await verdict_on(turn, deps, message)
    if verdict.handoff and turn.role in STAFF_ROLES and verdict.category == EXPLICIT_REQUEST:
        offer_staff_channel(turn)
        turn.stop()
        turn.route = "handoff:staff_request"
        return
    if verdict.handoff and await _mild_inside_a_flow(turn, deps, verdict):
        log.info("mild %s verdict left to the active flow as an answer", verdict.category)
        return
    if verdict.handoff and _model_guess_on_a_command(turn, verdict):
        log.info("model's %s guess left to the command it names", verdict.category)
        return
    if verdict.handoff:
        await start_handoff(turn, deps, verdict, excerpt=message)
        turn.stop()
        turn.route = f"handoff:{verdict.category}"


async def _private(turn: Turn) -> bool:
    """A message between the person and the bot, never relayed: a private command typed
    alone ("oubli"), or the word a private flow waits for ("OUBLI" to confirm). Any other
    message closes such a flow and is relayed: "oubli de mon code…" reaches the staff."""
    registry = turn.registry
    match = registry.match_command(turn.text)
    if match is not None and match.spec.private and match.bare:
        return True
    word = fold_command(turn.text)
    for skill in registry.skills.values():
        if skill.private_flows and await skill.has_active_flow(turn):
            if word in {fold_command(w) for w in skill.flow_words}:
                return True
            skill.close_flow(turn)
    return False


def _staff_command(turn: Turn) -> bool:
    match = turn.registry.match_command(turn.text)
    return turn.role in STAFF_ROLES and match is not None and not match.spec.planned


def _model_guess_on_a_command(turn: Turn, verdict: HandoffVerdict) -> bool:
    """A message that names a command ("j'ai fait une contribution : un avis Google") runs
    the command: the learned model judging wording alone may not take it over, a rule may."""
    if verdict.danger or verdict.rule != MODEL_RULE:
        return False
    return turn.registry.match_command(turn.text) is not None


async def _mild_inside_a_flow(turn: Turn, deps: HandoffDeps, verdict: HandoffVerdict) -> bool:
    """A workshop answer may voice anger or ask for a person as content, not as a request.

    Inside an active flow only serious categories (distress, crisis, harassment) found by
    a rule, and danger, interrupt: an answer about the company's needs or fears reads like
    a request to a model judging wording alone. The person can still ask for someone once
    the flow is over.
    """
    assert turn.client is not None
    rules = deps.handoff_settings.classifier_for(turn.client).rules
    category = next((c for c in rules.categories if c.name == verdict.category), None)
    learned = verdict.rule in (MODEL_RULE, SECOND_OPINION_RULE)
    if verdict.danger or category is None or not (category.mild or learned):
        return False
    registry = turn.registry
    for name in registry.flows:
        if await registry.skills[name].has_active_flow(turn):
            return True
    return False
