"""Issue 17 item 5: the KPI roll-ups stay equal to the contribution log, whatever writes it
(inserts, approvals, rejections, corrections of day, kind or person, deletions), on SQLite
and PostgreSQL; and the migration sums the rows that existed before it."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

from alembic import command
from alembic.config import Config
from sqlalchemy import bindparam, inspect, text
from sqlmodel.sql.sqltypes import UTCDateTime

from bot.contributions.tables import Contribution, LevelChange
from bot.kpi.rollup import differences, rebuild
from bot.people.tables import Person
from bot.store import Database
from bot.store.database import MIGRATIONS_DIR

KINDS = ("review", "event", "testimonial")


def downgrade(db: Database, revision: str) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def _people(db: Database, client: str, count: int) -> list[int]:
    with db.session() as session:
        rows = [Person(client=client, name=f"p{i}") for i in range(count)]
        session.add_all(rows)
        session.flush()
        return [row.id or 0 for row in rows]


def test_i17_5_rollups_follow_every_change_of_the_log(database: Database) -> None:
    rng = random.Random(17)
    people = _people(database, "acme", 6) + _people(database, "other", 2)
    start = date(2026, 1, 25)
    with database.session() as session:
        for _ in range(120):
            session.add(
                Contribution(
                    client="acme" if rng.random() < 0.8 else "other",
                    person_id=rng.choice(people),
                    kind=rng.choice(KINDS),
                    occurred_on=start + timedelta(days=rng.randrange(70)),
                    points=rng.choice((0, 10, 20, 50)),
                    status=rng.choice(("approved", "approved", "pending", "rejected")),
                )
            )
    with database.engine.connect() as connection:
        assert differences(connection) == []
    with database.engine.begin() as connection:
        ids = [row[0] for row in connection.execute(text("SELECT id FROM contribution"))]
        for contribution_id in rng.sample(ids, 60):
            change = rng.randrange(6)
            values = {"id": contribution_id}
            if change == 0:
                sql, values["v"] = "UPDATE contribution SET status = :v WHERE id = :id", "approved"
            elif change == 1:
                sql, values["v"] = "UPDATE contribution SET status = :v WHERE id = :id", "rejected"
            elif change == 2:
                sql = "UPDATE contribution SET occurred_on = :v WHERE id = :id"
                values["v"] = start + timedelta(days=rng.randrange(70))
            elif change == 3:
                sql, values["v"] = "UPDATE contribution SET kind = :v WHERE id = :id", "event"
            elif change == 4:
                sql, values["v"] = "UPDATE contribution SET points = :v WHERE id = :id", 7
            else:
                sql = "DELETE FROM contribution WHERE id = :id"
            if "occurred_on" in sql:
                from sqlalchemy import bindparam
                from sqlalchemy.types import Date

                statement = text(sql).bindparams(bindparam("v", type_=Date()))
            else:
                statement = text(sql)
            connection.execute(statement, values)
    with database.engine.connect() as connection:
        assert differences(connection) == []
        months = connection.execute(text("SELECT COUNT(*) FROM kpi_person_month")).scalar_one()
        assert months > 0


def test_i17_5_rebuild_and_the_migration_sum_existing_rows(database: Database) -> None:
    [person] = _people(database, "acme", 1)
    with database.session() as session:
        for day in (date(2026, 3, 1), date(2026, 3, 20), date(2026, 4, 2)):
            row = Contribution(client="acme", person_id=person, kind="review", occurred_on=day)
            row.points, row.status = 20, "approved"
            session.add(row)
    with database.engine.begin() as connection:
        connection.execute(text("DELETE FROM kpi_person_month"))
        assert differences(connection) != []
        rebuild(connection)
        assert differences(connection) == []
        rows = connection.execute(
            text(
                "SELECT month, n, points, first_day, last_day FROM kpi_person_month ORDER BY month"
            )
        ).all()
    assert [tuple(r) for r in rows] == [
        (2026 * 12 + 2, 2, 40, 20260301, 20260320),
        (2026 * 12 + 3, 1, 20, 20260402, 20260402),
    ]
    downgrade(database, "0009_contributions")  # drops the roll-ups and their triggers
    database.migrate()  # creates them again, summing the rows already there
    with database.engine.connect() as connection:
        assert differences(connection) == []
        count = connection.execute(text("SELECT COUNT(*) FROM kpi_kind_day")).scalar_one()
    assert count == 3


def test_i17_5_level_steps_and_month_heads_follow_their_tables(database: Database) -> None:
    """`kpi_level_step` follows `level_change` (inserts, changes of person, instant or
    level, deletions, two changes at one instant) and `kpi_month` the people per month,
    through the triggers, the rebuild and the migration."""
    rng = random.Random(11)
    people = _people(database, "acme", 4)
    moments = [datetime(2026, 1, 1, 9, tzinfo=UTC) + timedelta(hours=7 * i) for i in range(6)]
    with database.session() as session:
        for _ in range(30):
            session.add(
                LevelChange(
                    client="acme",
                    person_id=rng.choice(people),
                    to_level=rng.choice(("active", "expert", "champion")),
                    direction="up",
                    changed_at=rng.choice(moments).replace(microsecond=rng.choice((0, 250))),
                )
            )
            session.add(
                Contribution(
                    client="acme",
                    person_id=rng.choice(people),
                    kind="review",
                    occurred_on=date(2026, 1, 1) + timedelta(days=rng.randrange(90)),
                    points=20,
                    status="approved",
                )
            )
    with database.engine.connect() as connection:
        assert differences(connection) == []
    with database.engine.begin() as connection:
        ids = [row[0] for row in connection.execute(text("SELECT id FROM level_change"))]
        for change_id in rng.sample(ids, 15):
            sql = rng.choice(
                (
                    "UPDATE level_change SET person_id = :v WHERE id = :id",
                    "UPDATE level_change SET to_level = 'member' WHERE id = :id",
                    "UPDATE level_change SET changed_at = :t WHERE id = :id",
                    "DELETE FROM level_change WHERE id = :id",
                )
            )
            statement = text(sql)
            if ":t" in sql:
                statement = statement.bindparams(bindparam("t", type_=UTCDateTime()))
            connection.execute(
                statement, {"id": change_id, "v": rng.choice(people), "t": rng.choice(moments)}
            )
        contribution_ids = [
            row[0] for row in connection.execute(text("SELECT id FROM contribution"))
        ]
        for contribution_id in rng.sample(contribution_ids, 10):
            connection.execute(
                text("DELETE FROM contribution WHERE id = :id"), {"id": contribution_id}
            )
    with database.engine.connect() as connection:
        assert differences(connection) == []
        steps = connection.execute(text("SELECT COUNT(*) FROM kpi_level_step")).scalar_one()
        heads = connection.execute(text("SELECT COUNT(*) FROM kpi_month")).scalar_one()
    assert steps > 0 and heads == 3  # January to March
    with database.engine.begin() as connection:
        connection.execute(text("DELETE FROM kpi_level_step"))
        assert differences(connection) != []
        rebuild(connection)
        assert differences(connection) == []
    downgrade(database, "0010_kpi")  # drops the level steps, the month heads, their triggers
    with database.engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
    assert "kpi_person_month" in tables and not {"kpi_level_step", "kpi_month"} & tables
    database.migrate()  # creates them again from the rows already there
    with database.engine.connect() as connection:
        assert differences(connection) == []
