"""Stored syntheses: save one as the next version of its scope, list them, read the latest.

A synthesis equal to the latest version of its scope is not stored again (asking twice
for the same answers gives the same version). Every write is one committed transaction.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select

from bot.store.database import Database
from bot.synthesis.model import Synthesis
from skills.synthesis.tables import SynthesisVersion

SAVE_ATTEMPTS = 5  # two facilitators saving the same scope at once: the loser retries


@dataclass(frozen=True)
class StoredSynthesis:
    scope: str
    version: int
    synthesis: Synthesis
    language: str
    created_at: datetime
    created_by: str
    new: bool = True  # False: the same as the latest version, not stored again


def _stored(row: SynthesisVersion, *, new: bool = True) -> StoredSynthesis:
    return StoredSynthesis(
        row.scope,
        row.version,
        Synthesis.from_dict(row.data),
        row.language,
        row.created_at,
        row.created_by,
        new,
    )


class SynthesisStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def save(
        self,
        client: str,
        scope: str,
        synthesis: Synthesis,
        *,
        people: Mapping[str, str],
        created_by: str,
    ) -> StoredSynthesis:
        data = synthesis.to_dict()
        for _ in range(SAVE_ATTEMPTS):
            with self.db.session() as session:
                latest = session.exec(
                    select(SynthesisVersion)
                    .where(SynthesisVersion.client == client, SynthesisVersion.scope == scope)
                    .order_by(col(SynthesisVersion.version).desc())
                ).first()
                if latest is not None and latest.data == data and latest.people == dict(people):
                    return _stored(latest, new=False)
            try:
                with self.db.session() as session:
                    number = session.exec(
                        select(func.max(SynthesisVersion.version)).where(
                            SynthesisVersion.client == client, SynthesisVersion.scope == scope
                        )
                    ).one()
                    row = SynthesisVersion(
                        client=client,
                        scope=scope,
                        version=(number or 0) + 1,
                        data=data,
                        people=dict(people),
                        language=synthesis.language,
                        created_by=created_by,
                    )
                    session.add(row)
                return _stored(row)
            except IntegrityError:
                continue
        raise RuntimeError(f"could not store a synthesis of {client}/{scope}")

    def versions(self, client: str) -> list[StoredSynthesis]:
        """Every synthesis of the client, newest first."""
        with self.db.session() as session:
            rows = session.exec(
                select(SynthesisVersion)
                .where(SynthesisVersion.client == client)
                .order_by(col(SynthesisVersion.created_at).desc(), col(SynthesisVersion.id).desc())
            )
            return [_stored(row) for row in rows]

    def latest(self, client: str) -> StoredSynthesis | None:
        """The client's most recent synthesis, whatever its scope."""
        with self.db.session() as session:
            row = session.exec(
                select(SynthesisVersion)
                .where(SynthesisVersion.client == client)
                .order_by(col(SynthesisVersion.id).desc())
            ).first()
            return _stored(row) if row is not None else None
