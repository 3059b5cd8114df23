"""Solicitations in chat: the staff's proposed lists, the ambassadors' answers and stops."""

from skills.solicitations.skill import SolicitationSkill, setup

__all__ = ["SolicitationSkill", "setup"]
