"""Issue 17, item 1: the contribution tables on SQLite and PostgreSQL (migration 0009)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError

from bot.contributions.tables import BadgeAward, Contribution, NpsAnswer
from bot.people import Roster
from bot.people.roster import RosterEntry
from bot.store import Database
from bot.store.database import MIGRATIONS_DIR

TABLES = {"contribution", "level_change", "badge_award", "person_preference", "nps_answer"}
NOW = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)


def _person(db: Database) -> int:
    roster = Roster(db)
    roster.import_entries("acme", [RosterEntry("slack", "U1", "Léa")])
    (view,) = roster.everyone("acme")
    assert view.person.id is not None
    return view.person.id


def test_i17_1_tables_match_the_migration(database: Database) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    with database.engine.connect() as connection:
        diff = compare_metadata(
            MigrationContext.configure(connection, opts={"compare_type": True}),
            SQLModel.metadata,
        )
    ours = [d for d in diff if any(t in repr(d) for t in TABLES)]
    assert ours == []


def test_i17_1_migration_goes_down_and_up(empty_database: Database) -> None:
    empty_database.migrate()
    assert set(inspect(empty_database.engine).get_table_names()) >= TABLES
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with empty_database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0008_solicitations")
    tables = set(inspect(empty_database.engine).get_table_names())
    assert not TABLES & tables and "solicitation_response" in tables
    empty_database.migrate()
    assert set(inspect(empty_database.engine).get_table_names()) >= TABLES


def test_i17_1_same_proof_is_refused_by_the_store(database: Database) -> None:
    person_id = _person(database)
    with database.session() as session:
        session.add(
            Contribution(
                client="acme",
                person_id=person_id,
                kind="review",
                occurred_on=date(2027, 2, 1),
                proof_url="https://example.org/avis/1",
            )
        )
        # Two rows without proof are fine (NULLs are distinct).
        for _ in range(2):
            session.add(
                Contribution(
                    client="acme", person_id=person_id, kind="other", occurred_on=date(2027, 2, 2)
                )
            )
    with pytest.raises(IntegrityError), database.session() as session:
        session.add(
            Contribution(
                client="acme",
                person_id=person_id,
                kind="review",
                occurred_on=date(2027, 2, 3),
                proof_url="https://example.org/avis/1",
            )
        )
    with database.session() as session:  # another client may hold the same link
        session.add(
            Contribution(
                client="globex",
                person_id=person_id,
                kind="review",
                occurred_on=date(2027, 2, 3),
                proof_url="https://example.org/avis/1",
            )
        )


def test_i17_1_a_badge_once_and_nps_scores_within_0_to_10(database: Database) -> None:
    person_id = _person(database)
    with database.session() as session:
        session.add(BadgeAward(client="acme", person_id=person_id, badge="first_contribution"))
    with pytest.raises(IntegrityError), database.session() as session:
        session.add(BadgeAward(client="acme", person_id=person_id, badge="first_contribution"))
    with pytest.raises(IntegrityError), database.session() as session:
        session.add(NpsAnswer(client="acme", person_id=person_id, score=11, survey="2027-03"))
    with database.session() as session:
        session.add(NpsAnswer(client="acme", person_id=person_id, score=9, survey="2027-03"))
