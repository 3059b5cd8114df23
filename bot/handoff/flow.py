"""The handoff flow inside the pipeline: stage 5 (pre-check) and stage 9 (post-check).

Conversation state used here (documented for the skills that feed it):

- `state["handoff"] = {"id": N}` while a person has the conversation (the `handoff`
  table is the truth: once given back, the next message clears it);
- `state["transcript"]`: the last messages, for the staff card (`transcript.py`);
- `state["last_answer"] = {"answered": bool, "support": float}`: set by the skill that
  answered the question this turn (support: how well retrieval backed it, 0..1). The
  post-check consumes it. Without it, a fallback reply that offers `handoff:request`
  counts as "I don't know";
- `state["unanswered_streak"]`: "I don't know" answers in a row.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from bot.core.messages import Platform, Reply, Target
from bot.core.skills import STAFF_ROLES
from bot.core.turn import Turn
from bot.handoff import policy
from bot.handoff.card import card
from bot.handoff.records import ACTIVE, Handoff, HandoffLog, NewHandoff
from bot.handoff.transcript import TRANSCRIPT_KEY, last_user_message, recent, remember
from bot.policy.handoff import (
    NO_HANDOFF,
    BehaviourSignals,
    HandoffRulesError,
    HandoffVerdict,
    check_behaviour,
)
from bot.policy.handoff.confirm import confirm_borderline
from bot.scheduler import ScheduledIncoming
from bot.tenants import ClientConfig, Role
from knowledge.text import detect_language
from prompts.catalog import text

log = logging.getLogger(__name__)

STATE_KEY = "handoff"
LAST_ANSWER = "last_answer"
UNANSWERED_STREAK = "unanswered_streak"
REQUEST_ACTION = "handoff:request"
ESCALATE_ACTION = "handoff:escalate"


def escalation_job_id(handoff_id: int) -> str:
    return f"handoff-{handoff_id}-escalation"


def handoffs(turn: Turn) -> HandoffLog:
    return HandoffLog(turn.services.db)


async def active_handoff(turn: Turn) -> Handoff | None:
    """The conversation's handoff while a person has it; clears a finished one."""
    marker = turn.state.get(STATE_KEY)
    if not isinstance(marker, dict) or "id" not in marker:
        return None
    row = await asyncio.to_thread(handoffs(turn).get, turn.client_name, int(marker["id"]))
    if row is None or row.status not in ACTIVE:
        # Given back: what was said before belongs to the closed handoff's card.
        turn.state.pop(STATE_KEY, None)
        turn.state.pop(TRANSCRIPT_KEY, None)
        return None
    return row


def _staff_command(turn: Turn) -> bool:
    match = turn.registry.match_command(turn.text)
    return turn.role in STAFF_ROLES and match is not None and not match.spec.planned


async def _verdict(turn: Turn, message: str) -> HandoffVerdict:
    assert turn.client is not None
    try:
        classifier = policy.classifier_for(turn.client)
    except HandoffRulesError as exc:  # the shipped rules are broken: say so, keep serving
        log.critical("handoff triage unavailable, message not triaged: %s", exc)
        return NO_HANDOFF
    verdict = classifier.classify(message)
    return await confirm_borderline(
        verdict,
        message,
        rules=classifier.rules,
        gateway=turn.services.gateway,
        client=turn.client_name,
        conversation_id=turn.incoming.conversation_key,
    )


async def precheck(turn: Turn) -> None:
    """Stage 5: quiet while handed off; rules that fire start a handoff."""
    incoming = turn.incoming
    if turn.client is None or incoming.platform is Platform.SCHEDULER or incoming.action:
        return
    message = turn.text
    active = await active_handoff(turn)
    if active is not None:
        await _stay_quiet(turn, active, message)
        return
    if turn.role is Role.COMMUNITY_MANAGER or _staff_command(turn) or not message.strip():
        return
    remember(turn.state, "user", message)
    verdict = await _verdict(turn, message)
    if verdict.handoff and await _mild_inside_a_flow(turn, verdict):
        log.info("mild %s verdict left to the active flow as an answer", verdict.category)
        return
    if verdict.handoff:
        await start_handoff(turn, verdict, excerpt=message)
        turn.stop()
        turn.route = f"handoff:{verdict.category}"


async def _mild_inside_a_flow(turn: Turn, verdict: HandoffVerdict) -> bool:
    """A workshop answer may voice anger or ask for a person as content, not as a request.

    Inside an active flow only serious categories (distress, crisis, harassment) and danger
    interrupt; the person can still ask for someone once the flow is over.
    """
    assert turn.client is not None
    rules = policy.classifier_for(turn.client).rules
    category = next((c for c in rules.categories if c.name == verdict.category), None)
    if verdict.danger or category is None or not category.mild:
        return False
    registry = turn.registry
    for name in registry.flows:
        if await registry.skills[name].has_active_flow(turn):
            return True
    return False


async def _stay_quiet(turn: Turn, active: Handoff, message: str) -> None:
    """The bot says nothing; the message joins the transcript and reaches the person in charge."""
    assert turn.client is not None
    remember(turn.state, "user", message)
    if message.strip() and (await _verdict(turn, message)).danger:
        turn.say(policy.helpline_text(_user_language(turn, message), turn.client))
    if active.status == "claimed" and message.strip():
        turn.say(
            text(
                turn.client.language,
                "handoff.relay_staff",
                id=active.id,
                name=active.user_name or active.user_id,
                text=message,
            ),
            target=Target.CHANNEL,
            channel_id=policy.staff_channel(turn.client, turn.incoming.platform),
        )
    turn.stop()
    turn.route = "handoff:quiet"


async def postcheck(turn: Turn) -> None:
    """Stage 9: remember the bot's answers; hand off after repeated or weak answers."""
    incoming = turn.incoming
    if turn.client is None or incoming.platform is Platform.SCHEDULER or incoming.action:
        return
    if turn.state.get(STATE_KEY):  # a handoff started during this turn
        return
    for reply in turn.replies:
        if reply.target is Target.SAME:
            remember(turn.state, "bot", reply.text)
    answer = turn.state.pop(LAST_ANSWER, None)
    if answer is None and turn.route == "fallback":
        offered = any(r.action_id == REQUEST_ACTION for r in turn.replies)
        answer = {"answered": not offered, "support": 0.0 if offered else 1.0}
    if not isinstance(answer, dict) or turn.role is Role.COMMUNITY_MANAGER:
        return
    streak = 0 if answer.get("answered") else int(turn.state.get(UNANSWERED_STREAK, 0)) + 1
    turn.state[UNANSWERED_STREAK] = streak
    try:
        classifier = policy.classifier_for(turn.client)
    except HandoffRulesError as exc:
        log.critical("handoff behaviour rules unavailable: %s", exc)
        return
    signals = BehaviourSignals(
        consecutive_unanswered=streak,
        sensitive_topic=classifier.is_sensitive(turn.text),
        retrieval_support=float(answer.get("support", 0.0)),
    )
    verdict = check_behaviour(signals, classifier.rules.behaviour)
    if verdict is None:
        return
    # The human is on the way: the "talk to a person?" offer would only confuse.
    turn.replies[:] = [_without_offer(r) for r in turn.replies]
    await start_handoff(turn, verdict, excerpt=turn.text)
    turn.route = f"{turn.route}+handoff:{verdict.rule}"


def _without_offer(reply: Reply) -> Reply:
    if reply.action_id == REQUEST_ACTION:
        return replace(reply, choices=(), action_id=None)
    return reply


async def request_handoff(turn: Turn) -> None:
    """The person clicked "talk to a person"."""
    active = await active_handoff(turn)
    if active is not None:
        turn.say(turn.t("handoff.already", id=active.id))
        return
    verdict = HandoffVerdict(
        handoff=True, category="explicit_request", rule="asked_by_button", urgency="normal"
    )
    await start_handoff(turn, verdict, excerpt=last_user_message(turn.state))


def _user_language(turn: Turn, message: str) -> str:
    """The person's language, or English when they plainly wrote in English."""
    if turn.incoming.language is None and detect_language(message) == "english":
        return "en"
    return turn.language


async def start_handoff(turn: Turn, verdict: HandoffVerdict, *, excerpt: str) -> Handoff:
    """Log the handoff, tell the person, send the staff card, plan the escalation."""
    client = turn.client
    assert client is not None
    incoming = turn.incoming
    language = _user_language(turn, excerpt)
    row = await asyncio.to_thread(
        handoffs(turn).open,
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
            summary=_summary(client, verdict, excerpt),
        ),
    )
    assert row.id is not None
    turn.state[STATE_KEY] = {"id": row.id}
    turn.state[UNANSWERED_STREAK] = 0
    if verdict.danger:
        turn.say(policy.helpline_text(language, client))
    turn.say(text(language, "handoff.started", when=policy.when_text(language, client)))
    transcript = recent(turn.state, client.handoff.transcript_messages)
    turn.replies.append(
        card(client, row, transcript, channel_id=policy.staff_channel(client, incoming.platform))
    )
    schedule_escalation(turn, client, row.id, level=0, platform=row.platform)
    log.info(
        "handoff %s started: client=%s category=%s rule=%s urgency=%s",
        row.id,
        client.name,
        verdict.category,
        verdict.rule,
        verdict.urgency,
    )
    return row


def _summary(client: ClientConfig, verdict: HandoffVerdict, excerpt: str) -> str:
    language = client.language
    if not excerpt.strip():
        return text(language, "handoff.card.summary_request")
    masked = policy.redacted_excerpt(client, excerpt)
    if verdict.category == "behaviour":
        return text(language, "handoff.card.summary_behaviour", rule=verdict.rule, excerpt=masked)
    return text(language, "handoff.card.summary", excerpt=masked)


def schedule_escalation(
    turn: Turn, client: ClientConfig, handoff_id: int, *, level: int, platform: str
) -> None:
    """Plan the next escalation; its replies go out on `platform`, where the card went."""
    at = datetime.now(UTC) + timedelta(minutes=client.handoff.claim_delay_minutes)
    turn.services.scheduler.schedule(
        escalation_job_id(handoff_id),
        at,
        ScheduledIncoming(
            client=client.name,
            action_id=ESCALATE_ACTION,
            value=f"{handoff_id}:{level}",
            platform=platform,
        ),
    )


async def escalate(turn: Turn, handoff_id: int, level: int) -> None:
    """Nobody claimed the handoff in time: the card goes to the next contact of the chain."""
    client = turn.client
    assert client is not None
    log_ = handoffs(turn)
    row = await asyncio.to_thread(log_.get, client.name, handoff_id)
    if row is None or row.status != "open":
        log.info("escalation of handoff %s skipped: no longer waiting", handoff_id)
        return
    language = client.language
    contacts = client.handoff.contacts
    delay = policy.delay_text(language, client.handoff.claim_delay_minutes * (level + 1))
    channel = policy.staff_channel(client, row.platform)
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
    state = await asyncio.to_thread(turn.services.conversations.load_state, row.conversation_key)
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
    schedule_escalation(turn, client, handoff_id, level=level + 1, platform=row.platform)
    log.warning("handoff %s unclaimed after %s: escalated to %s", row.id, delay, contact)
