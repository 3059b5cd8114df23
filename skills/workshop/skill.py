"""The workshop skill: commands and clicks in, engine and repository underneath.

Facilitators: `atelier nous|je|action [@people… | groupe X | ouvert]`, then
`atelier statut|relancer|clore [code]`. Everyone: `rejoindre <code>`; inside a
workshop: `retour`, `passer`, `modifier <étape>`, `pause`, `reprendre`.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from bot.core.messages import Action, Choice, ChoiceStyle, Target
from bot.core.skills import (
    ALL_ROLES,
    STAFF_ROLES,
    Skill,
    SkillRegistry,
    command,
    flow_step,
    on_action,
)
from bot.core.turn import Turn
from bot.services import Services
from knowledge import sensitivities_for_role
from prompts.catalog import text
from skills.workshop import engine
from skills.workshop.engine import Invalid, fold
from skills.workshop.loader import PACKAGED_FLOWS, FlowCatalog, load_flows
from skills.workshop.outputs import build_output
from skills.workshop.present import JOIN_ACTION, PICK_ACTION, step_reply
from skills.workshop.repository import (
    ACTIVE,
    CODE_ALPHABET,
    CODE_LENGTH,
    DONE,
    INVITED,
    PAUSED,
    WorkshopRepository,
)
from skills.workshop.schema import Flow, Step, StepKind
from skills.workshop.suggestions import SuggestionContext, suggest
from skills.workshop.tables import WorkshopParticipant, WorkshopSession

log = logging.getLogger(__name__)
T = TypeVar("T")

BACK = {"retour", "back", "precedent", "previous"}
SKIP = {"passer", "skip"}
EDIT = {"modifier", "edit"}
PAUSE = {"pause"}
RESUME = {"reprendre", "resume"}
STATUS = {"statut", "status", "etat"}
NUDGE = {"relancer", "nudge", "remind"}
CLOSE = {"clore", "close", "fermer"}
LIST = {"", "liste", "list"}
GROUP = {"groupe", "group"}
OPEN = {"ouvert", "open"}
_CODE = re.compile(rf"[{CODE_ALPHABET}]{{{CODE_LENGTH}}}")
_MENTION = re.compile(r"<@([\w-]+)(?:\|[^>]*)?>|@([\w.-]+)")
_WAS_DONE = "__done__"


@dataclass(frozen=True)
class Place:
    """Where a message lands: a session and the sender's participation (None: outsider)."""

    session: WorkshopSession
    participant: WorkshopParticipant | None


def _first_word(message: str) -> tuple[str, str]:
    word, _, rest = message.strip().lstrip("/!").partition(" ")
    return fold(word), rest.strip()


class WorkshopSkill(Skill):
    name = "workshop"

    def __init__(self, services: Services, catalog: FlowCatalog) -> None:
        self.services = services
        self.catalog = catalog
        self.repo = WorkshopRepository(services.db)

    async def _db(self, work: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        return await asyncio.to_thread(work, *args, **kwargs)

    # -- routing ---------------------------------------------------------------------------
    async def has_active_flow(self, turn: Turn) -> bool:
        if turn.client is None or turn.incoming.action is not None:
            return False
        if self._is_own_command(turn.text):
            return False
        return await self._place(turn) is not None

    def _is_own_command(self, message: str) -> bool:
        """`atelier statut`, `rejoindre K7P2Q`… but not an answer such as "Atelier vélo"."""
        word, rest = _first_word(message)
        argument = _first_word(rest)[0]
        if word in {"atelier", "workshop"}:
            return argument in self.catalog.flows or argument in STATUS | NUDGE | CLOSE | LIST
        return word in {"rejoindre", "join"} and bool(_CODE.fullmatch(rest.upper()))

    async def _place(self, turn: Turn) -> Place | list[Place] | None:
        incoming = turn.incoming
        word = _first_word(turn.text)[0]
        places = [
            Place(s, p)
            for s, p in await self._db(
                self.repo.participations,
                turn.client_name,
                incoming.platform.value,
                incoming.user_id,
            )
        ]
        if incoming.thread_id:
            session = await self._db(
                self.repo.session_in_thread, turn.client_name, incoming.thread_id
            )
            if session is None:
                return None
            mine = next((p for p in places if p.session.id == session.id), None)
            if mine is not None and mine.participant and mine.participant.status != INVITED:
                return mine
            return None if turn.role in STAFF_ROLES else Place(session, None)
        if not incoming.is_direct:
            return None
        wanted = {ACTIVE}
        if word in RESUME:
            wanted = {PAUSED}
        elif word in EDIT:
            wanted = {ACTIVE, DONE}
        live = [p for p in places if p.participant and p.participant.status in wanted]
        if len(live) <= 1:
            return live[0] if live else None
        chosen = turn.state.get("workshop_session")
        return next((p for p in live if p.session.id == chosen), live)

    # -- participants' messages ------------------------------------------------------------
    @flow_step()
    async def on_message(self, turn: Turn) -> None:
        place = await self._place(turn)
        if isinstance(place, list):
            turn.state["workshop_pending"] = turn.text
            turn.ask_choice(
                turn.t("workshop.pick_session"),
                PICK_ACTION,
                [Choice(self._session_label(turn, p.session), str(p.session.id)) for p in place],
            )
            return
        if place is None:
            turn.say(turn.t("core.not_understood"))
            return
        if place.participant is None:
            turn.say(self._outsider_text(turn, place.session), ephemeral=True)
            return
        await self._handle(turn, place.session, place.participant, turn.text)

    async def _handle(
        self, turn: Turn, session: WorkshopSession, participant: WorkshopParticipant, message: str
    ) -> None:
        flow = self._flow_or_say(turn, session)
        if flow is None:
            return
        word, rest = _first_word(message)
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
            step = engine.next_step(flow, await self._db(self.repo.answers, participant.id))
            if step is None:
                turn.say(turn.t("workshop.already_done", code=session.code))
                return
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
        elif word in RESUME and not rest:
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
        if participant.return_to == _WAS_DONE:
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
            turn.say(
                turn.t("workshop.finished", flow=flow.title.get(turn.language), code=session.code)
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
            turn.say(turn.t("workshop.unknown_step", value=typed, steps=titles))
            return
        was = _WAS_DONE if participant.status == DONE else participant.step_id
        participant = await self._db(
            self.repo.move,
            participant.id,
            step_id=target.id,
            status=ACTIVE,
            return_to=None if was == target.id else was,
            draft={},
        )
        await self._present(turn, session, participant, flow)

    # -- clicks ----------------------------------------------------------------------------
    @on_action("workshop.")
    async def on_click(self, turn: Turn, action: Action) -> None:
        kind, *parts = action.action_id.split("|")
        if kind == JOIN_ACTION:
            await self._join_by_code(turn, action.value)
        elif kind == PICK_ACTION:
            await self._pick(turn, action.value)
        elif len(parts) == 2 and parts[0].isdigit():
            await self._clicked_answer(turn, int(parts[0]), parts[1], action.value)
        else:
            turn.say(turn.t("core.stale_action"))

    async def _pick(self, turn: Turn, value: str) -> None:
        turn.state["workshop_session"] = int(value) if value.isdigit() else None
        pending = turn.state.pop("workshop_pending", None)
        place = await self._place(turn)
        if not isinstance(place, Place) or place.participant is None:
            turn.say(turn.t("core.stale_action"))
            return
        turn.say(turn.t("workshop.picked", name=self._session_label(turn, place.session)))
        if pending:
            await self._handle(turn, place.session, place.participant, pending)
        else:
            flow = self._flow_or_say(turn, place.session)
            if flow:
                await self._present(turn, place.session, place.participant, flow)

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

    # -- joining ---------------------------------------------------------------------------
    @command(
        "rejoindre",
        "join",
        summary="workshop.join_summary",
        usage="workshop.join_usage",
        roles=ALL_ROLES,
    )
    async def join_command(self, turn: Turn, args: str) -> None:
        if not args.strip():
            turn.say(turn.t("workshop.join.usage_hint"))
            return
        await self._join_by_code(turn, args.split()[0])

    async def _join_by_code(self, turn: Turn, code: str) -> None:
        session = await self._db(self.repo.session_by_code, turn.client_name, code.strip())
        if session is None:
            turn.say(turn.t("workshop.join.unknown_code", code=code.strip()))
            return
        if session.status != "open":
            turn.say(turn.t("workshop.join.closed", code=session.code))
            return
        flow = self._flow_or_say(turn, session)
        if flow is None:
            return
        incoming = turn.incoming
        invited = await self._db(
            self.repo.participant_in, session.id, incoming.platform.value, incoming.user_id
        )
        refusal = self._join_refusal(turn, session, invited)
        if refusal:
            turn.say(refusal, ephemeral=True)
            return
        first = engine.next_step(flow, {})
        participant, already = await self._db(
            self.repo.join,
            session.id,
            incoming.platform.value,
            incoming.user_id,
            incoming.user_name,
            first.id if first else None,
        )
        target, user = self._where(turn, session)
        if already:
            turn.say(
                turn.t("workshop.join.already", code=session.code), target=target, user_id=user
            )
        else:
            turn.say(flow.intro.get(turn.language), target=target, user_id=user)
        if participant.status == ACTIVE:
            await self._present(turn, session, participant, flow)
        elif participant.status == PAUSED:
            turn.say(turn.t("workshop.paused_hint", code=session.code), target=target, user_id=user)

    def _join_refusal(
        self, turn: Turn, session: WorkshopSession, invited: WorkshopParticipant | None
    ) -> str | None:
        if session.audience == "invited" and invited is None:
            return turn.t("workshop.join.invite_only", code=session.code)
        if session.audience == "group" and invited is None:
            groups = {fold(g) for g in turn.incoming.user_groups} | {fold(str(turn.role))}
            if fold(session.group or "") not in groups:
                return turn.t("workshop.join.group_only", group=session.group)
        return None

    # -- facilitators ----------------------------------------------------------------------
    @command(
        "atelier", "workshop", summary="workshop.summary", usage="workshop.usage", roles=STAFF_ROLES
    )
    async def facilitate(self, turn: Turn, args: str) -> None:
        word, rest = _first_word(args)
        if word in self.catalog.flows:
            await self._start(turn, self.catalog.flows[word], rest)
        elif word in STATUS:
            await self._with_session(turn, rest, self._status)
        elif word in NUDGE:
            await self._with_session(turn, rest, self._nudge)
        elif word in CLOSE:
            await self._with_session(turn, rest, self._close)
        elif word in LIST:
            await self._list(turn)
        else:
            turn.say(
                turn.t("workshop.unknown_flow", value=args.split()[0], flows=self._flow_names(turn))
            )
            self._say_problems(turn)

    def _flow_names(self, turn: Turn) -> str:
        return ", ".join(
            f"{fid} ({flow.title.get(turn.language)})"
            for fid, flow in sorted(self.catalog.flows.items())
        )

    def _say_problems(self, turn: Turn) -> None:
        if self.catalog.problems:
            problems = "\n".join(f"• {p}" for p in self.catalog.problems)
            turn.say(turn.t("workshop.broken_flows", problems=problems), ephemeral=True)

    async def _list(self, turn: Turn) -> None:
        sessions = await self._db(self.repo.open_sessions, turn.client_name)
        lines = [turn.t("workshop.flows_list", flows=self._flow_names(turn))]
        if sessions:
            lines.append(
                turn.t(
                    "workshop.open_sessions",
                    sessions=", ".join(self._session_label(turn, s) for s in sessions),
                )
            )
        lines.append(turn.t("workshop.usage_hint"))
        turn.say("\n".join(lines))
        self._say_problems(turn)

    async def _start(self, turn: Turn, flow: Flow, args: str) -> None:
        incoming = turn.incoming
        people = [a or b for a, b in _MENTION.findall(args)]
        words = args.split()
        audience, group = ("invited", None) if people else ("open", None)
        if words and fold(words[0]) in GROUP:
            if len(words) < 2:
                turn.say(turn.t("workshop.group_missing"))
                return
            audience, group = "group", " ".join(words[1:])
        elif words and not people and fold(words[0]) not in OPEN:
            turn.say(turn.t("workshop.bad_audience", value=args))
            return
        session = await self._db(
            self.repo.create_session,
            client=turn.client_name,
            flow=flow.id,
            audience=audience,
            group=group,
            platform=incoming.platform.value,
            channel_id=incoming.channel_id,
            thread_id=incoming.thread_id,
            facilitator_id=incoming.user_id,
        )
        for person in people:
            await self._db(self.repo.invite, session.id, incoming.platform.value, person)
        client_language = turn.client.language if turn.client else turn.language
        join = (
            Choice(
                text(client_language, "workshop.join.button"), session.code, ChoiceStyle.PRIMARY
            ),
        )
        for person in people:
            turn.say(
                text(
                    client_language,
                    "workshop.invitation",
                    facilitator=incoming.user_name or incoming.user_id,
                    flow=flow.title.get(client_language),
                    code=session.code,
                ),
                target=Target.DIRECT,
                user_id=person,
                choices=join,
                action_id=JOIN_ACTION,
            )
        who = (
            ", ".join(f"@{p}" for p in people)
            if people
            else turn.t("workshop.audience_group", group=group)
            if group
            else turn.t("workshop.audience_open")
        )
        turn.say(
            turn.t(
                "workshop.started", flow=flow.title.get(turn.language), code=session.code, who=who
            ),
            choices=join,
            action_id=JOIN_ACTION,
        )
        self._say_problems(turn)

    async def _with_session(self, turn: Turn, args: str, then: Callable[..., Any]) -> None:
        sessions = await self._db(self.repo.open_sessions, turn.client_name)
        code = args.split()[0].upper() if args.split() else None
        if code:
            chosen = [s for s in sessions if s.code == code]
            if not chosen:
                turn.say(turn.t("workshop.no_such_session", code=code))
                return
        else:
            chosen = [s for s in sessions if s.facilitator_id == turn.incoming.user_id] or sessions
        if not chosen:
            turn.say(turn.t("workshop.no_open_session"))
            return
        if len(chosen) > 1:
            labels = ", ".join(self._session_label(turn, s) for s in chosen)
            turn.say(turn.t("workshop.which_session", sessions=labels))
            return
        await then(turn, chosen[0])

    async def _status(self, turn: Turn, session: WorkshopSession) -> None:
        flow = self.catalog.flows.get(session.flow)
        people = await self._db(self.repo.participants, session.id)
        lines = [
            turn.t(
                "workshop.status.title", name=self._session_label(turn, session), count=len(people)
            )
        ]
        for person in people:
            step = flow.step(person.step_id) if flow and person.step_id else None
            where = (
                turn.t(
                    "workshop.status.at_step",
                    number=flow.index(step.id) + 1,
                    total=len(flow.steps),
                    title=step.title.get(turn.language),
                )
                if flow and step
                else ""
            )
            state = turn.t(f"workshop.status.{person.status}")
            lines.append(f"• {person.display_name or person.user_id} : {state}{where}")
        if not people:
            lines.append(turn.t("workshop.status.nobody", code=session.code))
        turn.say("\n".join(lines))

    async def _nudge(self, turn: Turn, session: WorkshopSession) -> None:
        flow = self.catalog.flows.get(session.flow)
        people = [p for p in await self._db(self.repo.participants, session.id) if p.status != DONE]
        language = turn.client.language if turn.client else turn.language
        title = flow.title.get(language) if flow else session.flow
        for person in people:
            if person.status == INVITED:
                join = (
                    Choice(
                        text(language, "workshop.join.button"), session.code, ChoiceStyle.PRIMARY
                    ),
                )
                turn.say(
                    text(language, "workshop.nudge.invited", flow=title, code=session.code),
                    target=Target.DIRECT,
                    user_id=person.user_id,
                    choices=join,
                    action_id=JOIN_ACTION,
                )
            else:
                step = flow.step(person.step_id) if flow and person.step_id else None
                turn.say(
                    text(
                        language,
                        "workshop.nudge.behind",
                        flow=title,
                        code=session.code,
                        title=step.title.get(language) if step else "",
                    ),
                    target=Target.DIRECT,
                    user_id=person.user_id,
                )
        names = ", ".join(p.display_name or p.user_id for p in people)
        turn.say(turn.t("workshop.nudge.sent", count=len(people), names=names or "—"))

    async def _close(self, turn: Turn, session: WorkshopSession) -> None:
        flow = self.catalog.flows.get(session.flow)
        if flow is None:
            turn.say(turn.t("workshop.flow_unavailable", flow=session.flow))
            return
        answers = await self._db(self.repo.session_answers, session.id)
        language = turn.client.language if turn.client else turn.language
        data = build_output(
            flow, [a for a in answers if a.status != INVITED], language, session.code
        )
        version = await self._db(self.repo.close, session.id, data)
        turn.say(
            turn.t(
                "workshop.closed",
                flow=flow.title.get(turn.language),
                code=session.code,
                version=version.version,
                participants=len(data["participants"]),
                completed=len(data["completed"]),
            )
        )

    # -- presenting a step -----------------------------------------------------------------
    def _where(self, turn: Turn, session: WorkshopSession) -> tuple[Target, str | None]:
        """Answer where the person is, unless that is the channel (then a DM)."""
        incoming = turn.incoming
        if incoming.is_direct or (incoming.thread_id and incoming.thread_id == session.thread_id):
            return Target.SAME, None
        return Target.DIRECT, incoming.user_id

    async def _present(
        self, turn: Turn, session: WorkshopSession, participant: WorkshopParticipant, flow: Flow
    ) -> None:
        step = flow.step(participant.step_id or "")
        if step is None:
            return
        definition = await self._db(self.repo.program_definition, turn.client_name)
        proposals = None
        if step.kind == StepKind.SUGGEST:
            if participant.draft.get("step") == step.id:
                proposals = participant.draft.get("proposals", [])
            else:
                proposals = await self._draft(turn, flow, step, participant)
                await self._db(
                    self.repo.move, participant.id, draft={"step": step.id, "proposals": proposals}
                )
        target, user = self._where(turn, session)
        turn.replies.append(
            step_reply(
                session,
                flow,
                step,
                turn.language,
                definition=definition,
                proposals=proposals,
                target=target,
                user_id=user,
            )
        )

    async def _draft(
        self, turn: Turn, flow: Flow, step: Step, participant: WorkshopParticipant
    ) -> list[dict[str, Any]]:
        answers = await self._db(self.repo.answers, participant.id)
        earlier_je = await self._db(self.repo.latest_output, turn.client_name, "je")
        context = SuggestionContext(
            client=turn.client_name,
            language=turn.language,
            allowed_sensitivities=sensitivities_for_role(str(turn.role)),
            knowledge=self.services.knowledge,
            gateway=self.services.gateway,
            earlier_je=earlier_je.data if earlier_je else None,
        )
        return await suggest(flow, step, answers, context)

    # -- small helpers ---------------------------------------------------------------------
    def _flow_or_say(self, turn: Turn, session: WorkshopSession) -> Flow | None:
        flow = self.catalog.flows.get(session.flow)
        if flow is None:
            turn.say(turn.t("workshop.flow_unavailable", flow=session.flow))
        return flow

    def _session_label(self, turn: Turn, session: WorkshopSession) -> str:
        flow = self.catalog.flows.get(session.flow)
        return f"{flow.title.get(turn.language) if flow else session.flow} ({session.code})"

    def _outsider_text(self, turn: Turn, session: WorkshopSession) -> str:
        if session.audience == "open" and session.status == "open":
            return turn.t("workshop.not_participant_open", code=session.code)
        return turn.t("workshop.not_participant", code=session.code)


def flow_directories(services: Services) -> list[Path]:
    """Packaged flows, then the operator's own in `<home>/flows` (which may override)."""
    return [PACKAGED_FLOWS, services.settings.home / "flows"]


def setup(registry: SkillRegistry, services: Services) -> None:
    registry.register(WorkshopSkill(services, load_flows(flow_directories(services))))
