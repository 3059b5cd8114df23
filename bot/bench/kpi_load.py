"""Loading the generated program (`kpi_data`) into a migrated database, in bulk.

SQLite: `executemany` in one transaction, foreign keys and syncing off for the load only.
PostgreSQL: `COPY … FROM STDIN` per table (session time zone UTC, so the stored times are
the generator's UTC times), then the id sequences moved past the loaded ids and `ANALYZE`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import text

from bot.bench.kpi_data import COLUMNS, Generator, Params, cache_path
from bot.kpi.rollup import rebuild
from bot.store.database import Database

CHUNK = 50_000
Progress = Callable[[str, int, int], None]  # (stage, done, total)
TABLE_ORDER = (
    "person",
    "person_identity",
    "solicitation",
    "solicitation_response",
    "contribution",
    "level_change",
    "nps_answer",
)


def head_revision() -> str:
    """The schema the cache was made with: the head revision and its migration files' hash."""
    import hashlib

    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from bot.store.database import MIGRATIONS_DIR

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    head = ScriptDirectory.from_config(config).get_current_head() or "none"
    digest = hashlib.sha256()
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        digest.update(path.read_bytes())
    return f"{head}:{digest.hexdigest()[:12]}"


def _noop(stage: str, done: int, total: int) -> None:
    return None


class _Writer:
    """Writes rows of one table; `flush` ends the load."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.dialect = db.engine.dialect.name
        self.raw = db.engine.raw_connection()
        cursor = self.raw.cursor()
        if self.dialect == "sqlite":
            cursor.execute("PRAGMA foreign_keys=OFF")
            cursor.execute("PRAGMA synchronous=OFF")
        else:
            cursor.execute("SET TIME ZONE 'UTC'")
        cursor.close()

    def write(self, table: str, rows: list[tuple]) -> None:
        if not rows:
            return
        columns = COLUMNS[table]
        cursor = self.raw.cursor()
        if self.dialect == "sqlite":
            marks = ", ".join("?" for _ in columns)
            cursor.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
        else:
            with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        cursor.close()

    def drop_indexes(self, table: str) -> list[str]:
        """Drop `table`'s plain indexes (rebuilt after the load, much faster); their DDL."""
        cursor = self.raw.cursor()
        if self.dialect == "sqlite":
            cursor.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                "AND sql IS NOT NULL",
                (table,),
            )
        else:
            cursor.execute(
                "SELECT i.indexname, i.indexdef FROM pg_indexes i "
                "JOIN pg_class c ON c.relname = i.indexname "
                "JOIN pg_index x ON x.indexrelid = c.oid "
                "WHERE i.tablename = %s AND i.schemaname = current_schema() "
                "AND NOT x.indisunique AND NOT x.indisprimary",
                (table,),
            )
        found = list(cursor.fetchall())
        for name, _ in found:
            cursor.execute(f'DROP INDEX "{name}"')
        cursor.close()
        return [ddl for _, ddl in found]

    def pause_triggers(self, table: str) -> list[str]:
        """Turn `table`'s triggers off for the load; what turns them back on."""
        cursor = self.raw.cursor()
        if self.dialect == "sqlite":
            cursor.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
                (table,),
            )
            found = list(cursor.fetchall())
            for name, _ in found:
                cursor.execute(f'DROP TRIGGER "{name}"')
            cursor.close()
            return [ddl for _, ddl in found]
        cursor.execute(f"ALTER TABLE {table} DISABLE TRIGGER USER")
        cursor.close()
        return [f"ALTER TABLE {table} ENABLE TRIGGER USER"]

    def run(self, statements: list[str]) -> None:
        cursor = self.raw.cursor()
        for statement in statements:
            cursor.execute(statement)
        cursor.close()

    def finish(self, triggers: list[str]) -> None:
        """Commit the load, rebuild the KPI roll-ups, turn the triggers back on, ANALYZE."""
        cursor = self.raw.cursor()
        if self.dialect == "postgresql":
            for table in TABLE_ORDER:
                cursor.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT COALESCE(MAX(id), 1) FROM {table}))"
                )
        self.raw.commit()
        if self.dialect == "sqlite":
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()
        self.raw.close()
        with self.db.engine.begin() as connection:
            rebuild(connection)
            for statement in triggers:
                connection.execute(text(statement))
        with self.db.engine.begin() as connection:
            connection.execute(text("ANALYZE"))


def load(db: Database, params: Params, progress: Progress = _noop) -> dict[str, int]:
    """Generate the program into `db` (migrated, empty); the rows written per table."""
    gen = Generator(params)
    writer = _Writer(db)
    counts: dict[str, int] = {}
    try:
        progress("people", 0, 1)
        people = gen.people()
        writer.write("person", people)
        writer.write("person_identity", gen.identities())
        counts["person"] = len(people)
        progress("people", 1, 1)
        asks, answers = gen.solicitations()
        writer.write("solicitation", asks)
        writer.write("solicitation_response", answers)
        counts["solicitation_response"] = len(answers)
        arrays = gen.contribution_arrays()
        total = int(arrays["who"].size)
        done = 0
        indexes = writer.drop_indexes("contribution")
        triggers = writer.pause_triggers("contribution") + writer.pause_triggers("level_change")
        for rows in gen.contributions(arrays, CHUNK):
            writer.write("contribution", rows)
            done += len(rows)
            progress("contributions", done, total)
        counts["contribution"] = total
        changes = gen.levels(arrays)
        writer.write("level_change", changes)
        counts["level_change"] = len(changes)
        nps = gen.nps()
        writer.write("nps_answer", nps)
        counts["nps_answer"] = len(nps)
        progress("index", 0, 1)
        writer.run(indexes)
        writer.finish(triggers)
        progress("index", 1, 1)
    except BaseException:
        writer.raw.rollback()
        writer.raw.close()
        raise
    return counts


def cached_sqlite(home: Path, params: Params, progress: Progress = _noop) -> tuple[Path, bool]:
    """The SQLite file of `params`, generated once (atomically) and reused; (path, reused)."""
    path = cache_path(home, params, head_revision())
    if path.exists():
        return path, True
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.partial")
    partial.unlink(missing_ok=True)
    db = Database(f"sqlite:///{partial}")
    try:
        db.migrate()
        load(db, params, progress)
        with db.engine.connect() as connection:
            connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    finally:
        db.dispose()
    for suffix in ("-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    partial.replace(path)
    return path, False
