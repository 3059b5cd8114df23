"""Issue 20 item 5: every store that keeps data about a person declares it.

The check reads the SQLAlchemy metadata of every table module (what Alembic sees) and
fails for a table with a person column that no registered store covers: a feature added
later cannot forget to say how its data is exported and erased.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table
from sqlmodel import SQLModel

from bot.assistant import personal_data_stores
from bot.data_rights.registry import PersonalDataRegistry, PersonalDataStore, RegistryError
from bot.scheduler import JOB_TABLE

# Columns that say who a row is about, or who did something.
PERSON_COLUMNS = {
    "person_id", "user_id", "email", "name", "display_name", "user_name", "created_by",
    "logged_by", "reviewed_by", "changed_by", "claimed_by", "resolved_by", "facilitator_id",
    "recipient", "people", "target_person_ids",
}  # fmt: skip


def table_modules() -> tuple[str, ...]:
    # Read, not imported: importing Alembic's env.py would run the migrations.
    env = Path(__file__).resolve().parents[2] / "bot/store/migrations/env.py"
    source = env.read_text(encoding="utf-8")
    start = source.index("TABLE_MODULES = (")
    block = source[start : source.index(")", start)]
    return tuple(line.strip().strip('",') for line in block.splitlines()[1:] if line.strip())


def uncovered(metadata: MetaData, registry: PersonalDataRegistry) -> dict[str, list[str]]:
    covered = registry.covered_tables()
    missing: dict[str, list[str]] = {}
    for table in metadata.tables.values():
        person = sorted(c.name for c in table.columns if c.name in PERSON_COLUMNS)
        if person and table.name not in covered:
            missing[table.name] = person
    return missing


def registry() -> PersonalDataRegistry:
    built = PersonalDataRegistry()
    built.extend(personal_data_stores(Path("home")))
    return built


def test_i20_5_every_table_with_a_person_column_has_a_store():
    for module in table_modules():
        importlib.import_module(module)
    assert len(SQLModel.metadata.tables) >= 26
    assert uncovered(SQLModel.metadata, registry()) == {}
    assert JOB_TABLE in registry().covered_tables()  # the job store is not in the metadata


def test_i20_5_a_new_table_that_forgets_is_caught():
    metadata = MetaData()
    Table("future_poll", metadata, Column("id", Integer, primary_key=True),
          Column("user_id", String(128)), Column("choice", String(16)))  # fmt: skip
    Table("kind_day", metadata, Column("day", String(10), primary_key=True))
    assert uncovered(metadata, registry()) == {"future_poll": ["user_id"]}
    fixed = registry()
    fixed.register(
        PersonalDataStore(
            "polls", "which poll answer they gave", ("future_poll",), lambda s, p: [],
            lambda s, p: {},
        )
    )  # fmt: skip
    assert uncovered(metadata, fixed) == {}


def test_i20_5_a_store_says_what_it_keeps_and_registers_once():
    stores = registry()
    assert all(store.keeps.strip() for store in stores)
    names = [store.name for store in stores]
    assert names[0] == "people" and len(set(names)) == len(names)
    with pytest.raises(RegistryError, match="registered twice"):
        stores.register(stores.stores[0])
    with pytest.raises(RegistryError, match="says nothing"):
        stores.register(PersonalDataStore("x", " ", (), lambda s, p: [], lambda s, p: {}))


def test_i20_5_the_running_bot_has_every_store(assistant):  # type: ignore[no-untyped-def]
    assert [s.name for s in assistant.services.personal_data] == [s.name for s in registry()]


def test_i20_5_the_registry_imports_no_feature():
    probe = (
        "import sys, bot.data_rights.registry\n"
        "print(sorted(m for m in sys.modules if m.startswith(('skills', 'knowledge', "
        "'bot.people', 'bot.handoff', 'bot.contributions', 'bot.assistant'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "[]"
