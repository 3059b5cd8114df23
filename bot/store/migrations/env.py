"""Alembic environment: runs on the connection `Database.migrate` hands over."""

import importlib

from alembic import context
from sqlmodel import SQLModel

# The modules that define tables: importing them registers the tables on the metadata.
TABLE_MODULES = (
    "bot.store.models",
    "bot.store.audit",
    "bot.store.posted",
    "bot.kpi.tables",
    "bot.handoff.records",
    "bot.handoff.messages",
    "bot.people.tables",
    "bot.solicitations.tables",
    "bot.outbox.tables",
    "bot.contributions.tables",
    "skills.workshop.tables",
    "skills.synthesis.tables",
    "skills.personas.tables",
    "bot.notices.tables",
)
for _module in TABLE_MODULES:
    importlib.import_module(_module)

target_metadata = SQLModel.metadata


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        from sqlalchemy import create_engine

        from bot.settings import get_settings

        url = context.config.get_main_option("sqlalchemy.url") or (
            get_settings().effective_database_url()
        )
        with create_engine(url).connect() as fresh:
            _run(fresh)
            fresh.commit()
        return
    _run(connection)


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
