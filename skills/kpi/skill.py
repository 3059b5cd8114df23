"""The program's health in chat, and the NPS survey's messages.

Staff: `kpi [période] [groupe]` (`indicateurs`) → a card with every KPI, its period and n,
and the five charts as images (a Slack file upload, a Discord attachment, a file written
by the console). Ambassadors: the survey is opt-in; `sondages oui` (`surveys yes`, or
`reprendre sondages`) says yes, `stop sondages` (`sondages non`) withdraws, each answer
kept with when and where (`consent`); `sondages` alone tells where they stand. The sender
loop replays each due survey invitation here (`kpi:deliver`); the workshop engine runs the
survey itself (flow `nps`) and hands a finished one back (`record_answer`).
"""

from __future__ import annotations

import asyncio
import logging
from functools import partial
from typing import Protocol

from bot.clock import Clock
from bot.core.messages import Action, Field, Image
from bot.core.registry import ALL_ROLES, STAFF_ROLES, Skill, SkillRegistry, command, on_action
from bot.core.turn import Turn
from bot.kpi.period import PeriodError
from bot.kpi.present import CardText, kind_label
from bot.kpi.service import card_for, group_names, read_chat_words, today_for
from bot.notices.consent import ConsentBook
from bot.notices.tables import ConsentTopic
from bot.outbox.delivery_action import deliver_outbox_row
from bot.people import Roster
from bot.services_view import ServicesView
from bot.store.database import Database
from knowledge.sensitivity import INTERNAL
from prompts.catalog import text
from skills.kpi import survey
from skills.workshop.hooks import Finished, FinishHandler

log = logging.getLogger(__name__)

DELIVER_ACTION = "kpi:deliver"
SURVEYED = ALL_ROLES - STAFF_ROLES  # staff are never surveyed: not theirs to answer
_ANSWERS = {"oui": True, "yes": True, "ok": True, "non": False, "no": False, "stop": False}


class SurveyDeps(Protocol):
    """What the survey's finish handler is built with."""

    @property
    def db(self) -> Database: ...  # the KPI sources, preferences, survey answers, the outbox

    @property
    def clock(self) -> Clock: ...  # today, in the client's time zone


class KpiDeps(SurveyDeps, Protocol):
    """What the kpi skill is built with (the root's `Services` has it)."""

    @property
    def roster(self) -> Roster: ...  # who says yes or no to the survey


class KpiSkill(ServicesView[KpiDeps], Skill):
    name = "kpi"

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

    @command(
        "sondages",
        "sondage",
        "surveys",
        "survey",
        summary="kpi.survey.optin_summary",
        usage="kpi.survey.optin_usage",
        roles=SURVEYED,
        flow_args=r"(?:oui|non|yes|no)",
    )
    async def opt_in_surveys(self, turn: Turn, args: str) -> None:
        wanted = args.strip().casefold().rstrip(" !.")
        if not wanted:
            await self._status(turn)
            return
        fallback = turn.registry.fallback
        if wanted.endswith("?") and fallback is not None:
            turn.route = "fallback"  # "sondages : à quoi servent-ils ?" asks the documents
            await fallback(turn)
            return
        if wanted not in _ANSWERS:
            turn.say(turn.t("kpi.survey.bad_answer", value=args.strip()[:40]), ephemeral=True)
            return
        await self._decide(turn, _ANSWERS[wanted])

    @command("stop sondages", "stop surveys", summary="kpi.survey.stop_summary", roles=SURVEYED)
    async def stop_surveys(self, turn: Turn, args: str) -> None:
        await self._decide(turn, False)

    @command(
        "reprendre sondages", "resume surveys", summary="kpi.survey.resume_summary", roles=SURVEYED
    )
    async def resume_surveys(self, turn: Turn, args: str) -> None:
        await self._decide(turn, True)  # typed by them: a yes as clear as `sondages oui`

    async def _decide(self, turn: Turn, consented: bool) -> None:
        """Keep their answer, with when and where (the evidence of their consent)."""
        incoming = turn.incoming
        platform = incoming.platform.value
        person = await asyncio.to_thread(
            self.roster.met, turn.client_name, platform, incoming.user_id
        )
        assert person.id is not None
        await asyncio.to_thread(
            ConsentBook(self.db).decide,
            turn.client_name,
            person.id,
            platform,
            consented,
            ConsentTopic.SURVEYS,
            self.clock.now(),
        )
        turn.say(turn.t("kpi.survey.opted_in" if consented else "kpi.survey.opted_out"))

    async def _status(self, turn: Turn) -> None:
        incoming = turn.incoming
        person = await asyncio.to_thread(
            self.roster.met, turn.client_name, incoming.platform.value, incoming.user_id
        )
        assert person.id is not None
        answer = await asyncio.to_thread(
            ConsentBook(self.db).answer, turn.client_name, person.id, ConsentTopic.SURVEYS
        )
        if answer is None:
            turn.say(turn.t("kpi.survey.status_never"))
            return
        key = "kpi.survey.status_yes" if answer.consented else "kpi.survey.status_no"
        turn.say(turn.t(key, date=f"{answer.decided_at:%Y-%m-%d}"))

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
