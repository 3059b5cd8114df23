"""Alembic environment: runs on the connection `Database.migrate` hands over."""

from alembic import context
from sqlmodel import SQLModel

import bot.store.models  # noqa: F401  (registers the tables on the metadata)
import bot.store.audit  # noqa: F401
import bot.handoff.records  # noqa: F401
import skills.workshop.tables  # noqa: F401

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
