"""Contributions in chat: logging, approval, points, levels, badges, the board."""

from skills.contributions.skill import ContributionSkill, setup

__all__ = ["ContributionSkill", "setup"]
