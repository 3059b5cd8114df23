"""KPI speed: level changes as integers, people per month (roll-ups kept by triggers), indexes

Revision ID: 0011_kpi_speed
Revises: 0010_kpi
Create Date: 2026-12-12 09:00:00

`kpi_level_step` (client, person, instant as microseconds since 1970 UTC, level: how many
changes) mirrors `level_change` in integers, so the card finds each person's level at
the period's two bounds with integer comparisons only (no date formatting per row).
Triggers keep it in step with any insert, update or delete on `level_change`, in the same
transaction; existing rows are copied once here.

`kpi_month` (client, month: how many people have approved contributions that month)
counts the rows of `kpi_person_month`: triggers on that roll-up add one when a person's
first approved contribution of a month appears and take it back when their last goes, so
the active people per month are read without counting anyone. Existing months are counted
once here.

Covering indexes for the card's other reads: the NPS answers of a period
(`ix_nps_answer_period` gains the person, survey and score) and the solicitation answers
of a period (`ix_solicitation_response_kpi`): both read without touching the tables. And
`ix_person_staff` (partial): the people whose last role seen is a staff one, without a scan.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0011_kpi_speed"
down_revision: str | None = "0010_kpi"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TEXT = sqlmodel.sql.sqltypes.AutoString
WATCHED = "client, person_id, to_level, changed_at"
NPS_COLUMNS = ["client", "answered_at", "person_id", "survey", "score"]
STAFF_ROLE = "role IN ('community_manager', 'facilitator')"
RESPONSE_COLUMNS = [
    "client",
    "invited_at",
    "person_id",
    "status",
    "answered_at",
    "response_delay_seconds",
]


def sqlite_micros(column: str) -> str:
    """Microseconds since 1970 of a time stored by SQLAlchemy on SQLite ('… hh:mm:ss.ffffff')."""
    return (
        f"(CAST(strftime('%s', {column}) AS INTEGER) * 1000000 "
        f"+ CAST(substr({column} || '.000000', 21, 6) AS INTEGER))"
    )


def postgres_micros(column: str) -> str:
    return f"(EXTRACT(EPOCH FROM {column}) * 1000000)::bigint"


def _sqlite_add(r: str) -> str:
    return f"""
    INSERT INTO kpi_level_step (client, person_id, at, to_level, n)
    VALUES ({r}.client, {r}.person_id, {sqlite_micros(f"{r}.changed_at")}, {r}.to_level, 1)
    ON CONFLICT (client, person_id, at, to_level) DO UPDATE SET n = n + 1;"""


def _sqlite_remove(r: str) -> str:
    key = (
        f"client = {r}.client AND person_id = {r}.person_id "
        f"AND at = {sqlite_micros(f'{r}.changed_at')} AND to_level = {r}.to_level"
    )
    return f"""
    UPDATE kpi_level_step SET n = n - 1 WHERE {key};
    DELETE FROM kpi_level_step WHERE {key} AND n <= 0;"""


SQLITE_TRIGGERS = {
    "kpi_level_change_insert": f"AFTER INSERT ON level_change BEGIN {_sqlite_add('NEW')} END",
    "kpi_level_change_delete": f"AFTER DELETE ON level_change BEGIN {_sqlite_remove('OLD')} END",
    "kpi_level_change_update": (
        f"AFTER UPDATE OF {WATCHED} ON level_change BEGIN "
        f"{_sqlite_remove('OLD')} {_sqlite_add('NEW')} END"
    ),
}

MONTH_KEY = "client = {r}.client AND month = {r}.month"


def _sqlite_month_add(r: str) -> str:
    return f"""
    INSERT INTO kpi_month (client, month, people) VALUES ({r}.client, {r}.month, 1)
    ON CONFLICT (client, month) DO UPDATE SET people = people + 1;"""


def _sqlite_month_remove(r: str) -> str:
    key = MONTH_KEY.format(r=r)
    return f"""
    UPDATE kpi_month SET people = people - 1 WHERE {key};
    DELETE FROM kpi_month WHERE {key} AND people <= 0;"""


SQLITE_MONTH_TRIGGERS = {
    "kpi_person_month_insert": (
        f"AFTER INSERT ON kpi_person_month BEGIN {_sqlite_month_add('NEW')} END"
    ),
    "kpi_person_month_delete": (
        f"AFTER DELETE ON kpi_person_month BEGIN {_sqlite_month_remove('OLD')} END"
    ),
    "kpi_person_month_update": (
        "AFTER UPDATE OF client, month ON kpi_person_month BEGIN "
        f"{_sqlite_month_remove('OLD')} {_sqlite_month_add('NEW')} END"
    ),
}

POSTGRES_MONTH_FUNCTION = f"""
CREATE OR REPLACE FUNCTION kpi_person_month_people() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE kpi_month SET people = people - 1 WHERE {MONTH_KEY.format(r="OLD")};
        DELETE FROM kpi_month WHERE {MONTH_KEY.format(r="OLD")} AND people <= 0;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO kpi_month AS k (client, month, people) VALUES (NEW.client, NEW.month, 1)
        ON CONFLICT (client, month) DO UPDATE SET people = k.people + 1;
    END IF;
    RETURN NULL;
END $$
"""
POSTGRES_MONTH_TRIGGER = (
    "CREATE TRIGGER kpi_person_month_people AFTER INSERT OR DELETE OR UPDATE OF client, month "
    "ON kpi_person_month FOR EACH ROW EXECUTE FUNCTION kpi_person_month_people()"
)

POSTGRES_FUNCTION = f"""
CREATE OR REPLACE FUNCTION kpi_level_change_step() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE kpi_level_step SET n = n - 1
        WHERE client = OLD.client AND person_id = OLD.person_id
            AND at = {postgres_micros("OLD.changed_at")} AND to_level = OLD.to_level;
        DELETE FROM kpi_level_step
        WHERE client = OLD.client AND person_id = OLD.person_id
            AND at = {postgres_micros("OLD.changed_at")} AND to_level = OLD.to_level
            AND n <= 0;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO kpi_level_step AS k (client, person_id, at, to_level, n)
        VALUES (NEW.client, NEW.person_id, {postgres_micros("NEW.changed_at")}, NEW.to_level, 1)
        ON CONFLICT (client, person_id, at, to_level) DO UPDATE SET n = k.n + 1;
    END IF;
    RETURN NULL;
END $$
"""
POSTGRES_TRIGGER = (
    "CREATE TRIGGER kpi_level_change_step AFTER INSERT OR DELETE OR UPDATE OF "
    f"{WATCHED} ON level_change FOR EACH ROW EXECUTE FUNCTION kpi_level_change_step()"
)


def backfill_statement(dialect: str) -> str:
    micros = postgres_micros if dialect == "postgresql" else sqlite_micros
    return (
        "INSERT INTO kpi_level_step (client, person_id, at, to_level, n) "
        f"SELECT client, person_id, {micros('changed_at')}, to_level, COUNT(*) "
        f"FROM level_change GROUP BY client, person_id, {micros('changed_at')}, to_level"
    )


def upgrade() -> None:
    op.create_table(
        "kpi_level_step",
        sa.Column("client", _TEXT(length=63), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.BigInteger(), nullable=False),
        sa.Column("to_level", _TEXT(length=40), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("client", "person_id", "at", "to_level"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "kpi_month",
        sa.Column("client", _TEXT(length=63), nullable=False),
        sa.Column("month", sa.Integer(), nullable=False),
        sa.Column("people", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("client", "month"),
        sqlite_with_rowid=False,
    )
    dialect = op.get_bind().dialect.name
    op.execute(backfill_statement(dialect))
    op.execute(
        "INSERT INTO kpi_month (client, month, people) "
        "SELECT client, month, COUNT(*) FROM kpi_person_month GROUP BY client, month"
    )
    if dialect == "postgresql":
        for statement in (POSTGRES_FUNCTION, POSTGRES_TRIGGER):
            op.execute(statement)
        for statement in (POSTGRES_MONTH_FUNCTION, POSTGRES_MONTH_TRIGGER):
            op.execute(statement)
    else:
        for name, body in {**SQLITE_TRIGGERS, **SQLITE_MONTH_TRIGGERS}.items():
            op.execute(f"CREATE TRIGGER {name} {body}")
    with op.batch_alter_table("nps_answer", schema=None) as batch_op:
        batch_op.drop_index("ix_nps_answer_period")
        batch_op.create_index("ix_nps_answer_period", NPS_COLUMNS, unique=False)
    with op.batch_alter_table("solicitation_response", schema=None) as batch_op:
        batch_op.create_index("ix_solicitation_response_kpi", RESPONSE_COLUMNS, unique=False)
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(
            "ix_person_staff",
            ["client"],
            unique=False,
            sqlite_where=sa.text(STAFF_ROLE),
            postgresql_where=sa.text(STAFF_ROLE),
        )


def downgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index("ix_person_staff")
    with op.batch_alter_table("solicitation_response", schema=None) as batch_op:
        batch_op.drop_index("ix_solicitation_response_kpi")
    with op.batch_alter_table("nps_answer", schema=None) as batch_op:
        batch_op.drop_index("ix_nps_answer_period")
        batch_op.create_index("ix_nps_answer_period", ["client", "answered_at"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS kpi_person_month_people ON kpi_person_month")
        op.execute("DROP FUNCTION IF EXISTS kpi_person_month_people()")
        op.execute("DROP TRIGGER IF EXISTS kpi_level_change_step ON level_change")
        op.execute("DROP FUNCTION IF EXISTS kpi_level_change_step()")
    else:
        for name in {**SQLITE_TRIGGERS, **SQLITE_MONTH_TRIGGERS}:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("kpi_month")
    op.drop_table("kpi_level_step")
