"""The facilitator's side: start a session, see progress, nudge, close and save the outputs."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from bot.core.messages import Choice, ChoiceStyle, Target
from bot.core.numbers import shorten
from bot.core.registry import STAFF_ROLES, command, shortcut
from bot.core.turn import Turn
from knowledge.sensitivity import INTERNAL
from prompts.catalog import text
from skills.workshop.base import (
    CLOSE,
    GROUP,
    LIST,
    NUDGE,
    OPEN,
    RESULTS,
    STATUS,
    WorkshopBase,
    first_word,
    session_code,
)
from skills.workshop.engine import fold
from skills.workshop.hooks import SessionNote, run_notes
from skills.workshop.outputs import build_output
from skills.workshop.present import JOIN_ACTION
from skills.workshop.repository import (
    ACTIVE,
    DONE,
    INVITED,
    PAUSED,
)
from skills.workshop.schema import Flow
from skills.workshop.summary import program_summary
from skills.workshop.tables import WorkshopSession

# Slack "<@U123|name>", Discord "<@!123>", console "@name".
_MENTION = re.compile(r"<@!?([\w-]+)(?:\|[^>]*)?>|@([\w.-]+)")


class FacilitationMixin(WorkshopBase):
    """The `atelier` command: start, status, nudge, close, list."""

    @shortcut("workshop.shortcut", args="statut", rank=30)
    @command(
        "atelier", "workshop", summary="workshop.summary", usage="workshop.usage", roles=STAFF_ROLES
    )
    async def facilitate(self, turn: Turn, args: str) -> None:
        word, rest = first_word(args)
        if word in self.catalog.flows:
            await self._start(turn, self.catalog.flows[word], rest)
        elif word in STATUS:
            await self._with_session(turn, rest, self._status)
        elif word in NUDGE:
            await self._with_session(turn, rest, self._nudge)
        elif word in CLOSE:
            await self._with_session(turn, rest, self._close)
        elif word in RESULTS:
            await self._results(turn)
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

    async def _results(self, turn: Turn) -> None:
        definition = await self._db(self.repo.program_definition, turn.client_name)
        je = await self._db(self.repo.latest_output, turn.client_name, "je")
        count = len(je.data.get("answers", [])) if je else None
        turn.say(program_summary(definition, count, turn.language), sensitivity=INTERNAL)

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
        await self._notes(turn, session, flow.facilitator_notes.start, "start")
        self._say_problems(turn)

    async def _notes(
        self, turn: Turn, session: WorkshopSession, names: list[str], moment: str
    ) -> None:
        """The notes the flow gives its facilitator at this moment (staff only, to them)."""
        if names:
            note = SessionNote(session, moment, turn.language)
            for line in await self._db(run_notes, self.note_writers, names, note):
                turn.say(line, ephemeral=True, sensitivity=INTERNAL)

    async def _with_session(self, turn: Turn, args: str, then: Callable[..., Any]) -> None:
        sessions = await self._db(self.repo.open_sessions, turn.client_name)
        typed = args.split()[0] if args.split() else None
        if typed:
            code = session_code(typed)
            chosen = [s for s in sessions if s.code == code]
            if not chosen:
                turn.say(turn.t("workshop.no_such_session", code=shorten(typed)))
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
        turn.say("\n".join(lines), sensitivity=INTERNAL)  # who is where: staff only

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
        await self._notes(turn, session, flow.facilitator_notes.close, "close")
        for person in answers:
            if person.status in (ACTIVE, PAUSED):  # they would otherwise wait for a next step
                notice = text(language, "workshop.closed_notice", flow=flow.title.get(language))
                turn.say(notice, target=Target.DIRECT, user_id=person.user_id)
