"""Handoff to a person: community managers list, claim, answer and give back handoffs."""

from skills.handoff.skill import HandoffSkill, setup

__all__ = ["HandoffSkill", "setup"]
