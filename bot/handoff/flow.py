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
from typing import Any

from bot.core.messages import Platform, Reply, Target
from bot.core.skills import STAFF_ROLES
from bot.core.turn import Turn
from bot.handoff import settings as policy
from bot.handoff.card import card, category_label, urgency_label
from bot.handoff.detection import (
    NO_HANDOFF,
    BehaviourSignals,
    HandoffRulesError,
    HandoffVerdict,
    check_behaviour,
)
from bot.handoff.detection.classifier import MODEL_RULE
from bot.handoff.detection.confirm import SECOND_OPINION_RULE, confirm_borderline
from bot.handoff.records import ACTIVE, Handoff, HandoffLog, NewHandoff, urgency_rank
from bot.handoff.transcript import TRANSCRIPT_KEY, last_user_message, recent, remember
from bot.scheduler import ScheduledIncoming
from bot.tenants import ClientConfig, Role
from knowledge.text import detect_language
from prompts.catalog import text

log = logging.getLogger(__name__)

STATE_KEY = "handoff"
LAST_ANSWER = "last_answer"
UNANSWERED_STREAK = "unanswered_streak"
REQUEST_ACTION = "handoff:request"
EXPLICIT_REQUEST = "explicit_request"
# Categories that, inside an open relay, raise its urgency (danger always does).
RAISING_CATEGORIES = frozenset({"distress", "crisis", "harassment", "anger"})
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
    if active is not None and turn.role in STAFF_ROLES:
        # Staff are never silenced: the relay goes on, and so do their commands.
        remember(turn.state, "user", message)
        _relay_to_claimer(turn, active, message)
        return
    if active is not None:
        await _stay_quiet(turn, active, message)
        return
    remember(turn.state, "user", message)
    if turn.role is Role.COMMUNITY_MANAGER or _staff_command(turn) or not message.strip():
        return
    verdict = await _verdict(turn, message)
    if verdict.handoff and turn.role in STAFF_ROLES and verdict.category == EXPLICIT_REQUEST:
        _offer_staff_channel(turn)
        turn.stop()
        turn.route = "handoff:staff_request"
        return
    if verdict.handoff and await _mild_inside_a_flow(turn, verdict):
        log.info("mild %s verdict left to the active flow as an answer", verdict.category)
        return
    if verdict.handoff and _model_guess_on_a_command(turn, verdict):
        log.info("model's %s guess left to the command it names", verdict.category)
        return
    if verdict.handoff:
        await start_handoff(turn, verdict, excerpt=message)
        turn.stop()
        turn.route = f"handoff:{verdict.category}"


def _model_guess_on_a_command(turn: Turn, verdict: HandoffVerdict) -> bool:
    """A message that names a command ("j'ai fait une contribution : un avis Google") runs
    the command: the learned model judging wording alone may not take it over, a rule may."""
    if verdict.danger or verdict.rule != MODEL_RULE:
        return False
    return turn.registry.match_command(turn.text) is not None


async def _mild_inside_a_flow(turn: Turn, verdict: HandoffVerdict) -> bool:
    """A workshop answer may voice anger or ask for a person as content, not as a request.

    Inside an active flow only serious categories (distress, crisis, harassment) found by
    a rule, and danger, interrupt: an answer about the company's needs or fears reads like
    a request to a model judging wording alone. The person can still ask for someone once
    the flow is over.
    """
    assert turn.client is not None
    rules = policy.classifier_for(turn.client).rules
    category = next((c for c in rules.categories if c.name == verdict.category), None)
    learned = verdict.rule in (MODEL_RULE, SECOND_OPINION_RULE)
    if verdict.danger or category is None or not (category.mild or learned):
        return False
    registry = turn.registry
    for name in registry.flows:
        if await registry.skills[name].has_active_flow(turn):
            return True
    return False


async def _stay_quiet(turn: Turn, active: Handoff, message: str) -> None:
    """The bot says nothing; the message joins the transcript and reaches the person in charge.

    Every message is still triaged: danger gets the helpline at once, and danger, distress,
    crisis, harassment or anger raise the relay's urgency and notify the staff again.
    """
    assert turn.client is not None
    remember(turn.state, "user", message)
    verdict = await _verdict(turn, message) if message.strip() else NO_HANDOFF
    if verdict.danger:
        turn.say(policy.helpline_text(_user_language(turn, message), turn.client))
    raised = await _raise_urgency(turn, active, verdict, message)
    _relay_to_claimer(turn, raised or active, message)
    turn.stop()
    turn.route = "handoff:quiet" if raised is None else f"handoff:raised:{raised.urgency}"


def _relay_to_claimer(turn: Turn, active: Handoff, message: str) -> None:
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
        **_to_staff(turn.client, active.platform),
    )


def raised_urgency(verdict: HandoffVerdict) -> str | None:
    """The urgency a verdict gives an open relay, or None when it does not raise it."""
    if verdict.danger:
        return "critical"
    if not verdict.handoff or verdict.category not in RAISING_CATEGORIES:
        return None
    return max(verdict.urgency, "high", key=urgency_rank)


async def _raise_urgency(
    turn: Turn, active: Handoff, verdict: HandoffVerdict, message: str
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
        handoffs(turn).raise_urgency,
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
        excerpt=policy.redacted_excerpt(client, message),
    )
    transcript = recent(turn.state, client.handoff.transcript_messages)
    key = f"{card_key(row.id)}-raised-{len(row.escalations)}"
    staff = _to_staff(client, row.platform)
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
    language = _user_language(turn, message)
    _say_once_delivered(turn, key, text(language, "handoff.renotified"), language)
    log.warning(
        "handoff %s raised to %s (%s): staff notified again", row.id, row.urgency, verdict.category
    )
    return row


def _to_staff(client: ClientConfig, person_platform: str) -> dict[str, Any]:
    """Reply options that send a message to the staff channel, on the staff's platform."""
    place = policy.staff_place(client, person_platform)
    return {
        "target": Target.CHANNEL,
        "channel_id": place.channel,
        "platform": place.reply_platform(person_platform),
    }


def card_key(handoff_id: int | None) -> str:
    return f"handoff-card-{handoff_id}"


def _say_once_delivered(turn: Turn, key: str, message: str, language: str) -> None:
    """Tell the person the team knows, only once the staff card went out (else say so)."""
    turn.say(message, after=key, otherwise=Reply(text=text(language, "handoff.undelivered")))


def _offer_staff_channel(turn: Turn) -> None:
    """Staff asking for a person are pointed to their team, not put in the quiet state."""
    assert turn.client is not None
    channel = policy.staff_channel(turn.client, turn.incoming.platform)
    if channel:
        turn.say(turn.t("handoff.staff_request", channel=channel))
    else:
        turn.say(turn.t("handoff.staff_request_no_channel"))


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
    if turn.role in STAFF_ROLES:
        _offer_staff_channel(turn)
        return
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
    transcript = recent(turn.state, client.handoff.transcript_messages)
    staff_card = card(client, row, transcript, **_to_staff(client, incoming.platform))
    turn.replies.append(replace(staff_card, key=card_key(row.id)))
    _say_once_delivered(
        turn,
        card_key(row.id),
        text(language, "handoff.started", when=policy.when_text(language, client)),
        language,
    )
    schedule_escalation(
        turn, client, row.id, level=0, platform=policy.staff_place(client, row.platform).platform
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
    staff = policy.staff_place(client, row.platform)
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
    schedule_escalation(turn, client, handoff_id, level=level + 1, platform=staff.platform)
    log.warning("handoff %s unclaimed after %s: escalated to %s", row.id, delay, contact)
