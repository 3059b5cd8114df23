"""A KPI period: two calendar days, both included, read from the CLI or from chat.

The CLI gives `--since` and `--until` (ISO dates, or `15/03/2027`); chat gives one word:
a year (`2026`), a quarter (`2026-T1`, `T1-2026`, `2026-Q1`), a month (`2026-03`,
`03/2026`), a number of days back (`90j`, `90d`), of months (`6mois`, `6months`), or two
dates (`2026-01-01..2026-06-30`). No period: the last 365 days. A period that reaches
past today ends today; one that starts after today, ends before it starts, or starts before
`EARLIEST`, is refused with a `PeriodError` naming the problem (a catalogue key under
`kpi.errors.`).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

EARLIEST = date(2000, 1, 1)
DEFAULT_DAYS = 365
_YEAR = re.compile(r"^(\d{4})$")
_QUARTER = re.compile(r"^(?:(\d{4})[-/ ]?[tq]([1-4])|[tq]([1-4])[-/ ]?(\d{4}))$", re.IGNORECASE)
_MONTH = re.compile(r"^(?:(\d{4})-(\d{1,2})|(\d{1,2})/(\d{4}))$")
_DAYS = re.compile(r"^(\d{1,5})\s*(?:j|d|jours?|days?)$", re.IGNORECASE)
_MONTHS = re.compile(r"^(\d{1,3})\s*(?:mois|mo|months?)$", re.IGNORECASE)
_RANGE = re.compile(r"^(\S+?)\s*(?:\.\.|→|->)\s*(\S+)$")
_FRENCH_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


class PeriodError(Exception):
    """A period that cannot be used: `code` is a key under `kpi.errors.`, with its values."""

    def __init__(self, code: str, **values: Any) -> None:
        super().__init__(code)
        self.code = code
        self.values = values


@dataclass(frozen=True)
class Period:
    since: date
    until: date

    @property
    def days(self) -> int:
        return (self.until - self.since).days + 1

    def as_dict(self) -> dict[str, str]:
        return {"since": self.since.isoformat(), "until": self.until.isoformat()}

    def previous_year(self) -> Period:
        """The 365 days before the 365 days ending at `until` (retention's base year)."""
        return Period(self.until - timedelta(days=729), self.until - timedelta(days=365))

    def window(self, days: int) -> Period:
        """The `days` days ending at `until` (active in the last 30 days…)."""
        return Period(self.until - timedelta(days=days - 1), self.until)


def parse_date(value: str, option: str = "date") -> date:
    """An ISO date (`2027-03-15`) or a French one (`15/03/2027`); PeriodError otherwise."""
    raw = value.strip()
    french = _FRENCH_DATE.match(raw)
    try:
        if french:
            return date(int(french[3]), int(french[2]), int(french[1]))
        return date.fromisoformat(raw)
    except ValueError:
        raise PeriodError("bad_date", option=option, value=raw[:40]) from None


def make_period(since: date | None, until: date | None, today: date) -> Period:
    """The period from optional bounds: no `until` is today, no `since` the 365 days before."""
    if until is not None and until > today:
        until = today
    until = until or today
    if since is None:
        since = until - timedelta(days=DEFAULT_DAYS - 1)
    if since > today:
        raise PeriodError("future", since=since.isoformat(), today=today.isoformat())
    if since > until:
        raise PeriodError("reversed", since=since.isoformat(), until=until.isoformat())
    if since < EARLIEST:
        raise PeriodError("too_early", since=since.isoformat(), earliest=EARLIEST.isoformat())
    return Period(since, until)


def parse_period(word: str, today: date) -> Period | None:
    """The period a chat word names, None when it names none (it may be a group).

    Raises PeriodError for a word shaped like a period that cannot be one (month 13,
    a period in the future, two dates in the wrong order).
    """
    raw = word.strip()
    try:
        return _parse_period(raw, today)
    except ValueError:  # a year 0, a date the calendar lacks
        raise PeriodError("bad_date", option="period", value=raw[:40]) from None


def _parse_period(raw: str, today: date) -> Period | None:
    if match := _YEAR.match(raw):
        year = int(match[1])
        return make_period(date(year, 1, 1), date(year, 12, 31), today)
    if match := _QUARTER.match(raw):
        year = int(match[1] or match[4])
        quarter = int(match[2] or match[3])
        first = 3 * (quarter - 1) + 1
        last = first + 2
        end = date(year, last, calendar.monthrange(year, last)[1])
        return make_period(date(year, first, 1), end, today)
    if match := _MONTH.match(raw):
        year = int(match[1] or match[4])
        month = int(match[2] or match[3])
        if not 1 <= month <= 12:
            raise PeriodError("bad_month", value=raw)
        end = date(year, month, calendar.monthrange(year, month)[1])
        return make_period(date(year, month, 1), end, today)
    if match := _DAYS.match(raw):
        days = int(match[1])
        if days < 1:
            raise PeriodError("bad_length", value=raw)
        return make_period(today - timedelta(days=days - 1), today, today)
    if match := _MONTHS.match(raw):
        months = int(match[1])
        if months < 1:
            raise PeriodError("bad_length", value=raw)
        return make_period(_months_before(today, months) + timedelta(days=1), today, today)
    if match := _RANGE.match(raw):
        return make_period(parse_date(match[1], "since"), parse_date(match[2], "until"), today)
    if _FRENCH_DATE.match(raw) or re.match(r"^\d{4}-\d{2}-\d{2}$", raw):
        day = parse_date(raw)
        return make_period(day, day, today)
    return None


def _months_before(day: date, months: int) -> date:
    total = day.year * 12 + day.month - 1 - months
    year, month = divmod(total, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
