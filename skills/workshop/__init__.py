"""Workshops: the NOUS / JE / ACTION method run as guided flows with many participants."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.core.registry import SkillRegistry
    from skills.workshop.base import WorkshopDeps


def setup(registry: SkillRegistry, deps: WorkshopDeps) -> None:
    from skills.workshop.skill import setup as setup_skill

    setup_skill(registry, deps)
