"""The audit log of external model calls, kept in the database.

One row per request that left the process: who (client), why (purpose), to what
(model, kind), how many entities the filter removed per type, the SHA-256 of the
exact body sent, the duration and the outcome. Never the plaintext.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel, select

from bot.llm import WITHHELD, AuditEntry
from bot.store.database import Database


def _utcnow() -> datetime:
    return datetime.now(UTC)


class ModelCallAudit(SQLModel, table=True):
    """One external model call (chat or embedding batch); hashes and counts only."""

    __tablename__ = "model_call_audit"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=_utcnow, index=True)
    client: str = Field(index=True, max_length=63)
    purpose: str = Field(max_length=64)
    model: str = Field(max_length=128)
    kind: str = Field(max_length=16)
    entities_removed: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    payload_sha256: str = Field(max_length=64)
    duration_ms: float = 0.0
    ok: bool = True
    error: str | None = Field(default=None, max_length=255)


class DatabaseAuditSink:
    """An `AuditSink` writing each entry as it comes (committed before the caller goes on)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def record(self, entry: AuditEntry) -> None:
        with self._db.session() as session:
            session.add(
                ModelCallAudit(
                    at=entry.at,
                    client=entry.client,
                    purpose=entry.purpose,
                    model=entry.model,
                    kind=entry.kind,
                    entities_removed=dict(entry.entities_removed),
                    payload_sha256=entry.payload_sha256,
                    duration_ms=round(entry.duration_ms, 1),
                    ok=entry.ok,
                    error=entry.error,
                )
            )


def is_withheld(row: ModelCallAudit) -> bool:
    """A request the client's policy kept inside (nothing was sent)."""
    return (row.error or "").startswith(WITHHELD)


def audit_rows(
    db: Database, client: str, *, since: datetime | None = None, limit: int | None = None
) -> list[ModelCallAudit]:
    """The client's audit rows, oldest first (the last `limit` ones when given)."""
    query = select(ModelCallAudit).where(ModelCallAudit.client == client)
    if since is not None:
        query = query.where(ModelCallAudit.at >= since)
    query = query.order_by(ModelCallAudit.at.desc(), ModelCallAudit.id.desc())  # type: ignore[union-attr]
    if limit is not None:
        query = query.limit(limit)
    with db.session() as session:
        rows = list(session.exec(query))
    return rows[::-1]
