"""Find a person, export everything the stores keep about them, or erase it."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import text
from sqlmodel import select

from bot.data_rights.erasing import phrases
from bot.data_rights.registry import DataSubject, Identity, PersonalDataRegistry
from bot.people.refs import PersonRef
from bot.people.tables import Person, PersonIdentity
from bot.store import Database
from bot.store.models import utcnow

log = logging.getLogger(__name__)

EXPORT_FORMAT = "ambassade.personal-data/1"


def find_subject(db: Database, client: str, ref: PersonRef) -> DataSubject | None:
    """The person `ref` names in `client` (an identity or a roster e-mail), or None."""
    with db.session() as session:
        if ref.email:
            person = session.exec(
                select(Person).where(Person.client == client, Person.email == ref.email.lower())
            ).first()
        else:
            identity = session.exec(
                select(PersonIdentity).where(
                    PersonIdentity.client == client,
                    PersonIdentity.platform == ref.platform,
                    PersonIdentity.user_id == ref.user_id,
                )
            ).first()
            person = session.get(Person, identity.person_id) if identity else None
        if person is None or person.id is None:
            return None
        identities = session.exec(
            select(PersonIdentity).where(PersonIdentity.person_id == person.id)
        ).all()
        return DataSubject(
            client=client,
            person_id=person.id,
            identities=tuple(Identity(i.platform, i.user_id, i.display_name) for i in identities),
            name=person.name,
            email=person.email,
        )


def export_person(db: Database, registry: PersonalDataRegistry, subject: DataSubject) -> dict:
    """One document: what each store keeps, and what it keeps about this person."""
    stores: dict[str, Any] = {}
    with db.session() as session:
        for store in registry:
            stores[store.name] = {"keeps": store.keeps, "data": store.export(session, subject)}
    return {
        "format": EXPORT_FORMAT,
        "client": subject.client,
        "generated_at": utcnow().isoformat(),
        "stores": stores,
    }


def to_json(document: dict) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2, default=_plain, sort_keys=False)


def _plain(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return str(value)


@dataclass
class Erasure:
    """What an erasure changed: per store, rows per table (nothing when `failed`)."""

    erased: dict[str, dict[str, int]] = field(default_factory=dict)
    failed: str | None = None  # the store that failed; nothing was erased then

    @property
    def total(self) -> int:
        return sum(n for counts in self.erased.values() for n in counts.values())


def erase_person(db: Database, registry: PersonalDataRegistry, subject: DataSubject) -> Erasure:
    """Erase the person from every store in one transaction: all of it, or nothing."""
    result = Erasure()
    current = ""
    try:
        with db.session() as session:
            written: set[str] = set()
            for store in registry:
                if store.writings is not None:
                    current = store.name
                    written.update(store.writings(session, subject))
            subject = replace(subject, phrases=frozenset(phrases(written)))
            for store in reversed(list(registry)):
                current = store.name
                result.erased[store.name] = {
                    table: n for table, n in store.erase(session, subject).items() if n
                }
    except Exception:
        log.exception(
            "erasure of person %s (client %s) failed in store %s; nothing erased",
            subject.person_id,
            subject.client,
            current,
        )
        return Erasure(failed=current)
    _flush_sqlite(db)
    log.info(
        "person %s of client %s erased: %d rows", subject.person_id, subject.client, result.total
    )
    return result


def _flush_sqlite(db: Database) -> None:
    """Erased text must not linger: secure_delete zeroes freed space (set per connection,
    `bot.store.database`); the write-ahead log still holds old pages until checkpointed."""
    if db.engine.dialect.name != "sqlite":
        return
    try:
        with db.engine.connect() as connection:
            connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    except Exception as exc:  # busy readers: the next automatic checkpoint overwrites them
        log.warning("write-ahead log not truncated after an erasure: %s", exc)
