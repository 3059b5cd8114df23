"""IANA time zones, checked against the tz database that ships with Python (or tzdata)."""

from __future__ import annotations

from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


@lru_cache(maxsize=256)
def is_time_zone(name: str) -> bool:
    """True for an IANA name such as Europe/Paris (never a bare offset or an empty string)."""
    if not name or name != name.strip() or name.startswith(("/", ".")):
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def zone(name: str | None, fallback: str = "Europe/Paris") -> ZoneInfo:
    """The zone `name`, or `fallback` when it is unknown or missing."""
    return ZoneInfo(name if name and is_time_zone(name) else fallback)
