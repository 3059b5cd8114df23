"""Recomputing the KPI roll-ups from the contribution log, and checking them against it.

The triggers of migration 0010 keep `kpi_person_month`, `kpi_person_year` and `kpi_kind_day`
in step with `contribution` row by row, those of 0011 `kpi_level_step` with `level_change`
and `kpi_month` with `kpi_person_month`;
a bulk load that turned them off (the benchmark) calls `rebuild` once at the end.
`differences` lists the roll-up rows that disagree with the log (tests, a health check).
In `kpi_person_month` a month is the integer year * 12 + month - 1 and a day the integer
yyyymmdd (`month_index`, `day_number`).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, text

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MONTH_TRIGGER = "kpi_person_month_people"  # PostgreSQL: keeps `kpi_month` (migration 0011)


def micros(moment: datetime) -> int:
    """An instant as `kpi_level_step.at`: microseconds since 1970, UTC (exact)."""
    return (moment - EPOCH) // timedelta(microseconds=1)


def micros_sql(dialect: str, column: str) -> str:
    """SQL for `micros` of a time column (on SQLite, as SQLAlchemy stores it)."""
    if dialect == "postgresql":
        return f"(EXTRACT(EPOCH FROM {column}) * 1000000)::bigint"
    return (
        f"(CAST(strftime('%s', {column}) AS INTEGER) * 1000000 "
        f"+ CAST(substr({column} || '.000000', 21, 6) AS INTEGER))"
    )


def month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def day_number(day: date) -> int:
    return day.year * 10_000 + day.month * 100 + day.day


def from_day_number(value: int) -> date:
    return date(value // 10_000, value // 100 % 100, value % 100)


def month_sql(dialect: str, column: str = "occurred_on") -> str:
    """SQL for the month index of a date column."""
    if dialect == "postgresql":
        return f"(EXTRACT(YEAR FROM {column})::int * 12 + EXTRACT(MONTH FROM {column})::int - 1)"
    return (
        f"(CAST(substr({column}, 1, 4) AS INTEGER) * 12 + CAST(substr({column}, 6, 2) AS INTEGER)"
        " - 1)"
    )


def day_sql(dialect: str, expression: str) -> str:
    """SQL for the yyyymmdd number of a date expression."""
    if dialect == "postgresql":
        return f"to_char({expression}, 'YYYYMMDD')::int"
    return f"CAST(replace({expression}, '-', '') AS INTEGER)"


def _person_month_select(dialect: str) -> str:
    month = month_sql(dialect)
    first, last = day_sql(dialect, "MIN(occurred_on)"), day_sql(dialect, "MAX(occurred_on)")
    return (
        f"SELECT client, person_id, {month} AS month, COUNT(*) AS n, SUM(points) AS points, "
        f"{first} AS first_day, {last} AS last_day FROM contribution "
        f"WHERE status = 'approved' GROUP BY client, person_id, {month}"
    )


def _person_year_select(dialect: str) -> str:
    year = (
        "EXTRACT(YEAR FROM occurred_on)::int"
        if dialect == "postgresql"
        else "CAST(substr(occurred_on, 1, 4) AS INTEGER)"
    )
    last = day_sql(dialect, "MAX(occurred_on)")
    return (
        f"SELECT client, person_id, {year} AS year, COUNT(*) AS n, {last} AS last_day "
        f"FROM contribution WHERE status = 'approved' GROUP BY client, person_id, {year}"
    )


_KIND_DAY_SELECT = (
    "SELECT client, occurred_on AS day, kind, COUNT(*) AS n FROM contribution "
    "WHERE status = 'approved' GROUP BY client, occurred_on, kind"
)


def _month_select(dialect: str) -> str:
    return (
        f"SELECT client, {month_sql(dialect)} AS month, COUNT(DISTINCT person_id) AS people "
        f"FROM contribution WHERE status = 'approved' GROUP BY client, {month_sql(dialect)}"
    )


def _level_step_select(dialect: str) -> str:
    at = micros_sql(dialect, "changed_at")
    return (
        f"SELECT client, person_id, {at} AS at, to_level, COUNT(*) AS n FROM level_change "
        f"GROUP BY client, person_id, {at}, to_level"
    )


def rebuild(connection: Connection) -> None:
    """Every roll-up recomputed from the log and the level changes (in the caller's
    transaction)."""
    dialect = connection.dialect.name
    # On SQLite `kpi_month` is refilled by the triggers on `kpi_person_month`, row by row.
    # On PostgreSQL that trigger is off meanwhile: each of its updates of the same few
    # month rows in one transaction walks every earlier version (minutes for a big log).
    if dialect == "postgresql":
        connection.execute(text(f"ALTER TABLE kpi_person_month DISABLE TRIGGER {MONTH_TRIGGER}"))
    for table in ("kpi_person_month", "kpi_month", "kpi_person_year", "kpi_kind_day"):
        connection.execute(text(f"DELETE FROM {table}"))
    connection.execute(text("DELETE FROM kpi_level_step"))
    connection.execute(
        text(
            "INSERT INTO kpi_person_year (client, person_id, year, n, last_day) "
            f"{_person_year_select(dialect)}"
        )
    )
    connection.execute(
        text(
            "INSERT INTO kpi_person_month (client, person_id, month, n, points, first_day, "
            f"last_day) {_person_month_select(dialect)}"
        )
    )
    if dialect == "postgresql":
        connection.execute(
            text(
                "INSERT INTO kpi_month (client, month, people) "
                "SELECT client, month, COUNT(*) FROM kpi_person_month GROUP BY client, month"
            )
        )
        connection.execute(text(f"ALTER TABLE kpi_person_month ENABLE TRIGGER {MONTH_TRIGGER}"))
    connection.execute(text(f"INSERT INTO kpi_kind_day (client, day, kind, n) {_KIND_DAY_SELECT}"))
    connection.execute(
        text(
            "INSERT INTO kpi_level_step (client, person_id, at, to_level, n) "
            f"{_level_step_select(dialect)}"
        )
    )


def differences(connection: Connection) -> list[tuple[Any, ...]]:
    """Roll-up rows missing, extra or different from what the log says (empty: in step)."""
    dialect = connection.dialect.name
    person = _person_month_select(dialect)
    stored = "SELECT client, person_id, month, n, points, first_day, last_day FROM kpi_person_month"
    kinds = "SELECT client, day, kind, n FROM kpi_kind_day"
    years = "SELECT client, person_id, year, n, last_day FROM kpi_person_year"
    steps = "SELECT client, person_id, at, to_level, n FROM kpi_level_step"
    months = "SELECT client, month, people FROM kpi_month"
    found: list[tuple[Any, ...]] = []
    pairs = (
        (person, stored),
        (_person_year_select(dialect), years),
        (_KIND_DAY_SELECT, kinds),
        (_level_step_select(dialect), steps),
        (_month_select(dialect), months),
    )
    for expected, actual in pairs:
        for left, right, side in ((expected, actual, "missing"), (actual, expected, "extra")):
            rows = connection.execute(text(f"{left} EXCEPT {right}")).all()
            found += [(side, *row) for row in rows]
    return found
