"""Quiet hours: when a message the bot decides on its own may not reach a person.

Pure functions (no I/O): a moment, a person's time zone and quiet hours in, the next
moment a message may leave out. Quiet hours are local times ("20:00" to "08:30" the next
morning) and, optionally, all of Saturday and Sunday, in the person's own time zone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.tenants import QuietHours

_SATURDAY = 5


@dataclass(frozen=True, slots=True)
class Quiet:
    start: time
    end: time
    weekends: bool

    @classmethod
    def of(cls, default: QuietHours, override: dict[str, Any] | None = None) -> Quiet:
        """The client's quiet hours with a person's own `quiet_hours` (any key) on top."""
        merged = {**default.model_dump(), **(override or {})}
        checked = QuietHours.model_validate(merged)
        return cls(_clock(checked.start), _clock(checked.end), checked.weekends)

    def is_quiet(self, local: datetime) -> bool:
        if self.weekends and local.weekday() >= _SATURDAY:
            return True
        now = local.time().replace(tzinfo=None)
        if self.start == self.end:
            return False
        if self.start < self.end:
            return self.start <= now < self.end
        return now >= self.start or now < self.end


def _clock(value: str) -> time:
    hours, minutes = value.split(":")
    return time(int(hours), int(minutes))


def next_allowed(moment: datetime, zone: ZoneInfo, quiet: Quiet) -> datetime:
    """`moment` if it is outside quiet hours, else the first allowed minute after it (UTC)."""
    if moment.utcoffset() is None:
        raise ValueError("next_allowed needs an aware datetime")
    local = moment.astimezone(zone)
    for _ in range(16):  # a weekend, then a night: a few jumps at most
        if not quiet.is_quiet(local):
            return local.astimezone(UTC)
        local = _jump(local, zone, quiet)
    raise ValueError("quiet hours leave no time at all")


def _jump(local: datetime, zone: ZoneInfo, quiet: Quiet) -> datetime:
    """The next candidate: Monday morning after a weekend, else the end of the quiet time."""
    day = local.date()
    if quiet.weekends and local.weekday() >= _SATURDAY:
        monday = day + timedelta(days=7 - local.weekday())
        return _at(monday, time(0, 0), zone)
    if quiet.start > quiet.end and local.time().replace(tzinfo=None) >= quiet.start:
        day += timedelta(days=1)  # quiet since this evening: allowed again tomorrow morning
    return _at(day, quiet.end, zone)


def _at(day: Any, clock: time, zone: ZoneInfo) -> datetime:
    """A local wall-clock time; one skipped by a DST change is read one hour later."""
    wall = datetime.combine(day, clock)
    moment = wall.replace(tzinfo=zone)
    back = moment.astimezone(UTC).astimezone(zone)
    if back.replace(tzinfo=None) != wall:
        moment = (wall + timedelta(hours=1)).replace(tzinfo=zone)
    return moment
