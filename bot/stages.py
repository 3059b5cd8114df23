"""The pipeline's stages in order: the core's own and the features' (handoff, outbound).

Only the composition root (`bot.assistant`) reads this list; the core imports no feature.
A feature's stage gets what it needs here, when the list is built (`StageDeps`), and
keeps it for the life of the bot (the outbound check's caches).
"""

from __future__ import annotations

from typing import Protocol

from bot.core.pipeline import CORE_STAGES, Stage
from bot.core.turn import Turn
from bot.handoff.api import HandoffDeps, HandoffFlow
from bot.llm import ModelGateway
from bot.notices.notice import first_contact_notice
from bot.policy.outbound import OutboundGuard, PassageSource, check_replies, guard_for


class StageDeps(HandoffDeps, Protocol):
    """What the features' stages are built with (the root's `Services` has it)."""

    @property
    def knowledge(self) -> PassageSource: ...

    @property
    def gateway(self) -> ModelGateway: ...  # the notice says whether a model is used


def handoff_precheck(handoff: HandoffFlow) -> Stage:
    """5. A handed-off conversation stays quiet; rules that fire start a handoff."""
    return Stage("handoff_precheck", handoff.precheck)


def outbound_check(guard: OutboundGuard) -> Stage:
    """8. Nothing confidential reaches an audience that may not see it (`bot.policy.outbound`)."""

    async def run(turn: Turn) -> None:
        await check_replies(turn, guard)

    return Stage("outbound_check", run, always_run=True, fail_closed=True)


def handoff_postcheck(handoff: HandoffFlow, guard: OutboundGuard) -> Stage:
    """9. Repeated "I don't know", low confidence on a sensitive topic → handoff."""

    async def run(turn: Turn) -> None:
        before = len(turn.replies)
        await handoff.postcheck(turn)
        if len(turn.replies) > before:  # the staff card and the notice pass stage 8 too
            await check_replies(turn, guard)

    return Stage("handoff_postcheck", run, fail_closed=True)


def default_stages(deps: StageDeps) -> tuple[Stage, ...]:
    core = CORE_STAGES
    guard = guard_for(deps.knowledge)  # one per bot: its caches last between turns
    handoff = HandoffFlow(deps)  # its PerClientSettings is the root's, as the staff skill's
    return (
        core["drop_own_and_retries"],
        core["resolve_client"],
        core["resolve_role"],
        core["load_state"],
        first_contact_notice(deps.db, deps.gateway),
        core["check_input"],
        handoff_precheck(handoff),
        core["route"],
        outbound_check(guard),
        handoff_postcheck(handoff, guard),
        core["save_state"],
    )
