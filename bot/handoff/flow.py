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
from bot.handoff.deps import HandoffDeps
from bot.handoff.escalation import cancel_escalation, escalate
from bot.handoff.opening import request_handoff
from bot.handoff.postcheck import postcheck
from bot.handoff.precheck import precheck


class HandoffFlow:
    """The handoff's work in a turn, with the dependencies it was built with.

    The composition root builds it from its services (`HandoffDeps`: the database, the model
    gateway, the scheduler, the conversation states and the one `PerClientSettings` it owns)
    for the pipeline's stages (`bot/stages.py`) and for the staff skill (the buttons and
    escalations it takes). Nothing is read from the turn's services.
    """

    def __init__(self, deps: HandoffDeps) -> None:
        self.deps = deps

    async def precheck(self, turn: Turn) -> None:
        """Stage 5: quiet while handed off; rules that fire start a handoff."""
        await precheck(turn, self.deps)

    async def postcheck(self, turn: Turn) -> None:
        """Stage 9: remember the bot's answers; hand off after repeated or weak answers."""
        await postcheck(turn, self.deps)

    async def request(self, turn: Turn) -> None:
        """The person clicked "talk to a person"."""
        await request_handoff(turn, self.deps)

    async def escalate(self, turn: Turn, handoff_id: int, level: int) -> None:
        """Nobody claimed the handoff in time: the card goes to the next contact of the chain."""
        await escalate(turn, self.deps, handoff_id, level)

    def cancel_escalation(self, handoff_id: int) -> None:
        """The handoff was taken or given back: no escalation is due any more."""
        cancel_escalation(self.deps, handoff_id)

    def compile_default_rules(self) -> None:
        """Compile the default rules now rather than while the first person waits.

        Raises `HandoffRulesError` when the shipped rules are broken.
        """
        self.deps.handoff_settings.classifier_for(None)
