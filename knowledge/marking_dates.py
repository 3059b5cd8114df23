"""Calendar dates written in a line: "27/11/2026", "2 Dec 2026", « 1er décembre 2026 »,
"December 1, 2026". Only dates with a year count (a day without one cannot be placed)."""

from __future__ import annotations

import re
from datetime import date

from knowledge.calendar_words import MONTHS as _MONTHS
from knowledge.text import fold

__all__ = ["dates_in"]

_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_NUMERIC = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](20\d\d)\b")
_ISO = re.compile(r"\b(20\d\d)-(\d{1,2})-(\d{1,2})\b")
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:er|st|nd|rd|th)? ({_MONTH})\.? (20\d\d)\b")
_MONTH_DAY = re.compile(rf"\b({_MONTH})\.? (\d{{1,2}})(?:st|nd|rd|th)?,? (20\d\d)\b")


def dates_in(line: str) -> list[date]:
    """The dates `line` writes with a day, a month and a year (day first when numeric)."""
    text = fold(line)
    found: list[tuple[int, int, int]] = []
    found += [(int(y), int(m), int(d)) for d, m, y in _NUMERIC.findall(text)]
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
