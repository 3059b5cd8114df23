"""Issue 20 items 1, 2 and 7 on SQLite and PostgreSQL: notice evidence once per person and
version, consent answers, a departure's rows, and the notices store's export and erasure."""

from __future__ import annotations

from sqlmodel import select

from bot.data_rights.registry import DataSubject, Identity
from bot.notices.consent import ConsentBook
from bot.notices.departure import person_left
from bot.notices.notice import record_first_sight
from bot.notices.personal_data import notices_store
from bot.notices.tables import Consent, NoticeSeen
from bot.outbox import OutboxMessage
from bot.people.roster import Roster
from bot.store.database import Database
from bot.tenants import ClientConfig

ACME = ClientConfig(name="acme", slack={"teams": ["T-ACME"], "handoff_channel": "C-CM"})


def test_i20_notice_consent_departure_and_the_store(database: Database):
    lea = Roster(database).met("acme", "slack", "U1", "Léa")
    assert lea.id is not None
    sight = {"version": "v1", "language": "fr"}
    assert record_first_sight(database, "acme", "slack", "U1", **sight)
    assert not record_first_sight(database, "acme", "slack", "U1", **sight)
    assert record_first_sight(database, "acme", "slack", "U1", version="v2", language="en")
    assert not record_first_sight(database, "acme", "slack", "U-NOBODY", **sight)
    assert not record_first_sight(database, "other", "slack", "U1", **sight)

    book = ConsentBook(database)
    assert not book.has_consented("acme", "slack", "U1")
    book.decide("acme", lea.id, "slack", True)
    assert book.has_consented("acme", "slack", "U1")
    assert not book.has_consented("other", "slack", "U1")
    book.decide("acme", lea.id, "slack", False)
    assert not book.has_consented("acme", "slack", "U1")

    left = person_left(database, ACME, "slack", "U1", how="slack")
    assert left is not None and left.staff_told and left.cancelled == 0
    assert person_left(database, ACME, "slack", "U1", how="slack") is None
    with database.session() as session:
        rows = session.exec(select(OutboxMessage)).all()
        assert sorted((r.kind, r.recipient) for r in rows) == [
            ("departure.grace", "C-CM"),
            ("departure.left", "C-CM"),
        ]

    store = notices_store()
    subject = DataSubject("acme", lea.id, (Identity("slack", "U1", "Léa"),), "Léa")
    with database.session() as session:
        exported = store.export(session, subject)
        assert [(n["version"], n["language"]) for n in exported["notices_seen"]] == [
            ("v1", "fr"),
            ("v2", "en"),
        ]
        assert [(c["topic"], c["consented"]) for c in exported["consents"]] == [("model", False)]
        assert store.erase(session, subject) == {"notice_seen": 2, "consent": 1}
    with database.session() as session:
        assert session.exec(select(NoticeSeen)).all() == []
        assert session.exec(select(Consent)).all() == []


def test_i20_tables_match_the_migration(database: Database):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    import bot.handoff.messages
    import bot.notices.tables  # noqa: F401

    with database.engine.connect() as connection:
        diff = compare_metadata(
            MigrationContext.configure(connection, opts={"compare_type": True}),
            SQLModel.metadata,
        )
    mine = [d for d in diff if any(t in repr(d) for t in ("notice_seen", "consent", "handoff"))]
    assert mine == []


def test_i20_migration_goes_down_and_up(empty_database: Database):
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import inspect

    from bot.store.database import MIGRATIONS_DIR

    empty_database.migrate()
    assert {"notice_seen", "consent"} <= set(inspect(empty_database.engine).get_table_names())
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with empty_database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0014_personas")
    tables = inspect(empty_database.engine).get_table_names()
    assert not {"notice_seen", "model_consent", "consent"} & set(tables) and "person" in tables
    empty_database.migrate()
    assert "notice_seen" in inspect(empty_database.engine).get_table_names()
