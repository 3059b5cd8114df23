"""The composition root: settings → services → skills, stages, background work → `handle`.

This is the one place that knows every part: each skill module's `setup(registry, deps)`
receives the services and keeps what it uses; what features do for each other is wired
here (the workshop's finish handlers); the stages are built with theirs (`bot.stages`);
what runs beside the scheduled jobs is registered with the scheduler.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
from collections.abc import Sequence
from datetime import timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from bot.adapters.delivery import send_to_other_platforms
from bot.core.log_context import turn_log_context
from bot.core.messages import Incoming, Reply
from bot.core.pipeline import Stage, run_pipeline
from bot.core.registry import SkillRegistry
from bot.core.turn import Turn
from bot.llm.calls import SERVED
from bot.notices.retention import daily_purge
from bot.scheduler import Companion
from bot.services import Services
from bot.settings import Settings
from bot.solicitations.delivery import OutboxRunner
from bot.stages import default_stages
from bot.store.conversations import forget_old_events
from bot.tenants import ClientConfig

if TYPE_CHECKING:
    from bot.data_rights.registry import PersonalDataStore
    from skills.workshop.hooks import FinishHandler, NoteWriter

log = logging.getLogger(__name__)

# Each module has `setup(registry, deps)`; the order decides help listings.
SKILL_MODULES: tuple[str, ...] = (
    "skills.help",
    "skills.language",
    "skills.workshop",
    "skills.ask",
    "skills.documents",
    "skills.handoff",
    "skills.solicitations",
    "skills.contributions",
    "skills.kpi",
    "skills.synthesis",
    "skills.personas",
    "skills.data_rights",
    "skills.consent",
    "skills.departure",
    "skills.planned",  # last: a real command of any skill takes its words first
)


class Assistant:
    def __init__(
        self,
        services: Services,
        registry: SkillRegistry,
        stages: Sequence[Stage] | None = None,
    ) -> None:
        self.services = services
        self.registry = registry
        self.stages = tuple(stages) if stages is not None else default_stages(services)
        self.outbox: OutboxRunner | None = None  # the sender loop, once the bot runs here

    @classmethod
    def build(
        cls, settings: Settings, *, skill_modules: Sequence[str] = SKILL_MODULES
    ) -> Assistant:
        services = Services.build(settings)
        # Wired here, on the services the skills and the handlers share (one clock, one db).
        services.workshop_finish_handlers = workshop_finish_handlers(services)
        services.workshop_note_writers = workshop_note_writers(services)
        services.personal_data.extend(personal_data_stores(services.settings.home))
        registry = SkillRegistry()
        for module_name in skill_modules:
            importlib.import_module(module_name).setup(registry, services)
        _, broken = services.clients.load_all()
        for error in broken:
            log.error("client configuration not loaded: %s", error)
        services.clients.conflicts()  # logs each workspace claimed twice (refused)
        assistant = cls(services, registry)
        plan_background_work(assistant)
        return assistant

    async def handle(self, incoming: Incoming) -> list[Reply]:
        return (await self.run_turn(incoming)).replies

    async def run_turn(self, incoming: Incoming) -> Turn:
        """The whole turn, for callers that need more than the replies (which route took it)."""
        turn = Turn(incoming=incoming, services=self.services, registry=self.registry)
        with turn_log_context(event_id=incoming.event_id, platform=incoming.platform.value):
            served = SERVED.set(None)  # whom the turn serves: the notice stage says (consent)
            try:
                await run_pipeline(turn, self.stages)
            finally:
                SERVED.reset(served)
            if turn.client is not None:
                turn.replies[:] = await send_to_other_platforms(
                    turn.replies,
                    own_platform=incoming.platform.value,
                    client=turn.client.name,
                    deliverer_for=self.services.scheduler.deliverer,
                )
            log.debug(
                "handled %s via %s: %d replies", incoming.platform, turn.route, len(turn.replies)
            )
        return turn

    async def person_left(
        self, client: ClientConfig, platform: str, user_id: str, *, how: str
    ) -> bool:
        """A platform says this person left: nothing more goes to them, staff are told
        (`bot.notices.departure`). False when unknown or already gone."""
        from bot.notices.departure import person_left

        services = self.services
        departure = await asyncio.to_thread(
            person_left, services.db, client, platform, user_id, how=how, now=services.clock.now()
        )
        if departure is None:
            return False
        log.info("person %s left client %s (%s)", departure.person_id, client.name, how)
        if self.outbox is not None:
            self.outbox.loop.wake()
        return True

    async def aclose(self) -> None:
        await self.services.aclose()


def workshop_finish_handlers(services: Services) -> tuple[FinishHandler, ...]:
    """What features do when someone finishes a flow of the workshop engine, in this order
    (the contract: `skills/workshop/hooks.py`). A feature that reacts to a finished flow
    adds its handler here: the workshop skill receives the list at setup."""
    from skills.kpi.skill import survey_finished  # the survey needs the workshop engine

    return (survey_finished(services),)


def workshop_note_writers(services: Services) -> tuple[NoteWriter, ...]:
    """The notes features give a workshop facilitator (`facilitator_notes` in a flow file):
    the workshop skill receives them at setup (the contract: `skills/workshop/hooks.py`)."""
    from skills.synthesis.notes import synthesis_note_writer

    return (synthesis_note_writer(services),)


def personal_data_stores(home: Path) -> tuple[PersonalDataStore, ...]:
    """Every store that keeps data about a person (issue 20), in export order; erasure runs
    in reverse (people last; syntheses before the workshop answers they quote). A feature
    that keeps something about a person adds its store here, one line (the contract:
    `bot/data_rights/registry.py`); `tests/data_rights/test_i20_5_registry.py` fails for
    a table with a person column that no store covers."""
    from bot.contributions.personal_data import contributions_store
    from bot.handoff.personal_data import handoff_store
    from bot.kpi.personal_data import kpi_store
    from bot.notices.personal_data import notices_store
    from bot.outbox.personal_data import outbox_store
    from bot.people.personal_data import people_store
    from bot.scheduler_personal_data import job_store
    from bot.solicitations.personal_data import solicitations_store
    from bot.store.personal_data import core_stores
    from knowledge.personal_data import knowledge_store
    from skills.personas.personal_data import personas_store
    from skills.synthesis.personal_data import synthesis_store
    from skills.workshop.personal_data import workshop_store

    return (
        people_store(),
        notices_store(),
        *core_stores(),
        handoff_store(),
        workshop_store(),
        synthesis_store(),
        personas_store(),
        contributions_store(home),
        solicitations_store(home),
        outbox_store(),
        kpi_store(),
        job_store(),
        knowledge_store(),
    )


def plan_background_work(assistant: Assistant) -> None:
    """What runs beside the scheduled jobs once the bot runs (`JobScheduler.run`)."""
    scheduler = assistant.services.scheduler
    scheduler.repeat(
        "forget-old-events",
        partial(forget_old_events, assistant.services.conversations),
        every=timedelta(hours=24),
        first_after=timedelta(hours=1),
    )
    scheduler.repeat(
        "retention-purge",  # each client's `privacy.retention` (issue 20)
        partial(daily_purge, assistant.services.db, assistant.services.clients),
        every=timedelta(hours=24),
        first_after=timedelta(minutes=10),
    )
    scheduler.repeat(
        "survey-waves",
        partial(plan_survey_waves, assistant),
        every=timedelta(minutes=10),
        first_after=timedelta(seconds=30),
    )
    scheduler.repeat(
        "time-badges",
        partial(give_time_badges, assistant),
        every=timedelta(hours=24),
        first_after=timedelta(minutes=5),
    )
    scheduler.repeat(
        "documents-reread",  # readerships that depend on the day (`knowledge.ingest_review`)
        partial(reread_due_documents, assistant),
        every=REREAD_EVERY,
        first_after=timedelta(minutes=1),  # once at start: the bot may have been down
    )
    scheduler.start_with(partial(start_outbox, assistant))


# How often the documents whose day has come are read again: a question withholds a due
# public one at once (`KnowledgeBase.search`); this gives it back, read as of its day, within
# the hour. A run where nothing is due costs one catalog look per client.
REREAD_EVERY = timedelta(hours=1)


async def reread_due_documents(assistant: Assistant) -> None:
    """Read again every client's documents whose review day has come, with the client's
    folder rules, default and names (`KnowledgeBase.reread_due`). Never raises."""
    services = assistant.services
    try:
        clients = await asyncio.to_thread(services.clients.all)
    except Exception:  # a bad client file: the next run tries again
        log.exception("documents not read again")
        return
    for config in clients:
        try:
            results = await asyncio.to_thread(
                services.knowledge.reread_due, config.name, **config.ingest_options()
            )
        except Exception:
            log.exception("documents of %s not read again", config.name)
            continue
        for result in results:
            log.info(
                "%s: %s read again: %s (%s %s)",
                config.name,
                result.name,
                result.sensitivity,
                result.reason,
                result.reason_detail,
            )


async def give_time_badges(assistant: Assistant) -> None:
    """Give the badges time alone earns ("one year in the program"), told as any badge."""
    from bot.contributions.tenure import run

    try:
        given = await asyncio.to_thread(run, assistant.services)
    except Exception:  # a database hiccup: tomorrow's run tries again
        log.exception("time badges not given")
        return
    if given and assistant.outbox is not None:
        assistant.outbox.loop.wake()


async def plan_survey_waves(assistant: Assistant) -> None:
    """Decide the NPS survey waves that are due and close those that are over."""
    from skills.kpi.survey import run_waves  # the survey needs the workshop engine

    try:
        started = await asyncio.to_thread(run_waves, assistant.services)
    except Exception:  # a bad client file or a database hiccup: the next run tries again
        log.exception("survey waves not planned")
        return
    if started and assistant.outbox is not None:
        assistant.outbox.loop.wake()


def start_outbox(assistant: Assistant) -> Companion | None:
    """The outbox's sender loop, in this process's event loop, beside the adapters.

    Messages the bot decides on its own (solicitations) leave through it: each due row is
    handled by the pipeline, then delivered by the adapter of the row's platform.
    """
    scheduler = assistant.services.scheduler
    try:
        runner = OutboxRunner(assistant, scheduler.deliverer, scheduler.platforms)
        runner.start()
    except RuntimeError:  # no running event loop: a one-shot command
        log.warning("outbox sender not started: no running event loop")
        return None
    assistant.outbox = runner
    return runner
