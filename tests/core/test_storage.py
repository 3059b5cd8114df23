"""Storage on SQLite, and on PostgreSQL when AMBASSADE_TEST_POSTGRES_URL is set."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import inspect

from bot.store import Database
from bot.store.conversations import ConversationStore


def test_migrations_create_the_tables_and_are_idempotent(database: Database):
    database.migrate()  # a second run changes nothing and does not fail
    tables = set(inspect(database.engine).get_table_names())
    assert {"conversation", "processed_event", "person", "person_identity"} <= tables
    assert "user_profile" not in tables  # became people (migration 0007)


def test_event_keys_are_recorded_once(database: Database):
    store = ConversationStore(database)
    assert store.first_time_seen("slack:T1:Ev1") is True
    assert store.first_time_seen("slack:T1:Ev1") is False
    assert store.first_time_seen("slack:T1:Ev2") is True
    assert store.forget_events_older_than(timedelta(days=-1)) == 2
    assert store.first_time_seen("slack:T1:Ev1") is True


def test_conversation_state_round_trip_with_unicode(database: Database):
    store = ConversationStore(database)
    assert store.load_state("k") == {}
    state = {"active_flow": "workshop", "answers": ["Élan", "créer du lien 🤝"], "step": 3}
    store.save_state("k", client="acme", platform="console", user_id="lea", state=state)
    assert store.load_state("k") == state
    store.save_state("k", client="acme", platform="console", user_id="lea", state={"step": 4})
    assert store.load_state("k") == {"step": 4}


def test_state_survives_a_new_connection(database: Database):
    ConversationStore(database).save_state(
        "k", client="acme", platform="console", user_id="lea", state={"step": 2}
    )
    database.engine.dispose()
    assert ConversationStore(database).load_state("k") == {"step": 2}
