"""Issue 16, items 2 and 7: the solicitation tables on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError

from bot.clock import ManualClock
from bot.outbox import Outbox, OutboxMessage
from bot.people import Roster
from bot.people.roster import RosterEntry
from bot.solicitations import (
    Audience,
    ResponseStatus,
    SolicitationBook,
    SolicitationDraft,
    SolicitationResponse,
    check_draft,
)
from bot.store import Database
from bot.store.database import MIGRATIONS_DIR
from bot.tenants import ClientConfig

NOW = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)
SOLICITATION_TABLES = {"solicitation", "solicitation_response", "outbox"}


def people(db: Database) -> Audience:
    roster = Roster(db)
    roster.import_entries(
        "acme",
        [
            RosterEntry("slack", "U1", "Léa", groups=("Ambassadeurs",)),
            RosterEntry("slack", "U2", "Marc", groups=("Ambassadeurs",)),
        ],
    )
    return Audience(roster.everyone("acme"))


def test_i16_2_responses_fill_places_and_cancel_drops_messages(database: Database) -> None:
    config = ClientConfig(name="acme")
    audience = people(database)
    book = SolicitationBook(database, ManualClock(NOW))
    draft = SolicitationDraft(
        title="Salon",
        kind="event",
        deadline="2027-03-20T18:00",
        places="2",
        groups=["ambassadeurs"],
    )
    item, problems = check_draft(draft, config, audience, NOW)
    assert problems == [] and item is not None
    (row,) = book.create([item]).created
    lea, marc = sorted(audience.by_identity.values())
    with database.session() as session:
        for person_id, status in ((lea, ResponseStatus.ACCEPTED), (marc, ResponseStatus.INVITED)):
            session.add(
                SolicitationResponse(
                    client="acme",
                    solicitation_id=row.id,
                    person_id=person_id,
                    status=status.value,
                    invited_at=NOW,
                )
            )
            Outbox.enqueue(
                session,
                key=f"solicitation:{row.id}:person:{person_id}:invitation",
                client="acme",
                kind="invitation",
                solicitation_id=row.id,
                person_id=person_id,
                due_at=NOW + timedelta(hours=1),
            )
    with pytest.raises(IntegrityError), database.session() as session:  # one row per person
        session.add(SolicitationResponse(client="acme", solicitation_id=row.id, person_id=lea))
    view = book.get("acme", row.id)
    assert view.filled == 1 and view.responses == {"accepted": 1, "invited": 1}

    cancelled, dropped = book.cancel("acme", row.id)
    assert cancelled.solicitation.status == "cancelled" and dropped == 2
    with database.session() as session:
        statuses = {m.status for m in session.query(OutboxMessage).all()}
    assert statuses == {"cancelled"}
    assert book.upcoming("acme") == [] and len(book.upcoming("acme", everything=True)) == 1


def test_i16_2_the_migration_goes_both_ways(empty_database: Database) -> None:
    empty_database.migrate()
    assert set(inspect(empty_database.engine).get_table_names()) >= SOLICITATION_TABLES
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with empty_database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0007_people")
    tables = set(inspect(empty_database.engine).get_table_names())
    assert not SOLICITATION_TABLES & tables and "person" in tables
    columns = {c["name"] for c in inspect(empty_database.engine).get_columns("person")}
    assert "reminders_stopped_at" not in columns
    empty_database.migrate()
    assert set(inspect(empty_database.engine).get_table_names()) >= SOLICITATION_TABLES


def test_i16_2_tables_match_the_migration(database: Database) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    with database.engine.connect() as connection:
        diff = compare_metadata(
            MigrationContext.configure(connection, opts={"compare_type": True}),
            SQLModel.metadata,
        )
    ours = [d for d in diff if any(t in repr(d) for t in (*SOLICITATION_TABLES, "person"))]
    assert ours == []
