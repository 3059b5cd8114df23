"""A participant's answers: validate, commit, then acknowledge and ask the next step."""

from __future__ import annotations

from typing import Any

from bot.core.messages import Reply
from bot.core.numbers import shorten
from bot.core.registry import STAFF_ROLES
from bot.core.turn import Turn
from bot.policy.audience import reply_sensitivities
from knowledge.sensitivity import CONFIDENTIAL
from skills.workshop import engine
from skills.workshop.base import (
    BACK,
    EDIT,
    PAUSE,
    RESUME,
    SKIP,
    STATUS,
    WAS_DONE,
    WorkshopBase,
    first_word,
)
from skills.workshop.engine import Invalid
from skills.workshop.hooks import Finished, run_finished
from skills.workshop.present import step_reply
from skills.workshop.repository import (
    ACTIVE,
    DONE,
    PAUSED,
)
from skills.workshop.schema import Flow, Step, StepKind
from skills.workshop.suggestions import SuggestionContext, suggest
from skills.workshop.tables import WorkshopParticipant, WorkshopSession


class AnsweringMixin(WorkshopBase):
    """Steps forward, back, skip, edit and pause for one participant."""

    async def _handle(
        self, turn: Turn, session: WorkshopSession, participant: WorkshopParticipant, message: str
    ) -> None:
        flow = self._flow_or_say(turn, session)
        if flow is None:
            return
        word, rest = first_word(message)
        if participant.status == PAUSED:
            if word in RESUME:
                participant = await self._db(self.repo.move, participant.id, status=ACTIVE)
                turn.say(turn.t("workshop.resumed"))
                await self._present(turn, session, participant, flow)
            else:
                turn.say(turn.t("workshop.paused_hint", code=session.code))
            return
        if word in EDIT:
            await self._edit(turn, session, participant, flow, rest)
            return
        if participant.status == DONE or participant.step_id is None:
            turn.say(turn.t("workshop.already_done", code=session.code))
            return
        step = flow.step(participant.step_id)
        if step is None:  # the flow file changed under a running session
            step = engine.first_unanswered(flow, await self._db(self.repo.answers, participant.id))
            if step is None:
                turn.say(turn.t("workshop.already_done", code=session.code))
                return
            participant = await self._db(self.repo.move, participant.id, step_id=step.id)
        if word in BACK and not rest:
            await self._back(turn, session, participant, flow, step)
        elif word in SKIP and not rest:
            if step.required:
                turn.say(turn.t("workshop.cannot_skip", title=step.title.get(turn.language)))
                await self._present(turn, session, participant, flow)
            else:
                await self._advance(turn, session, participant, flow, step, None, skipped=True)
        elif word in PAUSE and not rest:
            await self._db(self.repo.move, participant.id, status=PAUSED)
            turn.say(turn.t("workshop.paused", code=session.code))
        elif (word in RESUME or word in STATUS) and not rest:
            await self._present(turn, session, participant, flow)
        else:
            proposals = (
                participant.draft.get("proposals")
                if participant.draft.get("step") == step.id
                else None
            )
            value = engine.parse_answer(step, message, proposals)
            await self._accept_or_reask(turn, session, participant, flow, step, value)

    async def _accept_or_reask(
        self,
        turn: Turn,
        session: WorkshopSession,
        participant: WorkshopParticipant,
        flow: Flow,
        step: Step,
        value: Any,
    ) -> None:
        if isinstance(value, Invalid):
            turn.say(turn.t(f"workshop.invalid.{value.reason}", **value.values))
            await self._present(turn, session, participant, flow)
            return
        await self._advance(turn, session, participant, flow, step, value)

    async def _advance(
        self,
        turn: Turn,
        session: WorkshopSession,
        participant: WorkshopParticipant,
        flow: Flow,
        step: Step,
        value: Any,
        *,
        skipped: bool = False,
    ) -> None:
        answers = await self._db(self.repo.answers, participant.id)
        if skipped:
            answers.pop(step.id, None)
        else:
            answers[step.id] = value
        following = engine.next_step(flow, answers, after=step.id)
        if participant.return_to == WAS_DONE:
            following = None
        elif participant.return_to and flow.step(participant.return_to):
            back_to = flow.step(participant.return_to)
            following = back_to if not engine.is_skipped(back_to.skip_when, answers) else following
        participant = await self._db(
            self.repo.record_answer,
            participant.id,
            step.id,
            value,
            skipped=skipped,
            step_id=following.id if following else None,
            status=ACTIVE if following else DONE,
            return_to=None,
            draft={},
        )
        # Committed above: only now is the answer acknowledged.
        turn.say(turn.t("workshop.skipped" if skipped else "workshop.noted"))
        if following is not None:
            await self._present(turn, session, participant, flow)
        else:
            finished = Finished(session, participant, answers, turn.language)
            said = await self._db(run_finished, self.finish_handlers, flow.id, finished)
            turn.say(
                said
                or turn.t(
                    "workshop.finished", flow=flow.title.get(turn.language), code=session.code
                )
            )

    async def _back(
        self,
        turn: Turn,
        session: WorkshopSession,
        participant: WorkshopParticipant,
        flow: Flow,
        step: Step,
    ) -> None:
        answers = await self._db(self.repo.answers, participant.id)
        previous = engine.previous_step(flow, answers, step.id)
        if previous is None:
            turn.say(turn.t("workshop.at_start"))
        else:
            participant = await self._db(
                self.repo.move, participant.id, step_id=previous.id, return_to=None, draft={}
            )
        await self._present(turn, session, participant, flow)

    async def _edit(
        self,
        turn: Turn,
        session: WorkshopSession,
        participant: WorkshopParticipant,
        flow: Flow,
        typed: str,
    ) -> None:
        target = engine.find_step(flow, typed, turn.language) if typed else None
        if target is None:
            titles = ", ".join(
                f"{i}. {s.title.get(turn.language)}" for i, s in enumerate(flow.steps, 1)
            )
            turn.say(turn.t("workshop.unknown_step", value=shorten(typed), steps=titles))
            return
        was = WAS_DONE if participant.status == DONE else participant.step_id
        participant = await self._db(
            self.repo.move,
            participant.id,
            step_id=target.id,
            status=ACTIVE,
            return_to=None if was == target.id else was,
            draft={},
        )
        await self._present(turn, session, participant, flow)

    async def _clicked_answer(self, turn: Turn, session_id: int, step_id: str, value: str) -> None:
        session = await self._db(self.repo.session, session_id)
        participant = (
            await self._db(
                self.repo.participant_in,
                session_id,
                turn.incoming.platform.value,
                turn.incoming.user_id,
            )
            if session and session.client == turn.client_name
            else None
        )
        if session is None or session.status != "open" or participant is None:
            turn.say(
                self._outsider_text(turn, session) if session else turn.t("core.stale_action"),
                ephemeral=True,
            )
            return
        flow = self._flow_or_say(turn, session)
        if flow is None:
            return
        step = flow.step(step_id)
        if step is None or participant.step_id != step_id or participant.status != ACTIVE:
            turn.say(turn.t("workshop.stale_step"), ephemeral=True)
            return
        result = engine.parse_click(step, value)
        await self._accept_or_reask(turn, session, participant, flow, step, result)

    async def _present(
        self, turn: Turn, session: WorkshopSession, participant: WorkshopParticipant, flow: Flow
    ) -> None:
        step = flow.step(participant.step_id or "")
        if step is None:
            return
        definition = await self._db(self.repo.program_definition, turn.client_name)
        target, user = self._where(turn, session)
        proposals = None
        if step.kind == StepKind.SUGGEST:
            # Drafted for where the step is shown (a thread everyone reads: public passages
            # only); shared outputs never hold confidential ones. Drafts made for a wider
            # audience (a DM) are drafted again rather than shown in a narrower one.
            audience = reply_sensitivities(turn, Reply("", target=target, user_id=user)) - {
                CONFIDENTIAL
            }
            draft = participant.draft
            drafted_for = draft.get("audience")
            if draft.get("step") == step.id and set(drafted_for or [CONFIDENTIAL]) <= audience:
                proposals = draft.get("proposals", [])
            else:
                proposals = await self._draft(turn, flow, step, participant, audience)
                await self._db(
                    self.repo.move,
                    participant.id,
                    draft={"step": step.id, "proposals": proposals, "audience": sorted(audience)},
                )
        turn.replies.append(
            step_reply(
                session,
                flow,
                step,
                turn.language,
                definition=definition,
                for_ambassador=turn.role not in STAFF_ROLES,
                proposals=proposals,
                target=target,
                user_id=user,
            )
        )

    async def _draft(
        self,
        turn: Turn,
        flow: Flow,
        step: Step,
        participant: WorkshopParticipant,
        audience: frozenset[str],
    ) -> list[dict[str, Any]]:
        answers = await self._db(self.repo.answers, participant.id)
        earlier_je = await self._db(self.repo.latest_output, turn.client_name, "je")
        context = SuggestionContext(
            client=turn.client_name,
            language=turn.language,
            allowed_sensitivities=audience,
            knowledge=self.knowledge,
            gateway=self.gateway,
            earlier_je=earlier_je.data if earlier_je else None,
        )
        return await suggest(flow, step, answers, context)
