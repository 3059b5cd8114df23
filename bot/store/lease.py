"""A lease in the database that at most one process holds: who runs the scheduler.

- PostgreSQL: a session-level advisory lock (`pg_try_advisory_lock`) taken on a connection
  of its own, kept open while the lease is held. The server drops the lock with the
  session, so a process that dies (SIGKILL, lost host) frees it at once, and a holder
  whose connection breaks has lost it: `hold` says so at the next renewal.
- Elsewhere (SQLite): a row of `leader_lease` with its holder and an expiry. The holder
  renews it every few seconds; anyone takes it once it has expired. A holder that could
  not renew before its own expiry counts itself out (`hold` returns False), so two
  holders never overlap as long as the processes' clocks agree (one machine, for SQLite).

`hold()` is both "try to take" and "renew"; it returns whether the lease is held now.
Every call blocks on the database: call it from a thread in an event loop.
"""

from __future__ import annotations

import hashlib
import logging
import os
import socket
import uuid
from datetime import UTC, datetime, timedelta
from typing import Protocol

import sqlalchemy as sa
from sqlalchemy import Connection
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlmodel.sql.sqltypes import AutoString, UTCDateTime

from bot.store.database import Database

log = logging.getLogger(__name__)

SCHEDULER_LEASE = "scheduler"
# A row lease lasts this long after its last renewal; a follower takes it after that.
ROW_LEASE_TTL = timedelta(seconds=15)

_lease_table = sa.Table(
    "leader_lease",
    sa.MetaData(),
    sa.Column("name", AutoString(), primary_key=True),
    sa.Column("holder", AutoString(), nullable=False),
    sa.Column("expires_at", UTCDateTime(), nullable=False),
    sa.Column("acquired_at", UTCDateTime(), nullable=False),
)


def new_holder_id() -> str:
    """Who this process is, readable in the lease row and in the logs."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


class Lease(Protocol):
    name: str
    holder: str

    def hold(self) -> bool:
        """Take the lease or renew it; whether this process holds it now."""
        ...

    def release(self) -> None:
        """Give the lease up (a graceful stop), so a follower takes it at once."""
        ...


def advisory_key(name: str, schema: str = "public") -> int:
    """The lease's advisory lock key: a stable signed 64-bit number from its name.

    Advisory locks are shared by a whole database, so the key names the schema too: two
    installations in two schemas of one database each have their own leader.
    """
    digest = hashlib.sha256(f"ambassade:lease:{schema}:{name}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


class AdvisoryLease:
    """A PostgreSQL session-level advisory lock on a connection kept for it."""

    def __init__(self, db: Database, name: str = SCHEDULER_LEASE, holder: str = "") -> None:
        self.engine = db.engine
        self.name = name
        self.holder = holder or new_holder_id()
        self.key: int | None = None  # known once connected: it depends on the schema
        self._connection: Connection | None = None

    def hold(self) -> bool:
        if self._connection is not None:
            try:  # the lock lives as long as this session: is it still there?
                self._connection.execute(sa.text("SELECT 1"))
                return True
            except SQLAlchemyError:
                log.warning("lease %s: the connection holding it broke: lost", self.name)
                self._drop()
                return False
        connection = self.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        try:
            if self.key is None:
                schema = connection.execute(sa.text("SELECT current_schema()")).scalar_one()
                self.key = advisory_key(self.name, schema or "public")
            taken = connection.execute(
                sa.text("SELECT pg_try_advisory_lock(:key)"), {"key": self.key}
            ).scalar_one()
        except SQLAlchemyError:
            connection.invalidate()
            connection.close()
            raise
        if not taken:
            connection.close()
            return False
        self._connection = connection
        return True

    def release(self) -> None:
        if self._connection is None:
            return
        try:
            self._connection.execute(sa.text("SELECT pg_advisory_unlock(:key)"), {"key": self.key})
        except SQLAlchemyError:
            log.warning("lease %s: unlock failed; closing the session frees it", self.name)
        self._drop()

    def _drop(self) -> None:
        connection, self._connection = self._connection, None
        if connection is None:
            return
        # Never hand a session that may still hold the lock back to the pool.
        connection.invalidate()
        connection.close()


class RowLease:
    """A `leader_lease` row with an expiry, renewed by its holder."""

    def __init__(
        self,
        db: Database,
        name: str = SCHEDULER_LEASE,
        holder: str = "",
        *,
        ttl: timedelta = ROW_LEASE_TTL,
    ) -> None:
        self.db = db
        self.name = name
        self.holder = holder or new_holder_id()
        self.ttl = ttl
        self._held_until: datetime | None = None

    def hold(self) -> bool:
        now = datetime.now(UTC)
        if self._held_until is not None and now >= self._held_until:
            log.warning("lease %s: not renewed before it expired: lost", self.name)
            self._held_until = None
        expires = now + self.ttl
        table = _lease_table
        takeable = table.c.expires_at < now
        if self._held_until is not None:  # still ours: renew it
            takeable = sa.or_(takeable, table.c.holder == self.holder)
        try:
            with self.db.engine.begin() as connection:
                renewed = connection.execute(
                    sa.update(table)
                    .where(table.c.name == self.name, takeable)
                    .values(
                        holder=self.holder,
                        expires_at=expires,
                        acquired_at=sa.case(
                            (table.c.holder == self.holder, table.c.acquired_at), else_=now
                        ),
                    )
                ).rowcount
                if not renewed:
                    exists = connection.execute(
                        sa.select(table.c.holder).where(table.c.name == self.name)
                    ).first()
                    if exists is None:
                        connection.execute(
                            sa.insert(table).values(
                                name=self.name,
                                holder=self.holder,
                                expires_at=expires,
                                acquired_at=now,
                            )
                        )
                        renewed = 1
        except IntegrityError:  # another process inserted the row first
            renewed = 0
        except SQLAlchemyError:
            if self._held_until is not None and datetime.now(UTC) < self._held_until:
                log.warning("lease %s: renewal failed; still held until expiry", self.name)
                return True
            self._held_until = None
            raise
        self._held_until = expires if renewed else None
        return bool(renewed)

    def release(self) -> None:
        if self._held_until is None:
            return
        self._held_until = None
        table = _lease_table
        try:
            with self.db.engine.begin() as connection:
                connection.execute(
                    sa.delete(table).where(table.c.name == self.name, table.c.holder == self.holder)
                )
        except SQLAlchemyError:
            log.warning("lease %s: release failed; it expires on its own", self.name)


def lease_for(db: Database, name: str = SCHEDULER_LEASE, holder: str = "") -> Lease:
    """The database's kind of lease: an advisory lock on PostgreSQL, else a row."""
    if db.engine.dialect.name == "postgresql":
        return AdvisoryLease(db, name, holder)
    return RowLease(db, name, holder)
