"""Commands announced by the program's documents but not built yet: a clear "coming soon"."""

from skills.planned.skill import PlannedSkill, load_planned, setup

__all__ = ["PlannedSkill", "load_planned", "setup"]
