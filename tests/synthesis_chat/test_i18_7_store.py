"""Issue 18, item 7: each synthesis stored and versioned per client and scope (migration 0012)."""

from __future__ import annotations

from dataclasses import replace

from alembic import command
from alembic.config import Config
from sqlalchemy import inspect

from bot.store.database import MIGRATIONS_DIR
from bot.synthesis.model import Synthesis
from skills.synthesis.store import SynthesisStore
from tests.synthesis_chat.test_i18_5_collect_share import SYNTHESIS

PEOPLE = {"P1": "console:lea"}


def test_i18_7_versions_per_scope_and_the_same_synthesis_is_not_stored_twice(database):
    store = SynthesisStore(database)
    first = store.save("acme", "K7P2Q", SYNTHESIS, people=PEOPLE, created_by="Hugo")
    again = store.save("acme", "K7P2Q", SYNTHESIS, people=PEOPLE, created_by="Zoé")
    changed = replace(SYNTHESIS, participants=9)
    second = store.save("acme", "K7P2Q", changed, people=PEOPLE, created_by="Zoé")
    every = store.save("acme", "all", SYNTHESIS, people=PEOPLE, created_by="Hugo")
    other = store.save("globex", "K7P2Q", SYNTHESIS, people=PEOPLE, created_by="Hugo")
    assert (first.version, first.new) == (1, True)
    assert (again.version, again.new, again.created_by) == (1, False, "Hugo")
    assert (second.version, second.new) == (2, True)
    assert (every.version, other.version) == (1, 1)
    versions = store.versions("acme")
    assert [(v.scope, v.version) for v in versions] == [("all", 1), ("K7P2Q", 2), ("K7P2Q", 1)]
    assert versions[1].synthesis == changed  # read back exactly (JSON round trip)
    latest = store.latest("acme")
    assert latest is not None and latest.scope == "all"
    assert store.latest("initech") is None
    assert [v.scope for v in store.versions("globex")] == ["K7P2Q"]  # tenancy


def test_i18_7_stored_json_is_the_engine_contract(database):
    store = SynthesisStore(database)
    store.save("acme", "all", SYNTHESIS, people=PEOPLE, created_by="Hugo")
    from skills.synthesis.tables import SynthesisVersion

    with database.session() as session:
        [row] = session.query(SynthesisVersion).all()
    assert row.data == SYNTHESIS.to_dict() and row.people == PEOPLE
    assert Synthesis.from_dict(row.data) == SYNTHESIS
    assert "Lea" not in str(row.data)  # participants are labels


def test_i18_7_table_matches_the_migration(database):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    with database.engine.connect() as connection:
        diff = compare_metadata(
            MigrationContext.configure(connection, opts={"compare_type": True}),
            SQLModel.metadata,
        )
    assert [d for d in diff if "synthesis_version" in repr(d)] == []


def test_i18_7_migration_goes_down_and_up(empty_database):
    empty_database.migrate()
    assert "synthesis_version" in inspect(empty_database.engine).get_table_names()
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with empty_database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0010_kpi")
    assert "synthesis_version" not in inspect(empty_database.engine).get_table_names()
    empty_database.migrate()
    assert "synthesis_version" in inspect(empty_database.engine).get_table_names()
