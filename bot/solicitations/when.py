"""Reading the date-times of a solicitation: ISO 8601 (or Excel's DD/MM/YYYY HH:MM).

A date-time without an offset is in the client's time zone; one with an offset (or `Z`)
is taken as given. A date alone means the start of that day for a start and its end
(23:59) for a deadline. A local time that does not exist (the hour skipped when clocks go
forward) is refused rather than guessed.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

_FRENCH = re.compile(
    r"^(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})(?:[ T](?P<H>\d{1,2})[:h](?P<M>\d{2}))?$"
)
END_OF_DAY = time(23, 59)


class WhenError(ValueError):
    """`code` is `bad_datetime` or `nonexistent_time`."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def parse_when(value: str, zone: ZoneInfo, *, end_of_day: bool = False) -> datetime:
    """The moment `value` names, aware, in UTC."""
    raw = value.strip()
    if not raw:
        raise WhenError("bad_datetime")
    moment = _parse(raw, end_of_day)
    return to_utc(moment, zone)


def to_utc(moment: datetime | date, zone: ZoneInfo, *, end_of_day: bool = False) -> datetime:
    if not isinstance(moment, datetime):
        moment = datetime.combine(moment, END_OF_DAY if end_of_day else time(0, 0))
    if moment.utcoffset() is not None:
        return moment.astimezone(UTC)
    local = moment.replace(tzinfo=zone)
    back = local.astimezone(UTC).astimezone(zone)
    if back.replace(tzinfo=None) != moment:
        raise WhenError("nonexistent_time")
    return local.astimezone(UTC)


def _parse(raw: str, end_of_day: bool) -> datetime:
    match = _FRENCH.fullmatch(raw)
    try:
        if match:
            hour, minute = match["H"], match["M"]
            day = date(int(match["y"]), int(match["m"]), int(match["d"]))
            if hour is None:
                return datetime.combine(day, END_OF_DAY if end_of_day else time(0, 0))
            return datetime.combine(day, time(int(hour), int(minute)))
        if len(raw) == 10:  # a date alone: 2027-03-15
            day = date.fromisoformat(raw)
            return datetime.combine(day, END_OF_DAY if end_of_day else time(0, 0))
        return datetime.fromisoformat(raw.replace("z", "Z"))
    except ValueError as exc:
        raise WhenError("bad_datetime") from exc


def local_text(moment: datetime, zone: ZoneInfo) -> str:
    """`2027-03-15 18:00 (Europe/Paris)`-style text for people."""
    return f"{moment.astimezone(zone):%Y-%m-%d %H:%M} ({zone.key})"
