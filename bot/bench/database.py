"""The databases of the benchmarks: whether a URL can be used, and scratch PostgreSQL
databases created for one run and dropped after it."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, make_url, text


def check_database(url: str | None) -> str | None:
    """Why the delivery runs cannot use `url` (None: they can)."""
    if url is None or url.startswith("sqlite"):
        return None
    if not url.startswith("postgresql"):
        return "only SQLite and PostgreSQL are supported"
    try:
        engine = create_engine(url)
        try:
            with engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        finally:
            engine.dispose()
    except Exception as exc:  # the reason, not a traceback
        return f"{type(exc).__name__}: {str(exc).splitlines()[0]}"
    return None


@contextmanager
def scratch_postgres(url: str, prefix: str) -> Iterator[str]:
    """A new empty PostgreSQL database next to the one `url` names, dropped afterwards."""
    base = make_url(url)
    name = f"{prefix}_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        yield base.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
