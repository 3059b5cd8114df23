"""Approved activity per person and month over exact day ranges, from the roll-ups.

A range of days is cut into whole calendar months, read from `kpi_person_month`, and at
most two cut months at its ends, summed from `contribution` itself (only those days). Each
row says which segment (range) it belongs to, so one scan serves several ranges. Used for
a group's monthly head counts and the staff's own months; `people_per_month` reads the
whole program's from `kpi_month`. The card's per-person sums use `bot.kpi.cover`.
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
        tag_sql = f"CASE {cases} END" if cases else "CAST(NULL AS INTEGER)"
        inner = (
            f"SELECT {tag_sql} AS tag, person_id, month, n, points, last_day FROM kpi_person_month "
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
