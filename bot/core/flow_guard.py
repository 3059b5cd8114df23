"""While a flow step waits for an answer, a command or a question is not an answer.

The router asks here before handing a message to the active flow:

- a known command typed alone (`aide`, `langue en`, `prendre 12`…) runs as the command,
  and the step stays open;
- a short message that looks like a question to the bot ("c'est quoi un KPI ?") asks
  "is this your answer or a question?" with two buttons. The text waits in the
  conversation state (so a restart loses nothing) until the person chooses: "answer"
  hands it to the flow, "question" to the knowledge base, and the step stays open.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.core.messages import Choice, ChoiceStyle
from bot.core.numbers import shorten
from bot.core.registry import fold_command

if TYPE_CHECKING:
    from bot.core.registry import Handler
    from bot.core.turn import Turn

log = logging.getLogger(__name__)

PENDING_ACTION = "core.pending"
PENDING_KEY = "flow_pending"  # conversation state: {"text", "flow", "step"}
ANSWER, QUESTION = "answer", "question"
QUESTION_MAX_WORDS = 25
QUOTED_CHARS = 80

# Openings that address the bot rather than answer it (compared folded, at the start).
_ADDRESSED_TO_BOT = re.compile(
    r"^(?:comment\b|pourquoi\b|c'?est quoi\b|qu'?est[ -]ce\b|est[ -]ce que?\b|"
    r"(?:peux|pourrais|sais)[ -]tu\b|(?:pouvez|pourriez|savez)[ -]vous\b|"
    r"(?:tu|vous) (?:peux|pouvez|pourrais|pourriez|sais|savez)\b|"
    r"que (?:veut dire|signifie|dois[ -]je|faut[ -]il)\b|ca veut dire quoi\b|"
    r"(?:je ne|j'|je) comprends? pas\b|je n'ai pas compris\b|"
    r"what(?:'s| is| are| does| do| should)\b|how (?:do|does|can|should|to)\b|why\b|"
    r"(?:can|could|would) you\b|do you\b|i (?:don'?t|do not) (?:understand|get)\b)"
)


def looks_like_question(message: str) -> bool:
    """A short message ending with '?' or starting like a question put to the bot."""
    stripped = message.strip()
    if not stripped or len(stripped.split()) > QUESTION_MAX_WORDS:
        return False
    if stripped.rstrip(" \t)»\"'").endswith("?"):
        return True
    return bool(_ADDRESSED_TO_BOT.match(fold_command(stripped)))


def ask_answer_or_question(turn: Turn, flow: str, step: str) -> None:
    """Keep the message aside and ask what it is."""
    turn.state[PENDING_KEY] = {"text": turn.text, "flow": flow, "step": step}
    turn.route = f"pending:{flow}"
    turn.ask_choice(
        turn.t("commands.flow.answer_or_question", text=shorten(turn.text, QUOTED_CHARS)),
        PENDING_ACTION,
        [
            Choice(turn.t("commands.flow.is_answer"), ANSWER, ChoiceStyle.PRIMARY),
            Choice(turn.t("commands.flow.is_question"), QUESTION),
        ],
    )


async def resolve_pending(turn: Turn, choice: str) -> None:
    """The person said what their kept message was: hand it to the flow or to the fallback."""
    pending = turn.state.get(PENDING_KEY)
    if not isinstance(pending, dict) or choice not in (ANSWER, QUESTION):
        turn.say(turn.t("core.stale_action"), ephemeral=True)
        turn.route = "pending:stale"
        return
    registry = turn.registry
    text = str(pending.get("text", ""))
    turn.incoming = replace(turn.incoming, text=text, action=None)
    flow = str(pending.get("flow", ""))
    skill = registry.skills.get(flow)
    handler: Handler | None = registry.flows.get(flow)
    if choice == QUESTION:
        if registry.fallback is None:
            turn.say(turn.t("core.not_understood"))
        else:
            turn.route = "fallback"
            await registry.fallback(turn)
            if skill is not None and await skill.open_step(turn):
                turn.say(turn.t("commands.flow.still_open"))
        turn.state.pop(PENDING_KEY)  # only once handled: a crash above keeps it for a retry
        return
    step = await skill.open_step(turn) if skill is not None else None
    if handler is None or step is None or step != pending.get("step"):
        # The step moved on (answered meanwhile, closed): the text is not filed under another.
        turn.state.pop(PENDING_KEY)
        log.info("pending answer for %s no longer matches the open step", flow)
        turn.say(turn.t("commands.flow.step_changed", text=shorten(text, QUOTED_CHARS)))
        turn.route = "pending:step_changed"
        return
    turn.route = f"flow:{flow}"
    await handler(turn)
    turn.state.pop(PENDING_KEY)
