"""Roll-ups of the contribution log, kept by database triggers (migration 0010).

The KPI card must stay fast on a program with a million contributions, on SQLite too: a
year's approved contributions are ~10^5 rows, too many to scan on every `kpi`. So the
database keeps small summaries of the approved rows, updated by triggers on
`contribution` in the same transaction as any insert, update or delete (whatever code or
import wrote the row):

- `kpi_person_month`: per client, calendar month (of `occurred_on`) and person: how many
  approved contributions, their points, the first and last day (integers, compared fast:
  the month as year * 12 + month - 1, the days as yyyymmdd);
- `kpi_person_year`: the same per year (count and last day), for whole years;
- `kpi_kind_day`: per client, day and kind: how many approved contributions.

A period that cuts a month reads the cut part from `contribution` itself (`bot.kpi.sources`).
`bot.kpi.rollup.rebuild` recomputes them from the log (after a bulk load without triggers).

`kpi_level_step` (migration 0011) mirrors `level_change` in integers: per client, person,
instant (microseconds since 1970, UTC) and level, how many changes; the card reads each
person's level at the period's bounds from it with integer comparisons only.

`kpi_month` (migration 0011): per client and month, how many people have approved
contributions that month (the rows of `kpi_person_month`, counted by triggers on it).

`kpi_survey_wave` records each NPS survey wave decided by the scheduler (`bot.kpi.survey`).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Column, Index, UniqueConstraint
from sqlmodel import Field, SQLModel


class KpiPersonMonth(SQLModel, table=True):
    __tablename__ = "kpi_person_month"
    __table_args__ = (
        # Covering: a range of months is read without touching the table.
        Index(
            "ix_kpi_person_month_month", "client", "month", "person_id", "n", "points", "last_day"
        ),
        {"sqlite_with_rowid": False},
    )

    client: str = Field(primary_key=True, max_length=63)
    person_id: int = Field(primary_key=True)
    month: int = Field(primary_key=True)  # year * 12 + month - 1 (2026-03: 24314)
    n: int  # approved contributions
    points: int  # their points
    first_day: int  # yyyymmdd (20260305)
    last_day: int


class KpiPersonYear(SQLModel, table=True):
    """Per client, year and person: approved contributions and the last day (whole years)."""

    __tablename__ = "kpi_person_year"
    __table_args__ = ({"sqlite_with_rowid": False},)

    client: str = Field(primary_key=True, max_length=63)
    person_id: int = Field(primary_key=True)
    year: int = Field(primary_key=True)
    n: int
    last_day: int  # yyyymmdd


class KpiKindDay(SQLModel, table=True):
    __tablename__ = "kpi_kind_day"
    __table_args__ = ({"sqlite_with_rowid": False},)

    client: str = Field(primary_key=True, max_length=63)
    day: date = Field(primary_key=True)
    kind: str = Field(primary_key=True, max_length=40)
    n: int  # approved contributions


class KpiLevelStep(SQLModel, table=True):
    """Per client, person, instant and level: how many level changes (kept by triggers)."""

    __tablename__ = "kpi_level_step"
    __table_args__ = ({"sqlite_with_rowid": False},)

    client: str = Field(primary_key=True, max_length=63)
    person_id: int = Field(primary_key=True)
    at: int = Field(sa_column=Column(BigInteger, primary_key=True))  # µs since 1970, UTC
    to_level: str = Field(primary_key=True, max_length=40)
    n: int


class KpiMonth(SQLModel, table=True):
    """Per client and month: the people with approved contributions (kept by triggers)."""

    __tablename__ = "kpi_month"
    __table_args__ = ({"sqlite_with_rowid": False},)

    client: str = Field(primary_key=True, max_length=63)
    month: int = Field(primary_key=True)  # year * 12 + month - 1
    people: int


class KpiSurveyWave(SQLModel, table=True):
    """One wave of the ambassadors' NPS survey: decided once per client and wave id."""

    __tablename__ = "kpi_survey_wave"
    __table_args__ = (UniqueConstraint("client", "survey", name="uq_kpi_survey_wave"),)

    id: int | None = Field(default=None, primary_key=True)
    client: str = Field(max_length=63)
    survey: str = Field(max_length=40)  # "2027-01": the month the wave starts
    session_id: int = Field(foreign_key="workshop_session.id")  # the workshop run of `nps`
    started_at: datetime
    closes_at: datetime  # answers are taken until then
    invited: int = 0  # people the invitation was decided for
    closed_at: datetime | None = None
