"""Since when: one reader for every `--since` of the CLI and every period typed in chat.

`30d` (or `30j`), `12h`, `30m` ago, a bare number of days (`30`), or an ISO date or
date-time (`2026-11-01`, `2026-11-01T08:00`, UTC unless it says otherwise). A value
that is none of these, or further back than MAX_LOOKBACK, reads as None, never as an
exception (`99999999999d` used to overflow).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

MAX_LOOKBACK = timedelta(days=36_500)  # a century: anything beyond is a typo
_DURATION = re.compile(r"^(\d{1,12}(?:[.,]\d{1,6})?)\s*([djhm]?)$", re.IGNORECASE)
_UNITS = {"": "days", "d": "days", "j": "days", "h": "hours", "m": "minutes"}


def lookback(value: str) -> tuple[float, str] | None:
    """How far back a duration reaches: `30` → (30.0, "days"), `12h` → (12.0, "hours").

    None for a date, or anything that is not a duration.
    """
    match = _DURATION.match(value.strip())
    if match is None:
        return None
    return float(match.group(1).replace(",", ".")), _UNITS[match.group(2).lower()]


def parse_since(value: str, now: datetime | None = None) -> datetime | None:
    """The moment `value` names (see the module docstring), or None."""
    raw = value.strip()
    now = now or datetime.now(UTC)
    if match := _DURATION.match(raw):
        amount = float(match.group(1).replace(",", "."))
        delta = timedelta(**{_UNITS[match.group(2).lower()]: amount})
        return now - delta if delta <= MAX_LOOKBACK else None
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError:
        return None
    moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return moment if now - moment <= MAX_LOOKBACK else None
