"""Issue 17 item 5: the KPI roll-ups stay equal to the contribution log, whatever writes it
(inserts, approvals, rejections, corrections of day, kind or person, deletions), on SQLite
and PostgreSQL; and the migration sums the rows that existed before it."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import text

from bot.contributions.tables import Contribution
from bot.kpi.rollup import differences, rebuild
from bot.people.tables import Person
from bot.store import Database

KINDS = ("review", "event", "testimonial")


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
    database.migrate("0009_contributions")  # drops the roll-ups and their triggers
    database.migrate()  # creates them again, summing the rows already there
    with database.engine.connect() as connection:
        assert differences(connection) == []
        count = connection.execute(text("SELECT COUNT(*) FROM kpi_kind_day")).scalar_one()
    assert count == 3
