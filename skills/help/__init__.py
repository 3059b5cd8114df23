"""Help: what the asker's role can do, and a greeting."""

from skills.help.skill import HelpSkill, setup

__all__ = ["HelpSkill", "setup"]
