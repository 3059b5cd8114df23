"""Workshops: the NOUS / JE / ACTION method run as guided flows with many participants."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.core.skills import SkillRegistry
    from bot.services import Services


def setup(registry: SkillRegistry, services: Services) -> None:
    from skills.workshop.skill import setup as setup_skill

    setup_skill(registry, services)
