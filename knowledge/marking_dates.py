"""Calendar dates written in a line: "27/11/2026", "2 Dec 2026", « 1er décembre 2026 »,
"December 1, 2026". Only dates with a year count (a day without one cannot be placed).

A numeric date is read day first (« 10/12/2026 » is 10 December), month first only where
the line says so ("12/10/2026 (US office dates, month/day)", "MM/DD/YYYY") or where day
first cannot be a date ("12/15/2026" is 15 December)."""

from __future__ import annotations

import re
from datetime import date

from knowledge.calendar_words import MONTHS as _MONTHS
from knowledge.text import fold

__all__ = ["dates_in", "says_month_first"]

_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_NUMERIC = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](20\d\d)\b")
_ISO = re.compile(r"\b(20\d\d)-(\d{1,2})-(\d{1,2})\b")
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:er|st|nd|rd|th)? ({_MONTH})\.? (20\d\d)\b")
_MONTH_DAY = re.compile(rf"\b({_MONTH})\.? (\d{{1,2}})(?:st|nd|rd|th)?,? (20\d\d)\b")
# A line that says its numeric dates are month first: "month/day", "MM/DD", "US dates".
_SAYS_MONTH_FIRST = re.compile(
    r"\b(?:month[ /-]day|mm[ /-]dd|mois[ /-]jour|us(?: office)? (?:dates?|format|style)"
    r"|american (?:dates?|format))\b"
)


def says_month_first(line: str) -> bool:
    """`line` says its numeric dates are written month first."""
    return _SAYS_MONTH_FIRST.search(fold(line)) is not None


def dates_in(line: str, month_first: bool | None = None) -> list[date]:
    """The dates `line` writes with a day, a month and a year; numeric ones day first
    unless `month_first` (None: as `line` says, `says_month_first`) or a day-first reading
    is no date."""
    text = fold(line)
    first = says_month_first(line) if month_first is None else month_first
    found: list[tuple[int, int, int]] = []
    for a, b, y in _NUMERIC.findall(text):
        day, month = (int(b), int(a)) if first or int(b) > 12 >= int(a) else (int(a), int(b))
        found.append((int(y), month, day))
    found += [(int(y), int(m), int(d)) for y, m, d in _ISO.findall(text)]
    found += [(int(y), _MONTHS[m], int(d)) for d, m, y in _DAY_MONTH.findall(text)]
    found += [(int(y), _MONTHS[m], int(d)) for m, d, y in _MONTH_DAY.findall(text)]
    dates = []
    for year, month, day in found:
        try:
            dates.append(date(year, month, day))
        except ValueError:
            continue
    return dates
