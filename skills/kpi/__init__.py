"""The program's health in chat (`kpi`), and the ambassadors' NPS survey."""

from skills.kpi.skill import KpiSkill, setup

__all__ = ["KpiSkill", "setup"]
