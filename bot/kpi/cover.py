"""Exact per-person sums over ranges of days, read cheaply from the roll-ups and the log.

A card sums each person's approved contributions over a few windows of days (the period,
retention's two years, the activity months): `Segment`s, each tagged with the bits of the
windows it is in. Each segment is covered by terms — ranges of rows counted with a sign —
of three kinds: whole years (`kpi_person_year`), whole months (`kpi_person_month`) and days
(the log itself). Eleven months are a year less a month; the end of a month is the month
less its first days. Every cover gives the same sums; the cheapest is kept, counting rows
by rule of thumb (a year of the yearly roll-up as 2.5 months of the monthly one, a day of
the log as a fifth of a month).

A year or a month is read whole only if it ends by `limit` (the period's end): its rows
must hold nothing after it, the last day of activity being a maximum. With `limit=None`
(nothing approved after the period's end) any year or month may be read whole.

`rows_sql` turns merged terms into one SQL row source: (person_id, year, n, points,
last_day, c_<bit>…), `c_<bit>` being the row's coefficient (-1, 0 or 1) for each bit: a
bit's sum is `SUM(n * c_<bit>)`.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from bot.kpi.rollup import day_sql, month_index
from bot.kpi.sources import Segment, month_first_day

YEAR, MONTH, DAY = "year", "month", "day"
COST = {YEAR: 2.5, MONTH: 1.0, DAY: 0.2}
Term = tuple[str, Any, Any]  # (level, first, last): years, month indexes or days
Coefficients = dict[Term, dict[int, int]]  # term → bit → sign


def month_last_day(index: int) -> date:
    first = month_first_day(index)
    return first.replace(day=calendar.monthrange(first.year, first.month)[1])


def _days(first: date, last: date) -> int:
    return max((last - first).days + 1, 0)


def cover(
    first: date, last: date, *, until: date, nothing_after: bool, years: bool = True
) -> list[tuple[int, Term]]:
    """Signed terms whose sum is exactly the days [first, last] (see the module's doc).

    `until`: the last day any row read whole may hold; `nothing_after`: nothing approved
    after it (a segment ending on it may end at its month's end, a year or month may be
    read whole past it). `years=False`: no yearly roll-up (it has no points).
    """

    def whole(end: date) -> bool:
        return nothing_after or end <= until

    terms: list[tuple[int, Term]] = []
    m1, m2 = month_index(first), month_index(last)
    if nothing_after and last == until:  # the rest of its month is empty
        last = month_last_day(m2)
    start_of, end_of = month_first_day(m1), month_last_day(m2)
    if m1 == m2:
        inside = _days(first, last)
        outside = _days(start_of, first - timedelta(days=1)) + _days(
            last + timedelta(days=1), end_of
        )
        by_month = COST[MONTH] + outside * COST[DAY]
        if outside and (not whole(end_of) or inside * COST[DAY] <= by_month):
            return [(1, (DAY, first, last))]
        terms.append((1, (MONTH, m1, m1)))
        if first > start_of:
            terms.append((-1, (DAY, start_of, first - timedelta(days=1))))
        if last < end_of:
            terms.append((-1, (DAY, last + timedelta(days=1), end_of)))
        return terms
    low, high = m1, m2
    if first > start_of:  # the head: its own days, or the month less the days before
        before = _days(start_of, first - timedelta(days=1))
        if COST[MONTH] + before * COST[DAY] < _days(first, month_last_day(m1)) * COST[DAY]:
            terms.append((-1, (DAY, start_of, first - timedelta(days=1))))
        else:
            terms.append((1, (DAY, first, month_last_day(m1))))
            low = m1 + 1
    if last < end_of:  # the tail: its own days, or the month less the days after
        after = _days(last + timedelta(days=1), end_of)
        by_month = COST[MONTH] + after * COST[DAY]
        if whole(end_of) and by_month < _days(month_first_day(m2), last) * COST[DAY]:
            terms.append((-1, (DAY, last + timedelta(days=1), end_of)))
        else:
            terms.append((1, (DAY, month_first_day(m2), last)))
            high = m2 - 1
    for year in range(low // 12, high // 12 + 1) if low <= high else ():
        k, m = max(low, year * 12), min(high, year * 12 + 11)
        # The year's other months, to take back; those after `until` are empty when
        # nothing was approved after it.
        others = [
            i
            for i in range(year * 12, year * 12 + 12)
            if not k <= i <= m and not (nothing_after and month_first_day(i) > until)
        ]
        by_year = COST[YEAR] + len(others) * COST[MONTH]
        if years and whole(date(year, 12, 31)) and by_year < (m - k + 1) * COST[MONTH]:
            terms.append((1, (YEAR, year, year)))
            terms += [(-1, (MONTH, i, i)) for i in others]
        else:
            terms.append((1, (MONTH, k, m)))
    return terms


def merge(
    segments: Iterable[Segment], *, until: date, nothing_after: bool, years: bool = True
) -> Coefficients:
    """Every segment's cover, same terms merged: term → bit → coefficient (zeros dropped)."""
    found: Coefficients = defaultdict(dict)
    for seg in segments:
        if seg.first > seg.last:
            continue
        bits = [bit for bit in (1, 2, 4, 8, 16) if seg.tag & bit]
        found_terms = cover(
            seg.first, seg.last, until=until, nothing_after=nothing_after, years=years
        )
        for sign, term in found_terms:
            for bit in bits:
                found[term][bit] = found[term].get(bit, 0) + sign
    return {t: {b: c for b, c in v.items() if c} for t, v in found.items() if any(v.values())}


def _coefficient(
    values: dict[Any, dict[int, int]], column: str, bit: int, *, others: bool = False
) -> str:
    """SQL of one bit's coefficient, named `c_<bit>`: a constant, or a CASE on the year or
    month (`others`: rows of other years are read too, with a zero)."""
    signs = {key: v.get(bit, 0) for key, v in values.items()}
    if len(set(signs.values())) == 1 and not others:
        return f"{next(iter(signs.values()))} AS c_{bit}"
    whens = " ".join(f"WHEN {key} THEN {sign}" for key, sign in signs.items() if sign)
    return f"CASE {column} {whens} ELSE 0 END AS c_{bit}" if whens else f"0 AS c_{bit}"


def rows_sql(
    terms: Coefficients,
    dialect: str,
    bits: list[int],
    *,
    history_through: int | None = None,
    prefix: str = "cv",
    with_points: bool = True,
) -> tuple[str, dict[str, Any]]:
    """SQL of rows (person_id, year, n, points, last_day, c_<bit>…) for `terms`.

    `history_through`: also every yearly row up to that year, with zero coefficients (for
    "first year of activity"); `with_points=False`: points are not needed (0). Parameters
    are named `<prefix>_*`; the caller adds `:client`.
    """
    names = ", ".join(f"c_{bit}" for bit in bits)
    selects: list[str] = []
    params: dict[str, Any] = {}
    by_year = {t[1]: v for t, v in terms.items() if t[0] == YEAR}
    if by_year or history_through is not None:
        history = history_through is not None
        coefficients = ", ".join(
            _coefficient(by_year, "year", bit, others=history) if by_year else f"0 AS c_{bit}"
            for bit in bits
        )
        wanted = [f"year IN ({', '.join(str(y) for y in sorted(by_year))})"] if by_year else []
        if history:
            wanted.append(f"year <= {history_through}")
        selects.append(
            f"SELECT person_id, year, n, 0 AS points, last_day, {coefficients} "
            f"FROM kpi_person_year WHERE client = :client AND ({' OR '.join(wanted)})"
        )
    months: dict[int, dict[int, int]] = defaultdict(dict)
    for (level, first, last), signs in terms.items():
        if level == MONTH:
            for index in range(first, last + 1):
                for bit, sign in signs.items():
                    months[index][bit] = months[index].get(bit, 0) + sign
    for run in _runs(sorted(i for i, v in months.items() if any(v.values()))):
        values = {i: months[i] for i in run}
        coefficients = ", ".join(_coefficient(values, "month", bit) for bit in bits)
        selects.append(
            f"SELECT person_id, month / 12 AS year, n, points, last_day, {coefficients} "
            f"FROM kpi_person_month WHERE client = :client "
            f"AND month BETWEEN {run[0]} AND {run[-1]}"
        )
    last_day = day_sql(dialect, "MAX(occurred_on)")
    # The log's period index holds everything but the points: read them only when needed.
    points = "SUM(points)" if with_points else "0"
    days = sorted((t, v) for t, v in terms.items() if t[0] == DAY)
    for i, ((_, first, last), signs) in enumerate(days):
        params[f"{prefix}_{i}_lo"], params[f"{prefix}_{i}_hi"] = first, last
        coefficients = ", ".join(f"{signs.get(bit, 0)} AS c_{bit}" for bit in bits)
        selects.append(
            f"SELECT person_id, {first.year} AS year, COUNT(*) AS n, {points} AS points, "
            f"{last_day} AS last_day, {coefficients} FROM contribution "
            f"WHERE client = :client AND status = 'approved' "
            f"AND occurred_on BETWEEN :{prefix}_{i}_lo AND :{prefix}_{i}_hi GROUP BY person_id"
        )
    if not selects:
        zeros = ", ".join(f"0 AS c_{bit}" for bit in bits)
        selects.append(
            f"SELECT person_id, year, n, 0 AS points, last_day, {zeros} FROM kpi_person_year "
            "WHERE 1 = 0"
        )
    head = f"SELECT person_id, year, n, points, last_day, {names} FROM ("
    return head + " UNION ALL ".join(selects) + ") AS covered", params


def _runs(indexes: list[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    for index in indexes:
        if runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs
