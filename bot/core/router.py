"""Route a turn to the handler that should take it.

Order: a button/choice click > the active flow step > a command > a matcher >
the fallback (the knowledge base). A message is a command when its first word or
phrase, with or without a leading '/' or '!', is a registered command word. During a
flow step a command typed alone still runs as the command, and a question-like
message is first asked about (`bot.core.flow_guard`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from bot.core.flow_guard import (
    PENDING_ACTION,
    ask_answer_or_question,
    looks_like_question,
    resolve_pending,
)
from bot.core.registry import COMMAND_PREFIXES, CommandMatch, Skill, fold_command
from bot.core.turn import Turn

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ParsedCommand:
    word: str
    args: str
    prefixed: bool


def parse_command(text: str) -> ParsedCommand | None:
    stripped = text.strip()
    prefixed = stripped.startswith(COMMAND_PREFIXES)
    body = stripped[1:].lstrip() if prefixed else stripped
    if not body:
        return None
    word, _, args = body.partition(" ")
    return ParsedCommand(word=word.casefold(), args=args.strip(), prefixed=prefixed)


def role_label(turn: Turn, role: str) -> str:
    return turn.t(f"core.roles.{role}")


async def run_command(turn: Turn, match: CommandMatch) -> None:
    """Run a command the asker's role allows; refuse it clearly otherwise."""
    spec = match.spec
    assert turn.role is not None
    if turn.role not in spec.roles:
        allowed = ", ".join(role_label(turn, r) for r in sorted(spec.roles))
        turn.say(turn.t("core.role_refused", command=match.word, roles=allowed), ephemeral=True)
        turn.route = f"refused:{spec.name}"
        return
    turn.route = f"{'planned' if spec.planned else 'command'}:{spec.name}"
    await spec.handler(turn, match.args)


def _flow_words(skill: Skill) -> set[str]:
    return {fold_command(word) for word in skill.flow_words}


async def _to_active_flow(turn: Turn, match: CommandMatch | None) -> bool:
    """Hand the message to the flow it answers, if any (see `bot.core.flow_guard`)."""
    registry = turn.registry
    for skill_name, handler in registry.flows.items():
        skill = registry.skills[skill_name]
        if not await skill.has_active_flow(turn):
            continue
        # A word the flow itself understands ("pause", "reprendre" in a workshop) is the
        # flow's, even when a command elsewhere has the same word.
        own_word = match is not None and match.word in _flow_words(skill)
        if match is not None and match.interrupts_flow and not own_word:
            await run_command(turn, match)  # "aide" at a step is help, never the answer
            if await skill.open_step(turn):
                turn.say(turn.t("commands.flow.still_open"))
            return True
        step = await skill.open_step(turn)
        if step is not None and looks_like_question(turn.text):
            ask_answer_or_question(turn, skill_name, step)
            return True
        turn.route = f"flow:{skill_name}"
        await handler(turn)
        return True
    return False


async def route_and_run(turn: Turn) -> None:
    registry = turn.registry
    incoming = turn.incoming

    if incoming.action is not None:
        if incoming.action.action_id == PENDING_ACTION:
            await resolve_pending(turn, incoming.action.value)
            return
        action_route = registry.action_route(incoming.action.action_id)
        if action_route is None:
            turn.say(turn.t("core.stale_action"))
            turn.route = "action:unknown"
            return
        turn.route = f"action:{action_route.skill}"
        await action_route.handler(turn, incoming.action)
        return

    match = registry.match_command(incoming.text)
    if match and match.spec.planned and not match.bare and "?" in match.args:
        match = None  # "mes points expirent-ils ?" asks the documents, not for the feature

    if not (match and match.prefixed) and await _to_active_flow(turn, match):
        return
    active = turn.state.get("active_flow")
    if active and active not in registry.flows:
        log.warning("conversation had an unknown active flow %r: cleared", active)
        turn.state.pop("active_flow", None)

    if match:
        await run_command(turn, match)
        return
    parsed = parse_command(incoming.text)
    if parsed and parsed.prefixed:
        turn.say(turn.t("core.unknown_command", command=parsed.word), ephemeral=True)
        turn.route = "unknown_command"
        return

    for matcher_route in registry.matchers:
        if matcher_route.predicate(turn):
            turn.route = f"matcher:{matcher_route.skill}"
            await matcher_route.handler(turn)
            return

    if registry.fallback is not None:
        turn.route = "fallback"
        await registry.fallback(turn)
        return
    turn.say(turn.t("core.not_understood"))
    turn.route = "not_understood"
