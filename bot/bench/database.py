"""The databases of the benchmarks: whether a URL can be used, and scratch PostgreSQL
databases created for one run and dropped after it."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine, make_url, text


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


def _exists(admin: Engine, name: str) -> bool:
    with admin.connect() as connection:
        found = connection.execute(
            text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}
        )
        return found.first() is not None


@contextmanager
def kept_postgres(url: str, kept: str, build: Callable[[str], None]) -> Iterator[str]:
    """A scratch copy (dropped afterwards) of the database `kept`, next to the one `url`
    names. `kept` is made once by `build(its url)` and then left on the server for the next
    runs: under a temporary name until built, so a failed build leaves nothing half made;
    `build` must close its connections (a database being copied or renamed has none)."""
    base = make_url(url)

    def url_of(name: str) -> str:
        return base.set(database=name).render_as_string(hide_password=False)

    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    name = f"{kept}_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    try:
        if not _exists(admin, kept):
            partial = f"{kept}_partial_{os.getpid()}"
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{partial}" WITH (FORCE)'))
                connection.execute(text(f'CREATE DATABASE "{partial}"'))
            try:
                build(url_of(partial))
                with admin.connect() as connection:
                    connection.execute(text(f'ALTER DATABASE "{partial}" RENAME TO "{kept}"'))
            except BaseException:
                with admin.connect() as connection:
                    connection.execute(text(f'DROP DATABASE IF EXISTS "{partial}" WITH (FORCE)'))
                raise
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{kept}"'))
        yield url_of(name)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
