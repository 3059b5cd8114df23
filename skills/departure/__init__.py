"""Departures: the staff messages the outbox decided when someone left (issue 20 item 7)."""

from skills.departure.skill import DepartureSkill, setup

__all__ = ["DepartureSkill", "setup"]
