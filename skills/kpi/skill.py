"""The program's health in chat, and the NPS survey's messages.

Staff: `kpi [période] [groupe]` (`indicateurs`) → a card with every KPI, its period and n,
and the five charts as images (a Slack file upload, a Discord attachment, a file written
by the console). Everyone: `stop sondages` / `reprendre sondages` (`stop surveys`, `resume
surveys`). The sender loop replays each due survey invitation here (`kpi:deliver`); the
workshop engine runs the survey itself (flow `nps`) and hands a finished one back
(`record_answer`).
"""

from __future__ import annotations

import asyncio
import logging
from functools import partial
from typing import Protocol

from bot.clock import Clock
from bot.contributions.prefs import PreferenceBook
from bot.core.messages import Action, Field, Image
from bot.core.registry import ALL_ROLES, STAFF_ROLES, Skill, SkillRegistry, command, on_action
from bot.core.turn import Turn
from bot.kpi.period import PeriodError
from bot.kpi.present import CardText, kind_label
from bot.kpi.service import card_for, group_names, read_chat_words, today_for
from bot.outbox.delivery_action import deliver_outbox_row
from bot.people import Roster
from bot.store.database import Database
from knowledge.sensitivity import INTERNAL
from prompts.catalog import text
from skills.kpi import survey
from skills.workshop.hooks import Finished, FinishHandler

log = logging.getLogger(__name__)

DELIVER_ACTION = "kpi:deliver"


class SurveyDeps(Protocol):
    """What the survey's finish handler is built with."""

    @property
    def db(self) -> Database: ...  # the KPI sources, preferences, survey answers, the outbox

    @property
    def clock(self) -> Clock: ...  # today, in the client's time zone


class KpiDeps(SurveyDeps, Protocol):
    """What the kpi skill is built with (the root's `Services` has it)."""

    @property
    def roster(self) -> Roster: ...  # who opts out of surveys


class KpiSkill(Skill):
    name = "kpi"

    def __init__(self, deps: KpiDeps) -> None:
        self.deps = deps  # read when used: a clock swapped in the services is the one used

    @property
    def db(self) -> Database:
        return self.deps.db

    @property
    def clock(self) -> Clock:
        return self.deps.clock

    @property
    def roster(self) -> Roster:
        return self.deps.roster

    @command(
        "kpi",
        "indicateurs",
        "indicators",
        summary="kpi.survey.kpi_summary",
        usage="kpi.survey.kpi_usage",
        roles=STAFF_ROLES,
    )
    async def kpi(self, turn: Turn, args: str) -> None:
        config = turn.client
        assert config is not None
        now = self.clock.now()
        try:
            groups = await asyncio.to_thread(group_names, self.db, config.name)
            request = read_chat_words(args, today_for(config, now), groups)
            card = await asyncio.to_thread(
                card_for, self.db, config, request.period, request.group, now
            )
        except PeriodError as problem:
            turn.say(turn.t(f"kpi.errors.{problem.code}", **problem.values), ephemeral=True)
            return
        from bot.kpi.charts import render_all  # matplotlib loads on the first card only

        labels = {kind: kind_label(config, kind, turn.language) for kind in card.kinds}
        charts = await asyncio.to_thread(render_all, card, turn.language, labels)
        words = CardText(card, turn.language, config)
        turn.say(
            f"{words.period()}\n{words.footer()}",
            title=words.title(),
            fields=tuple(Field(label, value) for label, value in words.fields()),
            context=turn.t("kpi.card.charts", count=len(charts)),
            sensitivity=INTERNAL,
        )
        stem = f"kpi-{config.name}-{card.period.since:%Y%m%d}-{card.period.until:%Y%m%d}"
        for chart in charts:
            image = Image(chart.png, chart.alt, f"{stem}-{chart.name}.png")
            turn.say(chart.alt, image=image, sensitivity=INTERNAL)

    @command("stop sondages", "stop surveys", summary="kpi.survey.stop_summary", roles=ALL_ROLES)
    async def stop_surveys(self, turn: Turn, args: str) -> None:
        await self._surveys(turn, opt_out=True)

    @command(
        "reprendre sondages", "resume surveys", summary="kpi.survey.resume_summary", roles=ALL_ROLES
    )
    async def resume_surveys(self, turn: Turn, args: str) -> None:
        await self._surveys(turn, opt_out=False)

    async def _surveys(self, turn: Turn, *, opt_out: bool) -> None:
        incoming = turn.incoming
        person = await asyncio.to_thread(
            self.roster.met, turn.client_name, incoming.platform.value, incoming.user_id
        )
        book = PreferenceBook(self.db, self.clock)
        await asyncio.to_thread(book.set, person.id, "surveys_opt_out", opt_out)
        turn.say(turn.t("kpi.survey.opted_out" if opt_out else "kpi.survey.opted_in"))

    @on_action(DELIVER_ACTION)
    async def deliver(self, turn: Turn, action: Action) -> None:
        await deliver_outbox_row(
            turn, action, survey.build_invitation, db=self.db, clock=self.clock
        )


def survey_finished(deps: SurveyDeps) -> FinishHandler:
    """The workshop's finish handler of the survey flow: keep the answer in `nps_answer`,
    and thank the person with their score (the root gives it to the workshop skill)."""
    return FinishHandler(survey.FLOW, partial(_finished, deps))


def _finished(deps: SurveyDeps, done: Finished) -> str | None:
    score = survey.record_answer(
        deps.db, done.session, done.participant, done.answers, deps.clock.now()
    )
    return None if score is None else text(done.language, "kpi.survey.thanks", score=score)


def setup(registry: SkillRegistry, deps: KpiDeps) -> None:
    registry.register(KpiSkill(deps))
