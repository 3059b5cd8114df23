"""The personal-data registry: every store that keeps data about a person declares it.

A feature that stores something about a person registers one `PersonalDataStore`: its
name, one line saying what it keeps, the tables it covers, and two handlers run inside
one database transaction (all stores erase together, or nothing is erased):

    PersonalDataStore(
        name="notices",
        keeps="which privacy notice each person saw, in which language, and when",
        tables=("notice_seen",),
        export=lambda session, person: [row.model_dump() for row in ...],
        erase=lambda session, person: {"notice_seen": deleted},
    )

`writings(session, person)` (optional) returns the person's own words the store keeps
(questions, answers): gathered from every store before anything is erased, they are in
`person.phrases`, so a store can scrub them where other people's text quotes them (a staff
transcript, a synthesis) with `bot.data_rights.erasing.scrub(value, person.needles())`.

`export(session, person)` returns anything JSON can hold (datetimes are written as ISO
text); `erase(session, person)` removes the person's identifiers and free text and
returns how many rows it changed per table. Counts that name nobody stay, so the
program's KPIs remain true. Work outside the database (a file to delete) is deferred
with `after_commit(session, work)`: it runs only once the erasure is committed.

`tests/data_rights/test_i20_5_registry.py` fails when a table with a person column
(user id, person id, e-mail, name, created_by…) is covered by no registered store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event
from sqlmodel import Session

AFTER_COMMIT = "data_rights_after_commit"
ERASED = "erased"  # what stands for an erased identifier in a column that cannot be empty


@dataclass(frozen=True, slots=True)
class Identity:
    platform: str
    user_id: str
    display_name: str | None = None

    @property
    def ref(self) -> str:
        """`PLATFORM:USER_ID`, as `logged_by`, `created_by`… name people."""
        return f"{self.platform}:{self.user_id}"


@dataclass(frozen=True, slots=True)
class DataSubject:
    """The person whose data is exported or erased, in one client, as found before any
    change (handlers never need to look the identities up again)."""

    client: str
    person_id: int
    identities: tuple[Identity, ...] = ()
    name: str | None = None
    email: str | None = None
    # What they wrote (filled before an erasure from every store's `writings`).
    phrases: frozenset[str] = frozenset()

    @property
    def refs(self) -> set[str]:
        return {identity.ref for identity in self.identities}

    @property
    def user_ids(self) -> set[str]:
        return {identity.user_id for identity in self.identities}

    def is_them(self, platform: str | None, user_id: str | None) -> bool:
        return any(i.platform == platform and i.user_id == user_id for i in self.identities)

    def names(self) -> set[str]:
        """Every name they are known by (roster, platforms), for scrubbing free text."""
        names = {self.name, *(i.display_name for i in self.identities)}
        return {n for n in names if n and len(n.strip()) >= 3}

    def needles(self) -> set[str]:
        """Everything that says it is them, in someone else's text."""
        ids = {i for i in self.user_ids | self.refs if len(i) >= 3}
        return self.names() | ids | set(self.phrases) | ({self.email} if self.email else set())


Export = Callable[[Session, DataSubject], Any]
Erase = Callable[[Session, DataSubject], dict[str, int]]
Writings = Callable[[Session, DataSubject], Iterable[str]]


@dataclass(frozen=True, slots=True)
class PersonalDataStore:
    name: str  # short and stable: a section of the export, a line of the erasure report
    keeps: str  # one line: what it keeps about a person (English; shown by the CLI)
    tables: tuple[str, ...]  # the tables it answers for ("apscheduler_jobs" included)
    export: Export
    erase: Erase
    writings: Writings | None = None  # their own words kept here (see above)


class RegistryError(Exception):
    pass


@dataclass
class PersonalDataRegistry:
    """The stores, in registration order (export order; erasure runs in reverse, so the
    people store registered first is erased last)."""

    stores: list[PersonalDataStore] = field(default_factory=list)

    def register(self, store: PersonalDataStore) -> None:
        if any(s.name == store.name for s in self.stores):
            raise RegistryError(f"personal data store {store.name!r} registered twice")
        if not store.keeps.strip():
            raise RegistryError(f"personal data store {store.name!r} says nothing it keeps")
        self.stores.append(store)

    def extend(self, stores: Iterable[PersonalDataStore]) -> None:
        for store in stores:
            self.register(store)

    def covered_tables(self) -> set[str]:
        return {table for store in self.stores for table in store.tables}

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.stores)


def after_commit(session: Session, work: Callable[[], None]) -> None:
    """Run `work` once the session's transaction is committed (never after a rollback)."""
    pending: list[Callable[[], None]] = session.info.setdefault(AFTER_COMMIT, [])
    if not pending:
        event.listen(session, "after_commit", _run_pending, once=True)
    pending.append(work)


def _run_pending(session: Session) -> None:
    for work in session.info.pop(AFTER_COMMIT, []):
        work()
