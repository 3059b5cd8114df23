"""The client's persona versions: save a draft, edit it, validate, publish, list.

One shared set per client: the newest version is the one being worked on. A draft is
edited in place; editing a validated or published version opens the next version as a
draft (the reference stays as it was until the new draft is validated). Ambassadors only
ever see the newest published version. Every write is one committed transaction; two
staff saving at once get distinct versions (the unique key decides, the loser retries).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import func
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from bot.personas.model import EDITABLE_FIELDS, PersonaSet
from bot.store.database import Database
from bot.store.models import utcnow
from skills.personas.tables import DRAFT, PUBLISHED, VALIDATED, PersonaSetVersion

SAVE_ATTEMPTS = 5


@dataclass(frozen=True)
class StoredPersonas:
    version: int
    status: str
    personas: PersonaSet
    sources: tuple[str, ...]
    created_at: datetime
    created_by: str
    validated_by: str | None = None
    new: bool = True  # False: the same as the newest draft, not stored again
    opened_from: int | None = None  # an edit opened this draft from that version


class NoDraft(LookupError):
    pass


class NotValidated(LookupError):
    pass


class NoSuchPersona(LookupError):
    def __init__(self, number: int, count: int) -> None:
        super().__init__(number)
        self.number, self.count = number, count


def _stored(row: PersonaSetVersion, **extra: object) -> StoredPersonas:
    return StoredPersonas(
        version=row.version,
        status=row.status,
        personas=PersonaSet.from_dict(row.data),
        sources=tuple(str(s) for s in row.sources),
        created_at=row.created_at,
        created_by=row.created_by,
        validated_by=row.validated_by,
        **extra,  # type: ignore[arg-type]
    )


class PersonaStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    @staticmethod
    def _newest(session: Session, client: str, *statuses: str) -> PersonaSetVersion | None:
        query = select(PersonaSetVersion).where(PersonaSetVersion.client == client)
        if statuses:
            query = query.where(col(PersonaSetVersion.status).in_(statuses))
        return session.exec(query.order_by(col(PersonaSetVersion.version).desc())).first()

    def _insert(self, client: str, make: dict[str, Any]) -> PersonaSetVersion:
        for _ in range(SAVE_ATTEMPTS):
            try:
                with self.db.session() as session:
                    number = session.exec(
                        select(func.max(PersonaSetVersion.version)).where(
                            PersonaSetVersion.client == client
                        )
                    ).one()
                    row = PersonaSetVersion(client=client, version=(number or 0) + 1, **make)
                    session.add(row)
                return row
            except IntegrityError:
                continue
        raise RuntimeError(f"could not store the personas of {client}")

    def save_draft(
        self,
        client: str,
        personas: PersonaSet,
        *,
        people: Mapping[str, str],
        sources: Sequence[str],
        created_by: str,
    ) -> StoredPersonas:
        """A new draft version, unless the newest version is a draft of the same drafts."""
        data = personas.to_dict()
        with self.db.session() as session:
            newest = self._newest(session, client)
            if (
                newest is not None
                and newest.status == DRAFT
                and newest.edited_by is None
                and newest.data == data
                and list(newest.sources) == list(sources)
            ):
                return _stored(newest, new=False)
        row = self._insert(
            client,
            {
                "status": DRAFT,
                "data": data,
                "people": dict(people),
                "sources": list(sources),
                "language": personas.language,
                "created_by": created_by,
            },
        )
        return _stored(row)

    def newest(self, client: str, *statuses: str) -> StoredPersonas | None:
        with self.db.session() as session:
            row = self._newest(session, client, *statuses)
            return _stored(row) if row is not None else None

    def published(self, client: str) -> StoredPersonas | None:
        return self.newest(client, PUBLISHED)

    def edit(self, client: str, number: int, field: str, value: str, *, by: str) -> StoredPersonas:
        """Set `field` of persona `number` (1-based) in the draft, opening one from the
        newest version when that one is validated or published."""
        assert field in EDITABLE_FIELDS, field
        opened_from: int | None = None
        base: dict[str, Any] = {}
        with self.db.session() as session:
            newest = self._newest(session, client)
            if newest is None:
                raise NoDraft(client)
            count = len(newest.data.get("personas", []))
            if not 1 <= number <= count:
                raise NoSuchPersona(number, count)
            if newest.status != DRAFT:
                opened_from = newest.version
                base = {
                    "data": newest.data,
                    "people": newest.people,
                    "sources": newest.sources,
                    "language": newest.language,
                }
        if opened_from is not None:
            self._insert(client, {"status": DRAFT, "created_by": by, **base})
        with self.db.session() as session:
            row = self._newest(session, client)
            assert row is not None and row.status == DRAFT
            personas = PersonaSet.from_dict(row.data)
            items = list(personas.personas)
            target = items[number - 1]
            edited = tuple(dict.fromkeys([*target.edited, field]))
            if field == "label":
                items[number - 1] = replace(target, label=value, edited=edited)
            else:
                items[number - 1] = replace(target, description=value, edited=edited)
            row.data = replace(personas, personas=tuple(items)).to_dict()
            row.edited_by, row.edited_at = by, utcnow()
            session.add(row)
            session.flush()
            return _stored(row, opened_from=opened_from)

    def validate(self, client: str, *, by: str) -> StoredPersonas:
        with self.db.session() as session:
            row = self._newest(session, client)
            if row is None or row.status != DRAFT:
                raise NoDraft(client)
            row.status, row.validated_by, row.validated_at = VALIDATED, by, utcnow()
            session.add(row)
            session.flush()
            return _stored(row)

    def publish(self, client: str, *, by: str) -> StoredPersonas:
        """Publish the newest validated version (newer than the newest published one)."""
        with self.db.session() as session:
            row = self._newest(session, client, VALIDATED, PUBLISHED)
            if row is None or row.status != VALIDATED:
                raise NotValidated(client)
            row.status, row.published_by, row.published_at = PUBLISHED, by, utcnow()
            session.add(row)
            session.flush()
            return _stored(row)

    def history(self, client: str) -> list[StoredPersonas]:
        """Every version, newest first."""
        with self.db.session() as session:
            rows = session.exec(
                select(PersonaSetVersion)
                .where(PersonaSetVersion.client == client)
                .order_by(col(PersonaSetVersion.version).desc())
            )
            return [_stored(row) for row in rows]
