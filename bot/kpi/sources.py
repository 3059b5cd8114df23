"""Approved activity per person and month over exact day ranges, from the roll-ups.

A range of days is cut into whole calendar months, read from `kpi_person_month`, and at
most two cut months at its ends, summed from `contribution` itself (only those days). Each
row says which segment (range) it belongs to, so one scan serves several ranges (the
period, and the months before it that retention and activity need).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from bot.kpi.rollup import day_sql, month_index


def month_start(day: date) -> date:
    return day.replace(day=1)


def month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def month_first_day(index: int) -> date:
    return date(index // 12, index % 12 + 1, 1)


@dataclass(frozen=True)
class Segment:
    tag: int
    first: date
    last: date


@dataclass
class _Parts:
    full: list[tuple[int, int, int]]  # (tag, first month, last month) read from the roll-up
    cut: list[tuple[int, date, date]]  # (tag, first day, last day) read from the log


def _split(segments: list[Segment]) -> _Parts:
    parts = _Parts([], [])
    for seg in segments:
        if seg.first > seg.last:
            continue
        head_full = seg.first == month_start(seg.first)
        tail_full = seg.last == month_end(seg.last)
        same_month = month_index(seg.first) == month_index(seg.last)
        if same_month and not (head_full and tail_full):
            parts.cut.append((seg.tag, seg.first, seg.last))
            continue
        first_full = seg.first if head_full else month_end(seg.first) + timedelta(days=1)
        last_full = seg.last if tail_full else month_start(seg.last) - timedelta(days=1)
        if not head_full:
            parts.cut.append((seg.tag, seg.first, month_end(seg.first)))
        if not tail_full:
            parts.cut.append((seg.tag, month_start(seg.last), seg.last))
        if first_full <= last_full:
            parts.full.append((seg.tag, month_index(first_full), month_index(last_full)))
    return parts


def activity_rows(
    segments: list[Segment],
    dialect: str,
    person_filter: str | None = None,
    *,
    whole_history: bool = False,
    person_order: bool = False,
) -> tuple[str, dict[str, Any]]:
    """SQL of rows (tag, person_id, month, n, points, last_day) covering `segments` exactly.

    `month` is a month index and `last_day` a yyyymmdd number (as in the roll-up).
    `person_filter`: an SQL condition on `person_id` applied to the roll-up and log reads.
    `whole_history`: also every other month of the roll-up, with a NULL tag (for "first
    month ever"). Else only the segments' months are read. `person_order`: the caller
    groups by person (on SQLite, read the table in its own order, already grouped).
    Parameters are named `seg_*`; the caller adds `:client`.
    """
    parts = _split(segments)
    params: dict[str, Any] = {}
    selects: list[str] = []
    extra = f" AND {person_filter}" if person_filter else ""
    if parts.full or whole_history:
        cases = " ".join(
            f"WHEN month BETWEEN {first} AND {last} THEN {tag}" for tag, first, last in parts.full
        )
        tag = f"CASE {cases} END" if cases else "CAST(NULL AS INTEGER)"
        inner = (
            f"SELECT {tag} AS tag, person_id, month, n, points, last_day FROM kpi_person_month "
            f"WHERE client = :client{extra}"
        )
        if whole_history:
            selects.append(inner)
        else:
            low = min(first for _, first, _ in parts.full)
            high = max(last for _, _, last in parts.full)
            # "+month" keeps SQLite off the month index: the table's own order (client,
            # person, month) brings the rows grouped by person, with no sort.
            month = "+month" if person_order and dialect == "sqlite" else "month"
            selects.append(
                f"SELECT * FROM ({inner} AND {month} BETWEEN {low} AND {high}) AS rolled "
                "WHERE tag IS NOT NULL"
            )
    last_day = day_sql(dialect, "MAX(occurred_on)")
    for i, (tag, first, last) in enumerate(parts.cut):
        params[f"seg_c{i}_lo"], params[f"seg_c{i}_hi"] = first, last
        selects.append(
            f"SELECT {tag} AS tag, person_id, {month_index(first)} AS month, COUNT(*) AS n, "
            f"SUM(points) AS points, {last_day} AS last_day FROM contribution "
            f"WHERE client = :client AND status = 'approved' AND occurred_on BETWEEN "
            f":seg_c{i}_lo AND :seg_c{i}_hi{extra} GROUP BY person_id"
        )
    if not selects:  # nothing to read: an empty row set of the same shape
        selects.append(
            "SELECT 0 AS tag, person_id, month, n, points, last_day FROM kpi_person_month "
            "WHERE 1 = 0"
        )
    return " UNION ALL ".join(selects), params


def people_per_month(segments: list[Segment], dialect: str) -> tuple[str, dict[str, Any]]:
    """SQL of rows (month, people): everyone with approved contributions in `segments`, per
    month; whole months from `kpi_month`, cut ones counted from the log (only those days).
    Parameters are named `ppm_*`; the caller adds `:client`."""
    parts = _split(segments)
    params: dict[str, Any] = {}
    selects = [
        f"SELECT month, people FROM kpi_month WHERE client = :client "
        f"AND month BETWEEN {first} AND {last}"
        for _, first, last in parts.full
    ]
    for i, (_, first, last) in enumerate(parts.cut):
        params[f"ppm_{i}_lo"], params[f"ppm_{i}_hi"] = first, last
        selects.append(
            f"SELECT {month_index(first)} AS month, COUNT(DISTINCT person_id) AS people "
            "FROM contribution WHERE client = :client AND status = 'approved' "
            f"AND occurred_on BETWEEN :ppm_{i}_lo AND :ppm_{i}_hi"
        )
    if not selects:
        selects.append("SELECT month, people FROM kpi_month WHERE 1 = 0")
    return " UNION ALL ".join(selects), params


@dataclass
class _YearParts:
    years: list[tuple[int, int, int]]  # (tag, first year, last year): the yearly roll-up
    months: list[tuple[int, int, int]]  # (tag, first month, last month): the monthly one
    cut: list[tuple[int, date, date]]  # (tag, first day, last day): the log itself


def _split_years(segments: list[Segment]) -> _YearParts:
    parts = _YearParts([], [], [])
    for seg in _split(segments).full:
        tag, first, last = seg
        # Whole years inside [first, last] (month indexes), months around them.
        first_year = (first + 11) // 12  # the first year starting at or after `first`
        last_year = (last + 1) // 12 - 1  # the last year ending at or before `last`
        if first_year > last_year:
            parts.months.append(seg)
            continue
        if first < first_year * 12:
            parts.months.append((tag, first, first_year * 12 - 1))
        parts.years.append((tag, first_year, last_year))
        if (last_year + 1) * 12 <= last:
            parts.months.append((tag, (last_year + 1) * 12, last))
    parts.cut = _split(segments).cut
    return parts


def year_rows(
    segments: list[Segment], dialect: str, *, history_through: int | None = None
) -> tuple[str, dict[str, Any]]:
    """SQL of rows (tag, person_id, year, n, last_day) covering `segments` exactly, read from
    the yearly roll-up for whole years, the monthly one for whole months, the log for cut days.

    `history_through`: also the yearly rows of every year up to it, tagged 0 (for "first year
    of activity").
    """
    parts = _split_years(segments)
    params: dict[str, Any] = {}
    selects: list[str] = []
    # One read of the yearly roll-up, in its own order (client, person, year): rows come
    # grouped by person. A year both in a piece and in the history is read once, with the
    # piece's tag (its rows count for "first year" either way).
    whens = [f"WHEN year BETWEEN {first} AND {last} THEN {tag}" for tag, first, last in parts.years]
    if history_through is not None:
        whens.append(f"WHEN year <= {history_through} THEN 0")
    if whens:
        selects.append(
            f"SELECT * FROM (SELECT CASE {' '.join(whens)} END AS tag, person_id, year, n, "
            "last_day FROM kpi_person_year WHERE client = :client) AS yearly "
            "WHERE tag IS NOT NULL"
        )
    for tag, first, last in parts.months:
        selects.append(
            f"SELECT {tag} AS tag, person_id, month / 12 AS year, n, last_day "
            f"FROM kpi_person_month WHERE client = :client AND month BETWEEN {first} AND {last}"
        )
    last_day = day_sql(dialect, "MAX(occurred_on)")
    for i, (tag, first, last) in enumerate(parts.cut):
        params[f"yr_c{i}_lo"], params[f"yr_c{i}_hi"] = first, last
        selects.append(
            f"SELECT {tag} AS tag, person_id, {first.year} AS year, COUNT(*) AS n, "
            f"{last_day} AS last_day FROM contribution WHERE client = :client "
            f"AND status = 'approved' AND occurred_on BETWEEN :yr_c{i}_lo AND :yr_c{i}_hi "
            "GROUP BY person_id"
        )
    if not selects:
        selects.append(
            "SELECT 0 AS tag, person_id, year, n, last_day FROM kpi_person_year WHERE 1 = 0"
        )
    return " UNION ALL ".join(selects), params
