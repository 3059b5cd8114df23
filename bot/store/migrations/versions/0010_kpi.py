"""KPI roll-ups of approved contributions, kept by triggers on `contribution`; NPS survey waves

Revision ID: 0010_kpi
Revises: 0009_contributions
Create Date: 2026-12-10 12:00:00

`kpi_person_month` (client, person, month: count, points, first and last day; the month as
an integer year*12 + month - 1 and the days as yyyymmdd integers, compared fast),
`kpi_person_year` (client, person, year: count, last day) and
`kpi_kind_day` (client, day, kind: count) summarise the approved rows; triggers keep them
in step in the same transaction as any insert, update or delete on `contribution`, with
deltas (+1/-1) so that concurrent writers on PostgreSQL add up. Existing rows are summed
once here. `kpi_survey_wave`: each NPS survey wave, decided once per client and wave.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0010_kpi"
down_revision: str | None = "0009_contributions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TEXT = sqlmodel.sql.sqltypes.AutoString
_TIME = sqlmodel.sql.sqltypes.UTCDateTime
WATCHED = "client, person_id, kind, occurred_on, points, status"


# -- SQLite: one trigger per event; each statement checks the row's status itself. -------
def _sqlite_month(column: str) -> str:
    return (
        f"(CAST(substr({column}, 1, 4) AS INTEGER) * 12 + CAST(substr({column}, 6, 2) AS INTEGER)"
        " - 1)"
    )


def _sqlite_day(column: str) -> str:
    return f"CAST(replace({column}, '-', '') AS INTEGER)"


def _sqlite_add(r: str) -> str:
    month = _sqlite_month(f"{r}.occurred_on")
    day = _sqlite_day(f"{r}.occurred_on")
    return f"""
    INSERT INTO kpi_person_month (client, person_id, month, n, points, first_day, last_day)
    SELECT {r}.client, {r}.person_id, {month}, 1, {r}.points, {day}, {day}
    WHERE {r}.status = 'approved'
    ON CONFLICT (client, person_id, month) DO UPDATE SET n = n + 1,
        points = points + excluded.points, first_day = min(first_day, excluded.first_day),
        last_day = max(last_day, excluded.last_day);
    INSERT INTO kpi_person_year (client, person_id, year, n, last_day)
    SELECT {r}.client, {r}.person_id, CAST(substr({r}.occurred_on, 1, 4) AS INTEGER), 1, {day}
    WHERE {r}.status = 'approved'
    ON CONFLICT (client, person_id, year) DO UPDATE SET n = n + 1,
        last_day = max(last_day, excluded.last_day);
    INSERT INTO kpi_kind_day (client, day, kind, n)
    SELECT {r}.client, {r}.occurred_on, {r}.kind, 1 WHERE {r}.status = 'approved'
    ON CONFLICT (client, day, kind) DO UPDATE SET n = n + 1;"""


def _sqlite_remove(r: str) -> str:
    month = _sqlite_month(f"{r}.occurred_on")
    prefix = f"substr({r}.occurred_on, 1, 7)"
    same_month = (
        f"FROM contribution c WHERE c.client = {r}.client AND c.person_id = {r}.person_id "
        f"AND c.status = 'approved' AND c.occurred_on BETWEEN {prefix} || '-01' "
        f"AND {prefix} || '-31'"
    )
    first, last = _sqlite_day("MIN(c.occurred_on)"), _sqlite_day("MAX(c.occurred_on)")
    key = f"client = {r}.client AND person_id = {r}.person_id AND month = {month}"
    day_key = f"client = {r}.client AND day = {r}.occurred_on AND kind = {r}.kind"
    year = f"substr({r}.occurred_on, 1, 4)"
    same_year = (
        f"FROM contribution c WHERE c.client = {r}.client AND c.person_id = {r}.person_id "
        f"AND c.status = 'approved' AND c.occurred_on BETWEEN {year} || '-01-01' "
        f"AND {year} || '-12-31'"
    )
    year_key = (
        f"client = {r}.client AND person_id = {r}.person_id AND year = CAST({year} AS INTEGER)"
    )
    return f"""
    UPDATE kpi_person_month SET n = n - 1, points = points - {r}.points,
        first_day = COALESCE((SELECT {first} {same_month}), first_day),
        last_day = COALESCE((SELECT {last} {same_month}), last_day)
    WHERE {key} AND {r}.status = 'approved';
    DELETE FROM kpi_person_month WHERE {key} AND n <= 0;
    UPDATE kpi_person_year SET n = n - 1,
        last_day = COALESCE((SELECT {last} {same_year}), last_day)
    WHERE {year_key} AND {r}.status = 'approved';
    DELETE FROM kpi_person_year WHERE {year_key} AND n <= 0;
    UPDATE kpi_kind_day SET n = n - 1 WHERE {day_key} AND {r}.status = 'approved';
    DELETE FROM kpi_kind_day WHERE {day_key} AND n <= 0;"""


SQLITE_TRIGGERS = {
    "kpi_contribution_insert": f"AFTER INSERT ON contribution BEGIN {_sqlite_add('NEW')} END",
    "kpi_contribution_delete": f"AFTER DELETE ON contribution BEGIN {_sqlite_remove('OLD')} END",
    "kpi_contribution_update": (
        f"AFTER UPDATE OF {WATCHED} ON contribution BEGIN "
        f"{_sqlite_remove('OLD')} {_sqlite_add('NEW')} END"
    ),
}

# -- PostgreSQL: one trigger function. ------------------------------------------------------
POSTGRES_FUNCTION = """
CREATE OR REPLACE FUNCTION kpi_contribution_rollup() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    m integer;
    y integer;
    first_of date;
    next_first date;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status = 'approved' THEN
        m := EXTRACT(YEAR FROM OLD.occurred_on)::int * 12
            + EXTRACT(MONTH FROM OLD.occurred_on)::int - 1;
        first_of := date_trunc('month', OLD.occurred_on)::date;
        next_first := (first_of + interval '1 month')::date;
        UPDATE kpi_person_month k SET n = k.n - 1, points = k.points - OLD.points,
            first_day = COALESCE((SELECT to_char(MIN(c.occurred_on), 'YYYYMMDD')::int
                FROM contribution c
                WHERE c.client = OLD.client AND c.person_id = OLD.person_id
                AND c.status = 'approved' AND c.occurred_on >= first_of
                AND c.occurred_on < next_first), k.first_day),
            last_day = COALESCE((SELECT to_char(MAX(c.occurred_on), 'YYYYMMDD')::int
                FROM contribution c
                WHERE c.client = OLD.client AND c.person_id = OLD.person_id
                AND c.status = 'approved' AND c.occurred_on >= first_of
                AND c.occurred_on < next_first), k.last_day)
        WHERE k.client = OLD.client AND k.person_id = OLD.person_id AND k.month = m;
        DELETE FROM kpi_person_month
        WHERE client = OLD.client AND person_id = OLD.person_id AND month = m AND n <= 0;
        y := EXTRACT(YEAR FROM OLD.occurred_on)::int;
        UPDATE kpi_person_year k SET n = k.n - 1,
            last_day = COALESCE((SELECT to_char(MAX(c.occurred_on), 'YYYYMMDD')::int
                FROM contribution c
                WHERE c.client = OLD.client AND c.person_id = OLD.person_id
                AND c.status = 'approved' AND c.occurred_on >= make_date(y, 1, 1)
                AND c.occurred_on < make_date(y + 1, 1, 1)), k.last_day)
        WHERE k.client = OLD.client AND k.person_id = OLD.person_id AND k.year = y;
        DELETE FROM kpi_person_year
        WHERE client = OLD.client AND person_id = OLD.person_id AND year = y AND n <= 0;
        UPDATE kpi_kind_day SET n = n - 1
        WHERE client = OLD.client AND day = OLD.occurred_on AND kind = OLD.kind;
        DELETE FROM kpi_kind_day
        WHERE client = OLD.client AND day = OLD.occurred_on AND kind = OLD.kind AND n <= 0;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.status = 'approved' THEN
        INSERT INTO kpi_person_month AS k
            (client, person_id, month, n, points, first_day, last_day)
        VALUES (NEW.client, NEW.person_id,
            EXTRACT(YEAR FROM NEW.occurred_on)::int * 12
                + EXTRACT(MONTH FROM NEW.occurred_on)::int - 1,
            1, NEW.points, to_char(NEW.occurred_on, 'YYYYMMDD')::int,
            to_char(NEW.occurred_on, 'YYYYMMDD')::int)
        ON CONFLICT (client, person_id, month) DO UPDATE SET n = k.n + 1,
            points = k.points + EXCLUDED.points,
            first_day = LEAST(k.first_day, EXCLUDED.first_day),
            last_day = GREATEST(k.last_day, EXCLUDED.last_day);
        INSERT INTO kpi_person_year AS k (client, person_id, year, n, last_day)
        VALUES (NEW.client, NEW.person_id, EXTRACT(YEAR FROM NEW.occurred_on)::int, 1,
            to_char(NEW.occurred_on, 'YYYYMMDD')::int)
        ON CONFLICT (client, person_id, year) DO UPDATE SET n = k.n + 1,
            last_day = GREATEST(k.last_day, EXCLUDED.last_day);
        INSERT INTO kpi_kind_day AS k (client, day, kind, n)
        VALUES (NEW.client, NEW.occurred_on, NEW.kind, 1)
        ON CONFLICT (client, day, kind) DO UPDATE SET n = k.n + 1;
    END IF;
    RETURN NULL;
END $$
"""
POSTGRES_TRIGGER = (
    "CREATE TRIGGER kpi_contribution_rollup AFTER INSERT OR DELETE OR UPDATE OF "
    f"{WATCHED} ON contribution FOR EACH ROW EXECUTE FUNCTION kpi_contribution_rollup()"
)


def backfill_statements(dialect: str) -> list[str]:
    if dialect == "postgresql":
        month = (
            "(EXTRACT(YEAR FROM occurred_on)::int * 12 + EXTRACT(MONTH FROM occurred_on)::int - 1)"
        )
        first = "to_char(MIN(occurred_on), 'YYYYMMDD')::int"
        last = "to_char(MAX(occurred_on), 'YYYYMMDD')::int"
    else:
        month = _sqlite_month("occurred_on")
        first, last = _sqlite_day("MIN(occurred_on)"), _sqlite_day("MAX(occurred_on)")
    year = (
        "EXTRACT(YEAR FROM occurred_on)::int"
        if dialect == "postgresql"
        else ("CAST(substr(occurred_on, 1, 4) AS INTEGER)")
    )
    return [
        "DELETE FROM kpi_person_month",
        "DELETE FROM kpi_person_year",
        "DELETE FROM kpi_kind_day",
        "INSERT INTO kpi_person_year (client, person_id, year, n, last_day) "
        f"SELECT client, person_id, {year}, COUNT(*), {last} "
        f"FROM contribution WHERE status = 'approved' GROUP BY client, person_id, {year}",
        "INSERT INTO kpi_person_month (client, person_id, month, n, points, first_day, last_day) "
        f"SELECT client, person_id, {month}, COUNT(*), SUM(points), {first}, {last} "
        f"FROM contribution WHERE status = 'approved' GROUP BY client, person_id, {month}",
        "INSERT INTO kpi_kind_day (client, day, kind, n) SELECT client, occurred_on, kind, "
        "COUNT(*) FROM contribution WHERE status = 'approved' GROUP BY client, occurred_on, kind",
    ]


def upgrade() -> None:
    op.create_table(
        "kpi_person_month",
        sa.Column("client", _TEXT(length=63), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.Integer(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("first_day", sa.Integer(), nullable=False),
        sa.Column("last_day", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("client", "person_id", "month"),
        sqlite_with_rowid=False,
    )
    op.create_index(
        "ix_kpi_person_month_month",
        "kpi_person_month",
        ["client", "month", "person_id", "n", "points", "last_day"],
    )
    op.create_table(
        "kpi_person_year",
        sa.Column("client", _TEXT(length=63), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("last_day", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("client", "person_id", "year"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "kpi_kind_day",
        sa.Column("client", _TEXT(length=63), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", _TEXT(length=40), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("client", "day", "kind"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "kpi_survey_wave",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client", _TEXT(length=63), nullable=False),
        sa.Column("survey", _TEXT(length=40), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("started_at", _TIME(), nullable=False),
        sa.Column("closes_at", _TIME(), nullable=False),
        sa.Column("invited", sa.Integer(), nullable=False),
        sa.Column("closed_at", _TIME(), nullable=True),
        sa.ForeignKeyConstraint(["session_id"], ["workshop_session.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("client", "survey", name="uq_kpi_survey_wave"),
    )
    dialect = op.get_bind().dialect.name
    for statement in backfill_statements(dialect):
        op.execute(statement)
    if dialect == "postgresql":
        op.execute(POSTGRES_FUNCTION)
        op.execute(POSTGRES_TRIGGER)
    else:
        for name, body in SQLITE_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS kpi_contribution_rollup ON contribution")
        op.execute("DROP FUNCTION IF EXISTS kpi_contribution_rollup()")
    else:
        for name in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("kpi_survey_wave")
    op.drop_table("kpi_kind_day")
    op.drop_table("kpi_person_year")
    op.drop_index("ix_kpi_person_month_month", table_name="kpi_person_month")
    op.drop_table("kpi_person_month")
