"""The pipeline's stages in order: the core's own and the features' (handoff, outbound).

Only the composition root (`bot.assistant`) reads this list; the core imports no feature.
A feature's stage gets what it needs here, when the list is built (`StageDeps`), and
keeps it for the life of the bot (the outbound check's caches).
"""

from __future__ import annotations

from typing import Protocol

from bot.core.pipeline import CORE_STAGES, Stage
from bot.core.turn import Turn
from bot.handoff import flow as handoff_flow
from bot.policy.outbound import OutboundGuard, PassageSource, check_replies, guard_for


class StageDeps(Protocol):
    """What the features' stages are built with (the root's `Services` has it)."""

    @property
    def knowledge(self) -> PassageSource: ...


async def handoff_precheck(turn: Turn) -> None:
    """5. A handed-off conversation stays quiet; rules that fire start a handoff."""
    await handoff_flow.precheck(turn)


def outbound_check(guard: OutboundGuard) -> Stage:
    """8. Nothing confidential reaches an audience that may not see it (`bot.policy.outbound`)."""

    async def run(turn: Turn) -> None:
        await check_replies(turn, guard)

    return Stage("outbound_check", run, always_run=True, fail_closed=True)


def handoff_postcheck(guard: OutboundGuard) -> Stage:
    """9. Repeated "I don't know", low confidence on a sensitive topic → handoff."""

    async def run(turn: Turn) -> None:
        before = len(turn.replies)
        answer = turn.answer
        if answer is not None:  # `bot.handoff.flow` still reads it from the state, this turn only
            turn.state[handoff_flow.LAST_ANSWER] = {
                "answered": answer.answered,
                "support": answer.support,
            }
        try:
            await handoff_flow.postcheck(turn)
        finally:
            turn.state.pop(handoff_flow.LAST_ANSWER, None)
        if len(turn.replies) > before:  # the staff card and the notice pass stage 8 too
            await check_replies(turn, guard)

    return Stage("handoff_postcheck", run, fail_closed=True)


def default_stages(deps: StageDeps) -> tuple[Stage, ...]:
    core = CORE_STAGES
    guard = guard_for(deps.knowledge)  # one per bot: its caches last between turns
    return (
        core["drop_own_and_retries"],
        core["resolve_client"],
        core["resolve_role"],
        core["load_state"],
        core["check_input"],
        Stage("handoff_precheck", handoff_precheck),
        core["route"],
        outbound_check(guard),
        handoff_postcheck(guard),
        core["save_state"],
    )
