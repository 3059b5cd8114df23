"""The KPI aggregates, computed in the database (SQLite or PostgreSQL), one period at a time.

Nothing here loads rows to count them in Python: each statement returns aggregates (a
handful of rows: totals, a histogram of contributions per ambassador, cohorts, a level
matrix, monthly series). `bot.kpi.card` turns them into figures; the definitions are in
the README ("Program health").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from itertools import pairwise
from typing import Any

from sqlalchemy import Connection

from bot.kpi.rollup import day_number, from_day_number, month_index
from bot.kpi.scope import Scope, statement
from bot.kpi.sources import Segment, activity_rows, month_first_day, year_rows


@dataclass(frozen=True)
class Window:
    """The period and every bound derived from it (days, months, UTC instants)."""

    since: date
    until: date
    start: datetime  # since 00:00 in the client's time zone, as UTC
    end: datetime  # the day after until, 00:00 there, as UTC
    now: datetime  # when the card is computed (answers still possible within 48 h)
    activity_months: int = 3
    silent_min_days: int = 7
    silent_max_days: int = 28
    top_share: float = 0.25

    @property
    def month(self) -> int:
        """The month index of `until` (retention and activity count calendar months)."""
        return month_index(self.until)

    @property
    def history_start(self) -> date:
        """The first day any figure looks at: the period, or 24 months for retention."""
        return min(self.since, month_first_day(self.month - 23))


@dataclass
class InactivePerson:
    person_id: int
    name: str | None
    last_day: date
    score: int


@dataclass
class PeopleFacts:
    ambassadors: int = 0
    contributions: int = 0
    histogram: dict[int, int] = field(default_factory=dict)  # contributions → ambassadors
    active_30d: int = 0
    active_90d: int = 0
    ranked: int = 0  # ambassadors with activity in the activity window
    inactive_total: int = 0
    inactive: list[InactivePerson] = field(default_factory=list)  # the first ones, by score
    retention: dict[int, tuple[int, int]] = field(default_factory=dict)  # cohort: base, kept
    levels: dict[tuple[int, int], int] = field(default_factory=dict)  # (from, to) → people


INACTIVE_SHOWN = 20
IN_PERIOD, BEFORE_YEAR, LAST_YEAR = 1, 2, 4  # a piece's tag: which windows it is in


def _pieces(window: Window) -> list[Segment]:
    """Days from `history_start` to `until` cut where a window starts, each tagged with the
    windows it is in: the period, the 12 months before the last 12 (retention's base), the
    last 12 months (up to `until`)."""
    before = month_first_day(window.month - 23)
    last = month_first_day(window.month - 11)
    after = window.until + timedelta(days=1)
    cuts = sorted({window.history_start, window.since, before, last, after})
    pieces = []
    for first, following in pairwise(cuts):
        if first < window.history_start or following > after:
            continue
        tag = IN_PERIOD if first >= window.since else 0
        tag |= BEFORE_YEAR if before <= first < last else 0
        tag |= LAST_YEAR if first >= last else 0
        pieces.append(Segment(tag, first, following - timedelta(days=1)))
    return pieces


def _history_through(start: date) -> int:
    """The last year read whole for "first year of activity" (the pieces start at `start`)."""
    return start.year - 1 if (start.month, start.day) == (1, 1) else start.year


def _rank_case(levels: list[str], column: str) -> tuple[str, dict[str, Any]]:
    params = {f"lvl_{i}": level for i, level in enumerate(levels)}
    whens = " ".join(f"WHEN :lvl_{i} THEN {i}" for i in range(len(levels)))
    return f"CASE {column} {whens} ELSE 0 END", params


def people_facts(
    connection: Connection, scope: Scope, window: Window, levels: list[str]
) -> PeopleFacts:
    dialect = connection.dialect.name
    rows_sql, params = year_rows(
        _pieces(window), dialect, history_through=_history_through(window.history_start)
    )
    act_sql, act_params = activity_rows(
        [Segment(1, month_first_day(window.month - (window.activity_months - 1)), window.until)],
        dialect,
    )
    rank, rank_params = _rank_case(levels, "lc.to_level")
    # The latest change wins ("yyyy-mm-dd hh:mm:ss.ffffff" then the rank, as text, so MAX
    # finds it); changes at the same instant (one approval crossing two thresholds): the
    # highest level.
    if dialect == "postgresql":
        stamp = "to_char(lc.changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')"
    else:
        stamp = "substr(lc.changed_at, 1, 26)"
    rank_digit = f"CAST({rank} AS TEXT)"
    rank_at = 26 + 1  # after the time
    materialized = "MATERIALIZED "
    sql = f"""
    WITH per AS {materialized}(
        SELECT person_id,
            SUM(CASE WHEN tag % 2 = 1 THEN n ELSE 0 END) AS n_period,
            MAX(CASE WHEN tag > 0 THEN last_day END) AS last_day,
            MAX(CASE WHEN (tag / 2) % 2 = 1 THEN 1 ELSE 0 END) AS was,
            MAX(CASE WHEN tag >= 4 THEN 1 ELSE 0 END) AS kept,
            MIN(year) AS first_year
        FROM ({rows_sql}) AS r GROUP BY person_id
    ),
    act AS {materialized}(
        SELECT person_id, SUM(points) AS score, SUM(n) AS act_n
        FROM ({act_sql}) AS w GROUP BY person_id
    ),
    everyone AS {materialized}(
        SELECT p.id, p.created_at, p.status, COALESCE(per.n_period, 0) AS n_period,
            per.last_day, COALESCE(act.score, 0) AS score, COALESCE(act.act_n, 0) AS act_n,
            COALESCE(per.was, 0) AS was, COALESCE(per.kept, 0) AS kept, per.first_year
        FROM person p LEFT JOIN per ON per.person_id = p.id
            LEFT JOIN act ON act.person_id = p.id
        WHERE {scope.people_where(dialect)}
    ),
    a AS {materialized}(
        SELECT * FROM everyone
        WHERE (created_at < :t_end AND status <> 'left') OR n_period > 0
    ),
    ranked AS (
        SELECT id, last_day, score,
            ROW_NUMBER() OVER (ORDER BY score DESC, act_n DESC, id) AS rn,
            COUNT(*) OVER () AS total
        FROM a WHERE act_n > 0
    ),
    cohort AS (
        SELECT id, last_day, score, total FROM ranked
        WHERE (rn - 1) < total * :top_share AND last_day BETWEEN :silent_lo AND :silent_hi
    ),
    base AS (SELECT kept, first_year AS y FROM everyone WHERE was = 1),
    lv_last AS (
        SELECT lc.person_id,
            MAX(CASE WHEN lc.changed_at < :t_start THEN {stamp} || {rank_digit} END) AS at0,
            MAX({stamp} || {rank_digit}) AS at1
        FROM level_change lc WHERE lc.client = :client AND lc.changed_at < :t_end
        GROUP BY lc.person_id
    ),
    moves AS (
        SELECT COALESCE(CAST(substr(lv.at0, {rank_at}) AS INTEGER), 0) AS r0,
            COALESCE(CAST(substr(lv.at1, {rank_at}) AS INTEGER), 0) AS r1
        FROM a LEFT JOIN lv_last lv ON lv.person_id = a.id
    )
    SELECT 'summary' AS k, COUNT(*) AS v1, SUM(n_period) AS v2,
        SUM(CASE WHEN last_day >= :d30 THEN 1 ELSE 0 END) AS v3,
        SUM(CASE WHEN last_day >= :d90 THEN 1 ELSE 0 END) AS v4, CAST(NULL AS BIGINT) AS v5,
        CAST(NULL AS VARCHAR(255)) AS v6
    FROM a
    UNION ALL SELECT 'hist', n_period, COUNT(*), NULL, NULL, NULL, NULL FROM a GROUP BY n_period
    UNION ALL SELECT 'ranked', COUNT(*), NULL, NULL, NULL, NULL, NULL FROM ranked
    UNION ALL SELECT 'cohort_n', COUNT(*), NULL, NULL, NULL, NULL, NULL FROM cohort
    UNION ALL SELECT * FROM (
        SELECT 'inactive', id, score, CAST(NULL AS BIGINT), CAST(NULL AS BIGINT), last_day,
            (SELECT p.name FROM person p WHERE p.id = cohort.id) FROM cohort
        ORDER BY score DESC, id LIMIT {INACTIVE_SHOWN}
    ) AS shown
    UNION ALL SELECT 'retention', y, COUNT(*), SUM(kept), NULL, NULL, NULL FROM base GROUP BY y
    UNION ALL SELECT 'levels', r0, r1, COUNT(*), NULL, NULL, NULL FROM moves GROUP BY r0, r1
    """
    values = {
        **scope.params(),
        **params,
        **act_params,
        **rank_params,
        "t_start": window.start,
        "t_end": window.end,
        "top_share": window.top_share,
        "silent_lo": day_number(window.until - timedelta(days=window.silent_max_days)),
        "silent_hi": day_number(window.until - timedelta(days=window.silent_min_days)),
        "d30": day_number(window.until - timedelta(days=29)),
        "d90": day_number(window.until - timedelta(days=89)),
    }
    facts = PeopleFacts()
    retention: dict[int, list[int]] = {}
    for k, v1, v2, v3, v4, v5, v6 in connection.execute(statement(sql, values), values):
        if k == "summary":
            facts.ambassadors, facts.contributions = int(v1 or 0), int(v2 or 0)
            facts.active_30d, facts.active_90d = int(v3 or 0), int(v4 or 0)
        elif k == "hist":
            facts.histogram[int(v1)] = int(v2)
        elif k == "ranked":
            facts.ranked = int(v1)
        elif k == "cohort_n":
            facts.inactive_total = int(v1)
        elif k == "inactive":
            facts.inactive.append(
                InactivePerson(int(v1), v6, from_day_number(int(v5)), int(v2 or 0))
            )
        elif k == "retention":
            year = int(v1)
            counts = retention.setdefault(year, [0, 0])
            counts[0] += int(v2)
            counts[1] += int(v3 or 0)
        elif k == "levels":
            facts.levels[(int(v1), int(v2))] = int(v3)
    facts.retention = {year: (base, kept) for year, (base, kept) in sorted(retention.items())}
    return facts
