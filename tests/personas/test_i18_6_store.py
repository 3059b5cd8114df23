"""Issue 18 item 6: one shared, versioned persona set per client: drafts edited in place,
validated, published; an edit of a validated set opens a new draft."""

from __future__ import annotations

import pytest

from bot.personas.engine import draft
from bot.store import Database
from skills.personas.gather import flow_dimensions
from skills.personas.store import NoDraft, NoSuchPersona, NotValidated, PersonaStore
from skills.personas.tables import DRAFT, PUBLISHED, VALIDATED
from skills.workshop.loader import PACKAGED_FLOWS, load_flows
from tests.personas.planted import answers


@pytest.fixture(scope="module")
def drafted():
    known = flow_dimensions(load_flows([PACKAGED_FLOWS]).flows["je"])
    return draft(answers("fr"), known=known)


def test_i18_6_versions_edit_validate_publish(database: Database, drafted):
    store = PersonaStore(database)
    people = {f"P{n}": f"console:u{n}" for n in range(1, 16)}
    with pytest.raises(NoDraft):
        store.validate("acme", by="carla")
    with pytest.raises(NotValidated):
        store.publish("acme", by="carla")
    first = store.save_draft("acme", drafted, people=people, sources=["K7P2Q"], created_by="hugo")
    assert (first.version, first.status, first.new) == (1, DRAFT, True)
    again = store.save_draft("acme", drafted, people=people, sources=["K7P2Q"], created_by="hugo")
    assert (again.version, again.new) == (1, False)  # same answers, same drafts

    edited = store.edit("acme", 2, "label", "Les bâtisseurs", by="carla")
    assert edited.version == 1 and edited.opened_from is None
    assert edited.personas.personas[1].label == "Les bâtisseurs"
    assert edited.personas.personas[1].edited == ("label",)
    assert edited.personas.personas[1].verbatims == drafted.personas[1].verbatims
    with pytest.raises(NoSuchPersona) as missing:
        store.edit("acme", 9, "label", "x", by="carla")
    assert (missing.value.number, missing.value.count) == (9, 3)
    with pytest.raises(NotValidated):
        store.publish("acme", by="carla")

    valid = store.validate("acme", by="carla")
    assert (valid.version, valid.status, valid.validated_by) == (1, VALIDATED, "carla")
    assert store.published("acme") is None  # validated is not yet shown to ambassadors
    with pytest.raises(NoDraft):
        store.validate("acme", by="carla")
    published = store.publish("acme", by="carla")
    assert (published.version, published.status) == (1, PUBLISHED)

    reopened = store.edit("acme", 1, "description", "Parents pressés.", by="carla")
    assert (reopened.version, reopened.status, reopened.opened_from) == (2, DRAFT, 1)
    assert reopened.personas.personas[1].label == "Les bâtisseurs"  # carried over
    shown = store.published("acme")
    assert shown is not None and shown.version == 1  # ambassadors keep version 1
    assert shown.personas.personas[0].description != "Parents pressés."
    regenerated = store.save_draft(
        "acme", drafted, people=people, sources=["K7P2Q"], created_by="h"
    )
    assert regenerated.version == 3  # the edited draft is not overwritten
    assert [v.version for v in store.history("acme")] == [3, 2, 1]
    assert [v.status for v in store.history("acme")] == [DRAFT, DRAFT, PUBLISHED]
    assert store.history("other") == [] and store.newest("other") is None  # per client


def test_i18_6_table_matches_the_migration(database: Database):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    with database.engine.connect() as connection:
        diff = compare_metadata(
            MigrationContext.configure(connection, opts={"compare_type": True}),
            SQLModel.metadata,
        )
    assert [d for d in diff if "persona_set" in repr(d)] == []


def test_i18_6_migration_goes_down_and_up(empty_database: Database):
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import inspect

    from bot.store.database import MIGRATIONS_DIR

    empty_database.migrate()
    assert "persona_set" in inspect(empty_database.engine).get_table_names()
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with empty_database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0013_synthesis")
    tables = inspect(empty_database.engine).get_table_names()
    assert "persona_set" not in tables and "synthesis_version" in tables
    empty_database.migrate()
    assert "persona_set" in inspect(empty_database.engine).get_table_names()
