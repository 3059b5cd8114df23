"""The workshop skill: commands and clicks in, engine and repository underneath.

Facilitators: `atelier nous|je|action [@people… | groupe X | ouvert]`, then
`atelier statut|relancer|clore [code]`. Everyone: `rejoindre <code>`; inside a
workshop: `retour`, `passer`, `modifier <étape>`, `pause`, `reprendre`.
Each concern lives in its own module; this class only assembles them.
"""

from __future__ import annotations

from pathlib import Path

from bot.core.registry import SkillRegistry
from skills.workshop.answering import AnsweringMixin
from skills.workshop.base import WorkshopDeps
from skills.workshop.facilitation import FacilitationMixin
from skills.workshop.joining import JoiningMixin
from skills.workshop.loader import PACKAGED_FLOWS, load_flows
from skills.workshop.repository import WorkshopRepository
from skills.workshop.routing import RoutingMixin


class WorkshopSkill(RoutingMixin, AnsweringMixin, JoiningMixin, FacilitationMixin):
    """NOUS / JE / ACTION sessions with many participants."""


def flow_directories(home: Path) -> list[Path]:
    """Packaged flows, then the operator's own in `<home>/flows` (which may override)."""
    return [PACKAGED_FLOWS, home / "flows"]


def setup(registry: SkillRegistry, deps: WorkshopDeps) -> None:
    catalog = load_flows(flow_directories(deps.settings.home))
    registry.register(
        WorkshopSkill(
            WorkshopRepository(deps.db),
            catalog,
            deps.knowledge,
            deps.gateway,
            deps.workshop_finish_handlers,
            deps.workshop_note_writers,
        )
    )
