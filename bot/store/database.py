"""The database: SQLite in the home by default, any SQLAlchemy URL otherwise.

Migrations run at start-up (`Database.migrate`); tables are never created with
`create_all` outside tests.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, text
from sqlmodel import Session

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def stored_utc(moment: datetime) -> datetime:
    """A stored datetime as naive UTC: SQLite hands it back naive (written in UTC),
    PostgreSQL aware; compared alike."""
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo is not None else moment


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    # Erased text (issue 20) is overwritten with zeros, not left in free pages.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def make_engine(url: str, *, schema: str | None = None) -> Engine:
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    connect_args = {"options": f"-csearch_path={schema}"} if schema else {}
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args)


class Database:
    def __init__(self, url: str, *, schema: str | None = None) -> None:
        self.url = url
        self.engine = make_engine(url, schema=schema)

    def migrate(self, revision: str = "head") -> None:
        """Bring the schema to `revision`, the latest by default (idempotent)."""
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        with self.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)

    @contextmanager
    def session(self, *, wait_for_disk: bool = True) -> Iterator[Session]:
        """A session committed on success and rolled back on error.

        `wait_for_disk=False`: the commit returns once the database has the transaction,
        before the disk confirms it (SQLite's `synchronous=NORMAL` in WAL mode, PostgreSQL's
        `synchronous_commit` off, for this transaction only): no fsync to wait for. A crash
        of the machine (not of the bot) may then lose the last such commits; nothing is
        ever half-written. For frequent small writes a person can redo (logging a
        contribution), where waiting for the disk would dominate the time.
        """
        if wait_for_disk:
            with Session(self.engine, expire_on_commit=False) as session:
                try:
                    yield session
                    session.commit()
                except BaseException:
                    session.rollback()
                    raise
            return
        with self.engine.connect() as connection:
            sqlite = connection.dialect.name == "sqlite"
            usual = None
            if sqlite:  # a connection setting: set outside the transaction, then put back
                usual = connection.exec_driver_sql("PRAGMA synchronous").scalar()
                connection.exec_driver_sql("PRAGMA synchronous=NORMAL")
                connection.commit()
            try:
                with Session(bind=connection, expire_on_commit=False) as session:
                    try:
                        if not sqlite:
                            session.execute(text("SET LOCAL synchronous_commit TO OFF"))
                        yield session
                        session.commit()
                    except BaseException:
                        session.rollback()
                        raise
            finally:
                if sqlite:
                    connection.exec_driver_sql(f"PRAGMA synchronous={int(usual or 2)}")
                    connection.commit()

    def dispose(self) -> None:
        self.engine.dispose()
