"""The smaller aggregates: production by kind and month, active people per month, answers to
solicitations (participation, response delay) and the NPS answers. All computed in SQL.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from itertools import pairwise

from sqlalchemy import Connection

from bot.kpi.queries import Window
from bot.kpi.rollup import month_sql
from bot.kpi.scope import Scope, statement
from bot.kpi.sources import Segment, activity_rows, people_per_month

DAY = 24 * 3600
DELAY_BUCKETS = (3600, 6 * 3600, DAY, 2 * DAY, 7 * DAY)  # upper bounds (s); then "more"
ANSWERED = ("accepted", "declined", "done")
TOOK_PART = ("accepted", "done")


def kinds_by_month(
    connection: Connection, scope: Scope, window: Window
) -> dict[tuple[int, str], int]:
    """Approved contributions per (month index, kind) within the period's days."""
    dialect = connection.dialect.name
    if scope.group is None:
        # The daily roll-up counts everyone: take the staff's own contributions back out.
        staff = (
            f"""
            UNION ALL
            SELECT {month_sql(dialect)} AS m, kind, -1 AS n FROM contribution
            WHERE client = :client AND status = 'approved' AND person_id IN :staff
              AND occurred_on BETWEEN :since AND :until"""
            if scope.staff
            else ""
        )
        sql = f"""
        SELECT m, kind, SUM(n) FROM (
            SELECT {month_sql(dialect, "day")} AS m, kind, n FROM kpi_kind_day
            WHERE client = :client AND day BETWEEN :since AND :until{staff}
        ) AS counted GROUP BY m, kind
        """
    else:
        sql = f"""
        SELECT {month_sql(dialect)} AS m, kind, COUNT(*) FROM contribution
        WHERE client = :client AND status = 'approved' AND occurred_on BETWEEN :since AND :until
          AND {scope.person_filter(dialect, "person_id")}
        GROUP BY {month_sql(dialect)}, kind
        """
    values = {**scope.params(), "since": window.since, "until": window.until}
    rows = connection.execute(statement(sql, values), values)
    return {(int(m), str(kind)): int(n) for m, kind, n in rows if int(n) > 0}


def active_by_month(connection: Connection, scope: Scope, window: Window) -> dict[int, int]:
    """People in scope with an approved contribution, per month (the period's days only).

    Without a group: the months' head counts (`kpi_month`), less the staff's own months.
    """
    dialect = connection.dialect.name
    segments = [Segment(1, window.since, window.until)]
    if scope.group is not None:
        rows_sql, params = activity_rows(
            segments, dialect, person_filter=scope.person_filter(dialect, "person_id")
        )
        sql = f"SELECT month, COUNT(*) FROM ({rows_sql}) AS r GROUP BY month"
    else:
        rows_sql, params = people_per_month(segments, dialect)
        sql = f"SELECT month, people FROM ({rows_sql}) AS r"
        if scope.staff:
            staff_sql, staff_params = activity_rows(
                segments, dialect, person_filter="person_id IN :staff"
            )
            params.update(staff_params)
            sql = (
                f"SELECT month, SUM(people) FROM ({sql} UNION ALL SELECT month, -COUNT(*) "
                f"FROM ({staff_sql}) AS s GROUP BY month) AS counted GROUP BY month"
            )
    values = {**scope.params(), **params}
    rows = connection.execute(statement(sql, values), values)
    return {int(m): int(n) for m, n in rows if int(n) > 0}


@dataclass
class SolicitFacts:
    invited: int = 0  # invitations sent in the period
    took_part: int = 0  # of which accepted or done
    answered: int = 0  # with a response delay
    decided: int = 0  # answered, or invited more than 48 h ago (within 48 h is known)
    within_48h: int = 0
    median_seconds: float | None = None
    buckets: list[int] = field(default_factory=list)  # answered per DELAY_BUCKETS, then more


def solicit_facts(connection: Connection, scope: Scope, window: Window) -> SolicitFacts:
    """Invitations of the period and their answers: one read of the answers (a covering
    index), the delay buckets as sums, the median from the middle one or two delays."""
    dialect = connection.dialect.name
    bounds = (None, *DELAY_BUCKETS, None)
    buckets = ", ".join(
        "SUM(CASE WHEN "
        + " AND ".join(
            ([f"d > {low}"] if low is not None else [])
            + ([f"d <= {high}"] if high is not None else ["d IS NOT NULL"])
        )
        + " THEN 1 ELSE 0 END)"
        for low, high in pairwise(bounds)
    )
    values_width = len(DELAY_BUCKETS) + 1
    nulls = ", ".join(["NULL"] * (values_width - 5))
    sql = f"""
    WITH r AS MATERIALIZED (
        SELECT status, invited_at,
            CASE WHEN answered_at IS NOT NULL THEN response_delay_seconds END AS d
        FROM solicitation_response
        WHERE client = :client AND invited_at >= :t_start AND invited_at < :t_end
          AND {scope.person_filter(dialect, "person_id")}
    )
    SELECT 'totals' AS k, COUNT(*) AS a,
        SUM(CASE WHEN status IN ('accepted', 'done') THEN 1 ELSE 0 END) AS b,
        COUNT(d) AS c,
        SUM(CASE WHEN d IS NOT NULL OR invited_at <= :decided THEN 1 ELSE 0 END) AS e,
        SUM(CASE WHEN d <= {2 * DAY} THEN 1 ELSE 0 END) AS f, {nulls}
    FROM r
    UNION ALL SELECT 'buckets', {buckets} FROM r
    UNION ALL SELECT 'median', AVG(d), NULL, NULL, NULL, NULL, {nulls} FROM (
        SELECT d FROM r WHERE d IS NOT NULL ORDER BY d
        LIMIT 2 - (SELECT COUNT(d) FROM r) % 2 OFFSET ((SELECT COUNT(d) FROM r) - 1) / 2
    ) AS middle
    """
    values = {
        **scope.params(),
        "t_start": window.start,
        "t_end": window.end,
        "decided": window.now - timedelta(hours=48),
    }
    facts = SolicitFacts(buckets=[0] * values_width)
    for k, *v in connection.execute(statement(sql, values), values):
        if k == "totals":
            facts.invited, facts.took_part, facts.answered = int(v[0]), int(v[1] or 0), int(v[2])
            facts.decided, facts.within_48h = int(v[3] or 0), int(v[4] or 0)
        elif k == "median" and v[0] is not None:
            facts.median_seconds = float(v[0])
        elif k == "buckets":
            facts.buckets = [int(n or 0) for n in v]
    return facts


@dataclass
class NpsWave:
    survey: str
    n: int
    promoters: int
    detractors: int


@dataclass
class NpsFacts:
    n: int = 0
    promoters: int = 0  # 9-10
    passives: int = 0  # 7-8
    detractors: int = 0  # 0-6
    waves: list[NpsWave] = field(default_factory=list)


def nps_facts(connection: Connection, scope: Scope, window: Window) -> NpsFacts:
    dialect = connection.dialect.name
    sql = f"""
    SELECT survey, COUNT(*),
        SUM(CASE WHEN score >= 9 THEN 1 ELSE 0 END),
        SUM(CASE WHEN score BETWEEN 7 AND 8 THEN 1 ELSE 0 END),
        SUM(CASE WHEN score <= 6 THEN 1 ELSE 0 END)
    FROM nps_answer
    WHERE client = :client AND answered_at >= :t_start AND answered_at < :t_end
      AND {scope.person_filter(dialect, "person_id")}
    GROUP BY survey ORDER BY survey
    """
    values = {**scope.params(), "t_start": window.start, "t_end": window.end}
    facts = NpsFacts()
    for survey, n, promoters, passives, detractors in connection.execute(
        statement(sql, values), values
    ):
        facts.waves.append(NpsWave(str(survey), int(n), int(promoters), int(detractors)))
        facts.n += int(n)
        facts.promoters += int(promoters)
        facts.passives += int(passives)
        facts.detractors += int(detractors)
    return facts
