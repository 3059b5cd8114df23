"""Issue 17 item 5 (speed): the signed covers of day ranges by years, months and days sum to
exactly the days asked, whatever the range, and read a year or month whole only where its
rows may hold nothing past the period's end."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, timedelta

from bot.kpi.cover import DAY, MONTH, YEAR, cover, merge, month_last_day
from bot.kpi.sources import Segment, month_first_day


def _days(term: tuple) -> list[date]:
    level, first, last = term
    if level == YEAR:
        start, end = date(first, 1, 1), date(last, 12, 31)
    elif level == MONTH:
        start, end = month_first_day(first), month_last_day(last)
    else:
        start, end = first, last
    return [start + timedelta(days=i) for i in range((end - start).days + 1)]


def test_i17_5_covers_sum_to_exactly_the_days_asked() -> None:
    rng = random.Random(17)
    for _ in range(3000):
        until = date(2026, 1, 1) + timedelta(days=rng.randrange(365))
        first = until - timedelta(days=rng.randrange(800))
        last = until - timedelta(days=rng.choice((0, 0, rng.randrange(400))))
        if last < first:
            first, last = last, first
        empty_after = rng.random() < 0.5
        years = rng.random() < 0.8
        terms = cover(first, last, until=until, nothing_after=empty_after, years=years)
        counted: Counter[date] = Counter()
        for sign, term in terms:
            assert years or term[0] != YEAR
            days = _days(term)
            if term[0] != DAY and not empty_after:
                assert days[-1] <= until, (first, last, until, term)  # whole only up to `until`
            for day in days:
                counted[day] += sign
        for day, n in counted.items():
            expected = 1 if first <= day <= last else 0
            if empty_after and day > until:
                continue  # nothing there: any count is right
            assert n == expected, (first, last, until, empty_after, day, n, terms)
        for day in (first, last):
            assert counted[day] == 1


def test_i17_5_merged_covers_keep_each_window_exact() -> None:
    until = date(2026, 12, 3)
    segments = [
        Segment(2, date(2025, 1, 1), date(2025, 12, 3)),
        Segment(3, date(2025, 12, 4), date(2025, 12, 31)),
        Segment(5, date(2026, 1, 1), until),
    ]
    terms = merge(segments, until=until, nothing_after=True)
    # The rolling year ending today: two years, one month and three days of the log.
    assert terms == {
        (YEAR, 2025, 2025): {2: 1},
        (MONTH, 2025 * 12 + 11, 2025 * 12 + 11): {1: 1},
        (DAY, date(2025, 12, 1), date(2025, 12, 3)): {1: -1},
        (YEAR, 2026, 2026): {1: 1, 4: 1},
    }
    for bit in (1, 2, 4):
        counted: Counter[date] = Counter()
        for term, signs in terms.items():
            for day in _days(term):
                counted[day] += signs.get(bit, 0)
        wanted = {d for s in segments if s.tag & bit for d in _days((DAY, s.first, s.last))}
        for day, n in counted.items():
            if day <= until:
                assert n == (1 if day in wanted else 0), (bit, day)
