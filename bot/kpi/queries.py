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

from bot.kpi.cover import merge
from bot.kpi.cover import rows_sql as covered_rows
from bot.kpi.rollup import day_number, from_day_number, micros, month_index
from bot.kpi.scope import Scope, as_date, statement
from bot.kpi.sources import Segment, month_first_day


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
ACTIVE = 8  # the activity months (the inactive cohort's weighted activity)


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


MAX_LEVELS = 1000  # a level key is `at * levels + rank`: room for 2^63 / 1000 µs (year 2262)


# Per person, from the three sources: `per` (the tagged pieces, as covered rows: activity
# in the period, retention's counts, first year), `act` (the activity months: score and
# count) and `lv` (the level keys at both bounds). On SQLite, three aggregates joined; on
# PostgreSQL, one hashed aggregate over the three (fewer joins of CTEs).
_PER = f"""SUM(n * c_{IN_PERIOD}) AS n_period,
            MAX(CASE WHEN c_{IN_PERIOD} <> 0 OR c_{BEFORE_YEAR} <> 0 OR c_{LAST_YEAR} <> 0
                THEN last_day END) AS last_day,
            CASE WHEN SUM(n * c_{BEFORE_YEAR}) > 0 THEN 1 ELSE 0 END AS was,
            CASE WHEN SUM(n * c_{LAST_YEAR}) > 0 THEN 1 ELSE 0 END AS kept,
            MIN(year) AS first_year"""
_ACT = f"SUM(points * c_{ACTIVE}) AS score, SUM(n * c_{ACTIVE}) AS act_n"


def _per_person_sqlite(src: dict[str, str]) -> str:
    return f"""per AS MATERIALIZED (
        SELECT person_id, {_PER} FROM {src["rows"]} GROUP BY person_id
    ),
    act AS MATERIALIZED (
        SELECT person_id, {_ACT} FROM {src["act"]} GROUP BY person_id
    ),
    lv AS MATERIALIZED (
        SELECT person_id, MAX({src["k0"]}) AS k0, MAX({src["k1"]}) AS k1 FROM {src["levels"]}
        GROUP BY person_id
    )"""


def _per_person_postgres(src: dict[str, str]) -> str:
    zero = "0, 0, 0"
    return f"""per AS (
        SELECT person_id, {_PER}, {_ACT}, MAX(k0) AS k0, MAX(k1) AS k1
        FROM (
            SELECT person_id, year, n, points, last_day, c_{IN_PERIOD}, c_{BEFORE_YEAR},
                c_{LAST_YEAR}, 0 AS c_{ACTIVE}, CAST(NULL AS BIGINT) AS k0,
                CAST(NULL AS BIGINT) AS k1
            FROM {src["rows"]}
            UNION ALL SELECT person_id, year, n, points, last_day, {zero}, c_{ACTIVE}, NULL, NULL
            FROM {src["act"]}
            UNION ALL SELECT person_id, NULL, 0, 0, NULL, {zero}, 0, {src["k0"]}, {src["k1"]}
            FROM {src["levels"]}
        ) AS s GROUP BY person_id
    )"""


def nothing_after(connection: Connection, client: str, day: date) -> bool:
    """No approved contribution of the client is dated after `day` (a period ending then may
    read its last month and year whole)."""
    last = connection.execute(
        statement(
            "SELECT MAX(occurred_on) FROM contribution "
            "WHERE client = :client AND status = 'approved'",
            {"client": client},
        ),
        {"client": client},
    ).scalar()
    found = as_date(last)
    return found is None or found <= day


def _joins(dialect: str) -> tuple[str, str, str]:
    """The joins to `person`, and where the activity and level columns are."""
    if dialect == "postgresql":  # `per` holds all three
        return "LEFT JOIN per ON per.person_id = p.id", "per", "per"
    joins = (
        "LEFT JOIN per ON per.person_id = p.id LEFT JOIN act ON act.person_id = p.id "
        "LEFT JOIN lv ON lv.person_id = p.id"
    )
    return joins, "act", "lv"


def people_facts(
    connection: Connection, scope: Scope, window: Window, levels: list[str]
) -> PeopleFacts:
    """Everything counted per person, in one statement: one row per person in scope
    (`everyone`), then the aggregates over it.

    - `per`: approved activity per person in the tagged pieces (period, retention's two
      years) and their first year, from the roll-ups;
    - `act`: weighted activity (points) in the activity months, for the inactive cohort;
    - `lv`: each person's level at the period's start and end, from `kpi_level_step`: the
      latest change before each bound, at the same instant the highest level, found as the
      MAX of one integer `at * len(levels) + rank`;
    - the top share by activity (score, then count, then id) without ranking everyone: a
      histogram of (score, count), its running total, the one (score, count) group the cut
      falls in (`thr`), and only that group ordered by id (`edge`).
    """
    dialect = connection.dialect.name
    if len(levels) > MAX_LEVELS:
        raise ValueError(f"at most {MAX_LEVELS} levels")
    width = max(len(levels), 1)
    empty_after = nothing_after(connection, scope.client, window.until)
    per_terms = merge(_pieces(window), until=window.until, nothing_after=empty_after)
    rows_sql, params = covered_rows(
        per_terms,
        dialect,
        [IN_PERIOD, BEFORE_YEAR, LAST_YEAR],
        history_through=_history_through(window.history_start),
        prefix="pp",
        with_points=False,
    )
    active = Segment(
        ACTIVE, month_first_day(window.month - (window.activity_months - 1)), window.until
    )
    act_terms = merge([active], until=window.until, nothing_after=empty_after, years=False)
    act_sql, act_params = covered_rows(act_terms, dialect, [ACTIVE], prefix="ap")
    rank, rank_params = _rank_case(levels, "to_level")
    key = f"at * {width} + {rank}"
    sources = {
        "rows": f"({rows_sql}) AS r",
        "act": f"({act_sql}) AS w",
        "levels": "kpi_level_step WHERE client = :client AND at < :at_end",
        "k0": f"CASE WHEN at < :at_start THEN {key} END",
        "k1": key,
    }
    per_person = _per_person_postgres if dialect == "postgresql" else _per_person_sqlite
    joins, act, lv = _joins(dialect)
    sql = f"""
    WITH {per_person(sources)},
    everyone AS MATERIALIZED (
        SELECT p.id,
            CASE WHEN (p.created_at < :t_end AND p.status <> 'left') OR per.n_period > 0
                THEN 1 ELSE 0 END AS in_a,
            COALESCE(per.n_period, 0) AS n_period, per.last_day,
            COALESCE({act}.score, 0) AS score, COALESCE({act}.act_n, 0) AS act_n,
            COALESCE(per.was, 0) AS was, COALESCE(per.kept, 0) AS kept, per.first_year,
            COALESCE({lv}.k0 % {width}, 0) AS r0, COALESCE({lv}.k1 % {width}, 0) AS r1
        FROM person p {joins}
        WHERE {scope.people_where(dialect)}
    ),
    hist AS MATERIALIZED (
        SELECT score, act_n, COUNT(*) AS c FROM everyone
        WHERE in_a = 1 AND act_n > 0 GROUP BY score, act_n
    ),
    cum AS MATERIALIZED (
        SELECT score, act_n, c,
            SUM(c) OVER (ORDER BY score DESC, act_n DESC ROWS UNBOUNDED PRECEDING) - c AS better,
            CAST(SUM(c) OVER () AS DOUBLE PRECISION) * :top_share AS x
        FROM hist
    ),
    thr AS MATERIALIZED (
        SELECT score, act_n, better, x FROM cum WHERE better < x ORDER BY better DESC LIMIT 1
    ),
    edge AS (
        SELECT g.id FROM (
            SELECT e.id, ROW_NUMBER() OVER (ORDER BY e.id) - 1 AS j
            FROM everyone e CROSS JOIN thr
            WHERE e.in_a = 1 AND e.score = thr.score AND e.act_n = thr.act_n
        ) AS g CROSS JOIN thr WHERE g.j + thr.better < thr.x
    ),
    cohort AS MATERIALIZED (
        SELECT e.id, e.last_day, e.score FROM everyone e CROSS JOIN thr
        WHERE e.in_a = 1 AND e.act_n > 0 AND e.last_day BETWEEN :silent_lo AND :silent_hi
            AND (e.score > thr.score OR (e.score = thr.score AND e.act_n > thr.act_n)
                OR e.id IN (SELECT id FROM edge))
    )
    SELECT 'summary' AS k, COUNT(*) AS v1, SUM(n_period) AS v2,
        SUM(CASE WHEN last_day >= :d30 THEN 1 ELSE 0 END) AS v3,
        SUM(CASE WHEN last_day >= :d90 THEN 1 ELSE 0 END) AS v4,
        SUM(CASE WHEN act_n > 0 THEN 1 ELSE 0 END) AS v5,
        CAST(NULL AS VARCHAR(255)) AS v6
    FROM everyone WHERE in_a = 1
    UNION ALL SELECT 'hist', n_period, COUNT(*), NULL, NULL, NULL, NULL
        FROM everyone WHERE in_a = 1 GROUP BY n_period
    UNION ALL SELECT 'cohort_n', COUNT(*), NULL, NULL, NULL, NULL, NULL FROM cohort
    UNION ALL SELECT * FROM (
        SELECT 'inactive', id, score, CAST(NULL AS BIGINT), CAST(NULL AS BIGINT), last_day,
            (SELECT p.name FROM person p WHERE p.id = cohort.id) FROM cohort
        ORDER BY score DESC, id LIMIT {INACTIVE_SHOWN}
    ) AS shown
    UNION ALL SELECT 'retention', first_year, COUNT(*), SUM(kept), NULL, NULL, NULL
        FROM everyone WHERE was = 1 GROUP BY first_year
    UNION ALL SELECT 'levels', r0, r1, COUNT(*), NULL, NULL, NULL
        FROM everyone WHERE in_a = 1 GROUP BY r0, r1
    """
    values = {
        **scope.params(),
        **params,
        **act_params,
        **rank_params,
        "t_end": window.end,
        "at_start": micros(window.start),
        "at_end": micros(window.end),
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
            facts.ranked = int(v5 or 0)
        elif k == "hist":
            facts.histogram[int(v1)] = int(v2)
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
