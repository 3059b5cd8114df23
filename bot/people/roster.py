"""The roster of a client: find, meet, import and link people. Every change is committed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from bot.people.errors import RosterError
from bot.people.refs import PersonRef
from bot.people.tables import Person, PersonIdentity
from bot.store.database import Database
from bot.store.models import utcnow


@dataclass(frozen=True, slots=True)
class RosterEntry:
    """One person as a roster file describes them (see `bot.people.roster_csv`)."""

    platform: str
    user_id: str
    name: str | None = None
    email: str | None = None
    groups: tuple[str, ...] = ()
    timezone: str | None = None
    language: str | None = None


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    linked: list[str] = field(default_factory=list)  # identities joined to a person by e-mail


@dataclass(frozen=True, slots=True)
class PersonView:
    """A person with their identities, detached from the database session."""

    person: Person
    identities: tuple[PersonIdentity, ...]

    def as_json(self) -> dict[str, Any]:
        data = self.person.model_dump(mode="json")
        data["identities"] = [
            {"platform": i.platform, "user_id": i.user_id, "display_name": i.display_name}
            for i in self.identities
        ]
        return data


class Roster:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- people met in chat --------------------------------------------------------------
    def met(
        self,
        client: str,
        platform: str,
        user_id: str,
        display_name: str | None = None,
        *,
        role: str | None = None,
        timezone: str | None = None,
    ) -> Person:
        """The person behind a platform identity, created on first meeting; seen now.

        A time zone the platform tells (Slack's profile) wins over the roster's.
        """
        seen = (client, platform, user_id, display_name, role, timezone)
        try:
            return self._met(*seen)
        except IntegrityError:  # met concurrently by another event: read it back
            return self._met(*seen)

    def _met(
        self,
        client: str,
        platform: str,
        user_id: str,
        display_name: str | None,
        role: str | None,
        timezone: str | None,
    ) -> Person:
        now = utcnow()
        with self.db.session() as session:
            identity = _identity(session, client, platform, user_id)
            if identity is None:
                person = Person(client=client, name=_clip(display_name))
                session.add(person)
                session.flush()
                assert person.id is not None
                identity = PersonIdentity(
                    client=client, person_id=person.id, platform=platform, user_id=user_id
                )
            else:
                person = session.get(Person, identity.person_id)
                assert person is not None
            identity.first_seen_at = identity.first_seen_at or now
            identity.last_seen_at = now
            if display_name:
                identity.display_name = _clip(display_name)
                person.name = person.name or _clip(display_name)
            if role:
                person.role = role
            if timezone:
                person.timezone = timezone
            session.add(identity)
            session.add(person)
            session.flush()
            session.refresh(person)
            return person

    def set_language(self, client: str, platform: str, user_id: str, language: str) -> None:
        person = self.met(client, platform, user_id)
        with self.db.session() as session:
            row = session.get(Person, person.id)
            assert row is not None
            row.language = language
            row.updated_at = utcnow()
            session.add(row)

    # -- finding -------------------------------------------------------------------------
    def find(self, client: str, ref: PersonRef) -> PersonView | None:
        with self.db.session() as session:
            person = _find(session, client, ref)
            return _view(session, person) if person is not None else None

    def everyone(self, client: str) -> list[PersonView]:
        with self.db.session() as session:
            people = session.exec(
                select(Person).where(Person.client == client).order_by(col(Person.id))
            ).all()
            return [_view(session, person) for person in people]

    # -- roster files --------------------------------------------------------------------
    def import_entries(self, client: str, entries: Sequence[RosterEntry]) -> ImportReport:
        """Create or update everyone in one transaction: all of it is saved, or nothing."""
        report = ImportReport()
        with self.db.session() as session:
            for entry in entries:
                self._import_one(session, client, entry, report)
        return report

    def _import_one(
        self, session: Session, client: str, entry: RosterEntry, report: ImportReport
    ) -> None:
        identity = _identity(session, client, entry.platform, entry.user_id)
        person = session.get(Person, identity.person_id) if identity else None
        if person is None and entry.email:
            person = _by_email(session, client, entry.email)
            if person is not None:
                report.linked.append(f"{entry.platform}:{entry.user_id}")
        if person is None:
            person = Person(client=client)
            report.created += 1
        else:
            report.updated += 1
        # A second identity joined by e-mail keeps the person's name (its own is shown
        # on the identity); a row about a known identity renames them.
        if identity is not None or person.name is None:
            person.name = entry.name or person.name
        person.email = entry.email or person.email
        person.groups = list(entry.groups) if entry.groups else person.groups
        person.timezone = entry.timezone or person.timezone
        person.language = entry.language or person.language
        person.updated_at = utcnow()
        session.add(person)
        session.flush()
        if identity is None:
            assert person.id is not None
            session.add(
                PersonIdentity(
                    client=client,
                    person_id=person.id,
                    platform=entry.platform,
                    user_id=entry.user_id,
                    display_name=entry.name,
                )
            )
            session.flush()

    # -- one human, two platforms --------------------------------------------------------
    def link(self, client: str, keep: PersonRef, other: PersonRef) -> PersonView:
        """Make `other`'s identities `keep`'s: one person on both platforms."""
        with self.db.session() as session:
            kept = _find(session, client, keep)
            merged = _find(session, client, other)
            if kept is None or merged is None:
                missing = keep if kept is None else other
                raise RosterError(f"nobody known as {missing}")
            if kept.id == merged.id:
                raise RosterError(f"{keep} and {other} are already the same person")
            if kept.email and merged.email and kept.email != merged.email:
                raise RosterError(
                    f"{keep} ({kept.email}) and {other} ({merged.email}) have different e-mails"
                )
            for identity in session.exec(
                select(PersonIdentity).where(PersonIdentity.person_id == merged.id)
            ):
                assert kept.id is not None
                identity.person_id = kept.id
                session.add(identity)
            for name in ("name", "email", "timezone", "language", "role", "quiet_hours"):
                if getattr(kept, name) is None:
                    setattr(kept, name, getattr(merged, name))
            kept.groups = sorted({*kept.groups, *merged.groups})
            kinds = [*kept.preferred_kinds, *merged.preferred_kinds]
            kept.preferred_kinds = list(dict.fromkeys(kinds))
            kept.updated_at = utcnow()
            session.add(kept)
            session.flush()
            assert kept.id is not None and merged.id is not None
            _move_what_they_did(session, merged.id, kept.id)
            session.delete(merged)
            session.flush()
            return _view(session, kept)


def _move_what_they_did(session: Session, merged_id: int, kept_id: int) -> None:
    """The rows of other features that name the merged person now name the kept one."""
    from bot.contributions.merge import move_person as move_contributions
    from bot.notices.consent import move_person as move_notices
    from bot.solicitations.merge import move_person as move_solicitations

    move_solicitations(session, merged_id, kept_id)
    move_contributions(session, merged_id, kept_id)
    move_notices(session, merged_id, kept_id)


def _clip(value: str | None) -> str | None:
    return value[:255] if value else None


def _identity(session: Session, client: str, platform: str, user_id: str) -> PersonIdentity | None:
    return session.exec(
        select(PersonIdentity).where(
            PersonIdentity.client == client,
            PersonIdentity.platform == platform,
            PersonIdentity.user_id == user_id,
        )
    ).first()


def _by_email(session: Session, client: str, email: str) -> Person | None:
    return session.exec(
        select(Person).where(Person.client == client, Person.email == email.lower())
    ).first()


def _find(session: Session, client: str, ref: PersonRef) -> Person | None:
    if ref.email:
        return _by_email(session, client, ref.email)
    assert ref.platform is not None and ref.user_id is not None
    identity = _identity(session, client, ref.platform, ref.user_id)
    return session.get(Person, identity.person_id) if identity else None


def _view(session: Session, person: Person) -> PersonView:
    identities = session.exec(
        select(PersonIdentity)
        .where(PersonIdentity.person_id == person.id)
        .order_by(col(PersonIdentity.platform), col(PersonIdentity.user_id))
    ).all()
    return PersonView(person, tuple(identities))
