"""The handoff flow: stage 5 (pre-check) and stage 9 (post-check) of the pipeline, and the
two actions that open or escalate a handoff outside them ("talk to a person", a due
escalation). One job per module: `precheck`, `relay` (a message inside an open handoff),
`postcheck`, `opening`, `escalation`, `triage`; `conversation` holds what they share.

Conversation state used here (documented for the skills that feed it; keys in `keys.py`):

- `state["handoff"] = {"id": N}` while a person has the conversation (the `handoff`
  table is the truth: once given back, the next message clears it);
- `state["transcript"]`: the last messages, for the staff card (`transcript.py`);
- `Turn.answer` (`AnswerOutcome`, not saved): set by the skill that answered the question
  this turn (support: how well retrieval backed it, 0..1); the post-check reads it. Without
  it, a fallback reply that offers `handoff:request` counts as "I don't know";
- `state["unanswered_streak"]`: "I don't know" answers in a row.
"""

from __future__ import annotations

from bot.core.turn import Turn
from bot.handoff.escalation import escalate
from bot.handoff.opening import request_handoff
from bot.handoff.postcheck import postcheck
from bot.handoff.precheck import precheck
from bot.handoff.settings import PerClientSettings


class HandoffFlow:
    """The handoff's work in a turn, with the per-client settings it was given.

    The composition root builds it on the one `PerClientSettings` it owns, for the pipeline's
    stages (`bot/stages.py`) and for the staff skill (the buttons and escalations it takes).
    """

    def __init__(self, per_client: PerClientSettings | None = None) -> None:
        self.per_client = per_client if per_client is not None else PerClientSettings()

    async def precheck(self, turn: Turn) -> None:
        """Stage 5: quiet while handed off; rules that fire start a handoff."""
        await precheck(turn, self.per_client)

    async def postcheck(self, turn: Turn) -> None:
        """Stage 9: remember the bot's answers; hand off after repeated or weak answers."""
        await postcheck(turn, self.per_client)

    async def request(self, turn: Turn) -> None:
        """The person clicked "talk to a person"."""
        await request_handoff(turn, self.per_client)

    async def escalate(self, turn: Turn, handoff_id: int, level: int) -> None:
        """Nobody claimed the handoff in time: the card goes to the next contact of the chain."""
        await escalate(turn, handoff_id, level)

    def compile_default_rules(self) -> None:
        """Compile the default rules now rather than while the first person waits.

        Raises `HandoffRulesError` when the shipped rules are broken.
        """
        self.per_client.classifier_for(None)
