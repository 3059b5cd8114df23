"""What the people tables keep about a person, and how it is exported and erased."""

from __future__ import annotations

from sqlmodel import Session, select

from bot.data_rights.erasing import dump
from bot.data_rights.registry import DataSubject, PersonalDataStore
from bot.people.tables import Person, PersonIdentity, PersonStatus
from bot.store.models import utcnow


def _export(session: Session, subject: DataSubject) -> dict[str, object]:
    person = session.get(Person, subject.person_id)
    identities = session.exec(
        select(PersonIdentity).where(PersonIdentity.person_id == subject.person_id)
    ).all()
    return {
        "profile": dump(person) if person is not None else None,
        "identities": [dump(row) for row in identities],
    }


def _erase(session: Session, subject: DataSubject) -> dict[str, int]:
    identities = session.exec(
        select(PersonIdentity).where(PersonIdentity.person_id == subject.person_id)
    ).all()
    for row in identities:
        session.delete(row)
    person = session.get(Person, subject.person_id)
    if person is None:
        return {"person_identity": len(identities)}
    # The row stays, nameless, so what they did still counts: contributions, levels and
    # answers keep pointing at it. Role and groups stay (the KPIs tell staff apart by them);
    # `left`: nothing is ever proposed or sent to it again.
    person.name = person.email = person.language = person.timezone = None
    person.quiet_hours = None
    person.preferred_kinds = []
    person.status = PersonStatus.LEFT.value
    person.paused_until = None
    person.updated_at = utcnow()
    session.add(person)
    return {"person_identity": len(identities), "person": 1}


def people_store() -> PersonalDataStore:
    return PersonalDataStore(
        name="people",
        keeps="name, e-mail, language, time zone, quiet hours, groups and platform "
        "identities (user id, display name, first and last seen)",
        tables=("person", "person_identity"),
        export=_export,
        erase=_erase,
    )
