"""On-the-spot synthesis of JE workshops in chat (issue 18): `synthèse [code]` and friends."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.core.registry import SkillRegistry
    from skills.synthesis.skill import SynthesisDeps


def setup(registry: SkillRegistry, deps: SynthesisDeps) -> None:
    from skills.synthesis.skill import setup as setup_skill

    setup_skill(registry, deps)
