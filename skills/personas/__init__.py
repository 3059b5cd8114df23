"""Personas in chat (issue 18, item 6): `personas`, `personas modifier`, `personas valider`…"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.core.registry import SkillRegistry
    from skills.personas.skill import PersonaDeps


def setup(registry: SkillRegistry, deps: PersonaDeps) -> None:
    from skills.personas.skill import setup as setup_skill

    setup_skill(registry, deps)
