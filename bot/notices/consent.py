"""Model consent: a person's `consentement oui|non`, kept per client (`model_consent`).

Read by the gateway's policy (`ModelPolicy.allows_person`) on each call under
`privacy.model_consent: required`; no row means no yes.
"""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from bot.notices.tables import ModelConsent
from bot.people.tables import PersonIdentity
from bot.store.database import Database
from bot.store.models import utcnow


def person_id_of(session: Session, client: str, platform: str, user_id: str) -> int | None:
    identity = session.exec(
        select(PersonIdentity).where(
            PersonIdentity.client == client,
            PersonIdentity.platform == platform,
            PersonIdentity.user_id == user_id,
        )
    ).first()
    return identity.person_id if identity is not None else None


class ConsentBook:
    def __init__(self, db: Database) -> None:
        self.db = db

    def has_consented(self, client: str, platform: str, user_id: str) -> bool:
        with self.db.session() as session:
            person_id = person_id_of(session, client, platform, user_id)
            if person_id is None:
                return False
            row = _row(session, client, person_id)
            return row is not None and row.consented

    def decide(self, client: str, person_id: int, platform: str, consented: bool) -> None:
        """Record their answer (the last one counts)."""
        try:
            self._decide(client, person_id, platform, consented)
        except IntegrityError:  # said at once on two platforms: the row exists now
            self._decide(client, person_id, platform, consented)

    def _decide(self, client: str, person_id: int, platform: str, consented: bool) -> None:
        with self.db.session() as session:
            row = _row(session, client, person_id) or ModelConsent(
                client=client, person_id=person_id, platform=platform, consented=consented
            )
            row.consented = consented
            row.platform = platform
            row.decided_at = utcnow()
            session.add(row)


def _row(session: Session, client: str, person_id: int) -> ModelConsent | None:
    return session.exec(
        select(ModelConsent).where(
            ModelConsent.client == client, ModelConsent.person_id == person_id
        )
    ).first()
