"""The composition root: settings → services → skills, stages, background work → `handle`.

This is the one place that knows every part: each skill module's `setup(registry, deps)`
receives the services and keeps what it uses; the stages are built with theirs
(`bot.stages`); what runs beside the scheduled jobs is registered with the scheduler.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
from collections.abc import Sequence
from datetime import timedelta
from functools import partial

from bot.adapters.delivery import send_to_other_platforms
from bot.core.messages import Incoming, Reply
from bot.core.pipeline import Stage, run_pipeline
from bot.core.registry import SkillRegistry
from bot.core.turn import Turn
from bot.scheduler import Companion
from bot.services import Services
from bot.settings import Settings
from bot.solicitations.delivery import OutboxRunner
from bot.stages import default_stages
from bot.store.conversations import forget_old_events

log = logging.getLogger(__name__)

# Each module has `setup(registry, deps)`; the order decides help listings.
SKILL_MODULES: tuple[str, ...] = (
    "skills.help",
    "skills.language",
    "skills.workshop",
    "skills.ask",
    "skills.handoff",
    "skills.solicitations",
    "skills.contributions",
    "skills.kpi",
    "skills.synthesis",
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
        await run_pipeline(turn, self.stages)
        if turn.client is not None:
            turn.replies[:] = await send_to_other_platforms(
                turn.replies,
                own_platform=incoming.platform.value,
                client=turn.client.name,
                deliverer_for=self.services.scheduler.deliverer,
            )
        log.debug("handled %s via %s: %d replies", incoming.platform, turn.route, len(turn.replies))
        return turn

    async def aclose(self) -> None:
        await self.services.aclose()


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
        "survey-waves",
        partial(plan_survey_waves, assistant),
        every=timedelta(minutes=10),
        first_after=timedelta(seconds=30),
    )
    scheduler.start_with(partial(start_outbox, assistant))


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
