"""The pipeline's stages in order: the core's own and the features' (handoff, outbound).

Only the composition root (`bot.assistant`) reads this list; the core imports no feature.
"""

from __future__ import annotations

from bot.core.pipeline import CORE_STAGES, Stage
from bot.core.turn import Turn
from bot.handoff import flow as handoff_flow
from bot.policy.outbound import check_replies


async def handoff_precheck(turn: Turn) -> None:
    """5. A handed-off conversation stays quiet; rules that fire start a handoff."""
    await handoff_flow.precheck(turn)


async def outbound_check(turn: Turn) -> None:
    """8. Nothing confidential reaches an audience that may not see it (`bot.policy.outbound`)."""
    await check_replies(turn)


async def handoff_postcheck(turn: Turn) -> None:
    """9. Repeated "I don't know", low confidence on a sensitive topic → handoff."""
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
        await check_replies(turn)


def default_stages() -> tuple[Stage, ...]:
    core = CORE_STAGES
    return (
        core["drop_own_and_retries"],
        core["resolve_client"],
        core["resolve_role"],
        core["load_state"],
        core["check_input"],
        Stage("handoff_precheck", handoff_precheck),
        core["route"],
        Stage("outbound_check", outbound_check, always_run=True, fail_closed=True),
        Stage("handoff_postcheck", handoff_postcheck, fail_closed=True),
        core["save_state"],
    )
