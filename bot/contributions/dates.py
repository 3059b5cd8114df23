"""The day a contribution was done, as people write it (French or English).

`parse_day` reads one written date ("2027-03-12", "12/03/2027", "12/03", "12 mars",
"March 12", "hier", "yesterday", "lundi", "il y a 3 jours"…) relative to `today`;
`find_day` finds one inside a sentence ("j'ai fait un témoignage vidéo hier").
A day without a year is this year's, or last year's when this year's is over a month
ahead.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot.contributions.kinds import fold
from knowledge.calendar_words import MONTHS

WEEKDAYS = {
    "lundi": 0, "monday": 0, "mardi": 1, "tuesday": 1, "mercredi": 2, "wednesday": 2,
    "jeudi": 3, "thursday": 3, "vendredi": 4, "friday": 4, "samedi": 5, "saturday": 5,
    "dimanche": 6, "sunday": 6,
}  # fmt: skip
RELATIVE = {
    "aujourd'hui": 0, "aujourdhui": 0, "today": 0, "ce matin": 0, "this morning": 0,
    "cet apres-midi": 0, "this afternoon": 0, "ce soir": 0, "tonight": 0,
    "tout a l'heure": 0, "earlier today": 0,
    "avant-hier": 2, "avant hier": 2, "the day before yesterday": 2,
    "hier": 1, "yesterday": 1,
    "la semaine derniere": 7, "last week": 7,
    "apres-demain": -2, "apres demain": -2, "the day after tomorrow": -2,
    "demain": -1, "tomorrow": -1,  # in the future: refused, but understood
}  # fmt: skip

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_NAMES = "|".join(WEEKDAYS)
_RELATIVE_NAMES = "|".join(re.escape(k) for k in sorted(RELATIVE, key=len, reverse=True))
_PATTERNS = (
    ("iso", re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")),
    ("dmy", re.compile(r"\b(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2}|\d{4}))?\b")),
    (
        "day_month",
        re.compile(rf"\b(?:le\s+)?(\d{{1,2}})(?:er)?\s+({_MONTH_NAMES})\.?(?:\s+(\d{{4}}))?\b"),
    ),
    (
        "month_day",
        re.compile(rf"\b({_MONTH_NAMES})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b"),
    ),
    ("ago", re.compile(r"\b(?:il y a\s+(\d{1,3})\s+jours?|(\d{1,3})\s+days?\s+ago)\b")),
    ("relative", re.compile(rf"(?<![\w-])({_RELATIVE_NAMES})(?![\w-])")),
    (
        "weekday",
        re.compile(rf"\b(?:(last)\s+)?({_WEEKDAY_NAMES})(?:\s+(dernier|passe))?\b"),
    ),
)


class BadDay(ValueError):
    """A date that does not exist (31/02) or cannot be read."""


def parse_day(typed: str, today: date) -> date:
    """One written day, the whole of `typed`; BadDay when it is not one."""
    found = find_day(typed, today, whole=True)
    if found is None:
        raise BadDay(typed)
    return found[0]


def find_day(typed: str, today: date, *, whole: bool = False) -> tuple[date, str] | None:
    """The first day written in `typed`, and the words that said it; None if there is none.

    Raises BadDay for a date that is written but does not exist ("31/02").
    """
    folded = fold(typed)
    for name, pattern in _PATTERNS:
        match = pattern.fullmatch(folded) if whole else pattern.search(folded)
        if match is not None:
            return _day(name, match, today), match.group(0)
    return None


def _day(name: str, match: re.Match[str], today: date) -> date:
    groups = match.groups()
    if name == "iso":
        return _make(int(groups[0]), int(groups[1]), int(groups[2]))
    if name == "dmy":
        year = _year(groups[2])
        return _dated(today, year, int(groups[1]), int(groups[0]))
    if name == "day_month":
        return _dated(today, _year(groups[2]), MONTHS[groups[1]], int(groups[0]))
    if name == "month_day":
        return _dated(today, _year(groups[2]), MONTHS[groups[0]], int(groups[1]))
    if name == "ago":
        return today - timedelta(days=int(groups[0] or groups[1]))
    if name == "relative":
        return today - timedelta(days=RELATIVE[groups[0]])
    last = bool(groups[0] or groups[2])
    back = (today.weekday() - WEEKDAYS[groups[1]]) % 7
    if back == 0 and last:
        back = 7
    return today - timedelta(days=back)


def _year(raw: str | None) -> int | None:
    if raw is None:
        return None
    year = int(raw)
    return year + 2000 if year < 100 else year


def _dated(today: date, year: int | None, month: int, day: int) -> date:
    """Without a year: this year's, unless that is more than a month ahead ("12/12" typed
    in January is last December); a day a few days ahead stays ahead (and is refused as
    in the future, rather than quietly taken for last year's)."""
    if year is not None:
        return _make(year, month, day)
    for back in range(9):  # a 29 February: the last leap year's
        try:
            candidate = date(today.year - back, month, day)
        except ValueError as exc:
            if (month, day) == (2, 29):
                continue
            raise BadDay(f"{day}/{month}") from exc
        if candidate <= today + timedelta(days=31):
            return candidate
    raise BadDay(f"{day}/{month}")


def _make(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise BadDay(f"{day}/{month}/{year}") from exc
