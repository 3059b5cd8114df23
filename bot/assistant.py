"""The composition root: settings → services → skills → `handle(incoming)`."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Sequence

from bot.adapters.delivery import send_to_other_platforms
from bot.core.messages import Incoming, Reply
from bot.core.pipeline import Stage, run_pipeline
from bot.core.skills import SkillRegistry
from bot.core.turn import Turn
from bot.services import Services
from bot.settings import Settings
from bot.stages import default_stages

log = logging.getLogger(__name__)

# Each module has `setup(registry, services)`; the order decides help listings.
SKILL_MODULES: tuple[str, ...] = (
    "skills.help",
    "skills.language",
    "skills.workshop",
    "skills.ask",
    "skills.handoff",
    "skills.solicitations",
    "skills.contributions",
    "skills.kpi",
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
        self.stages = tuple(stages) if stages is not None else default_stages()

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
        return cls(services, registry)

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
