"""Consents: a person's last yes or no on each topic, kept per client (`consent`) with when
and where they said it, as evidence.

- `model`: `consentement oui|non`, read by the gateway's policy (`ModelPolicy.allows_person`)
  on each call under `privacy.model_consent: required`;
- `surveys`: `sondages oui` / `stop sondages`, read when a survey wave is decided and again
  when each invitation is due (`skills.kpi.survey`);
- `board`, `channel`: the public-recognition opt-ins (`tableau oui`, `annonces oui`), kept
  as evidence beside the preferences that the board and the celebrations read
  (`bot.contributions.prefs`).

No row means no yes: nobody is asked, surveyed or named publicly by default.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from bot.notices.tables import Consent, ConsentTopic, NoticeSeen
from bot.people.tables import PersonIdentity
from bot.store.database import Database, stored_utc
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

    def has_consented(
        self, client: str, platform: str, user_id: str, topic: str = ConsentTopic.MODEL
    ) -> bool:
        with self.db.session() as session:
            person_id = person_id_of(session, client, platform, user_id)
            if person_id is None:
                return False
            row = _row(session, client, person_id, topic)
            return row is not None and row.consented

    def answer(self, client: str, person_id: int, topic: str) -> Consent | None:
        """Their last answer on `topic` (None: never asked or never said)."""
        with self.db.session() as session:
            row = _row(session, client, person_id, topic)
            if row is not None:
                session.expunge(row)
            return row

    def decide(
        self,
        client: str,
        person_id: int,
        platform: str,
        consented: bool,
        topic: str = ConsentTopic.MODEL,
        now: datetime | None = None,
    ) -> None:
        """Record their answer (the last one counts)."""
        for attempt in range(2):
            try:
                with self.db.session() as session:
                    record(session, client, person_id, topic, consented, platform, now)
                return
            except IntegrityError:  # said at once on two platforms: the row exists now
                if attempt:
                    raise


def record(
    session: Session,
    client: str,
    person_id: int,
    topic: str,
    consented: bool,
    platform: str,
    now: datetime | None = None,
) -> None:
    """`ConsentBook.decide` inside the caller's transaction (the preferences' too)."""
    topic = ConsentTopic(topic).value  # ValueError for an unknown topic
    row = _row(session, client, person_id, topic) or Consent(
        client=client, person_id=person_id, topic=topic, consented=consented, platform=platform
    )
    row.consented = consented
    row.platform = platform[:16]
    row.decided_at = now or utcnow()
    session.add(row)
    session.flush()


def consenting(session: Session, client: str, topic: str) -> set[int]:
    """The people of `client` whose last answer on `topic` is yes."""
    return set(
        session.exec(
            select(Consent.person_id).where(
                Consent.client == client, Consent.topic == topic, col(Consent.consented)
            )
        ).all()
    )


def said_yes(session: Session, client: str, person_id: int, topic: str) -> bool:
    """Whether this person's last answer on `topic` is yes."""
    row = _row(session, client, person_id, topic)
    return row is not None and row.consented


def move_person(session: Session, merged_id: int, kept_id: int) -> None:
    """Two people who are one human (`ambassade people link`): the kept person keeps, per
    topic, the latest answer of either; notices either saw stay seen, once per version."""
    kept = {c.topic: c for c in session.exec(select(Consent).where(Consent.person_id == kept_id))}
    for row in session.exec(select(Consent).where(Consent.person_id == merged_id)).all():
        mine = kept.get(row.topic)
        if mine is not None and stored_utc(mine.decided_at) >= stored_utc(row.decided_at):
            session.delete(row)
            continue
        if mine is not None:
            session.delete(mine)
            session.flush()
        row.person_id = kept_id
        session.add(row)
    versions = set(session.exec(select(NoticeSeen.version).where(NoticeSeen.person_id == kept_id)))
    for seen in session.exec(select(NoticeSeen).where(NoticeSeen.person_id == merged_id)).all():
        if seen.version in versions:
            session.delete(seen)
        else:
            seen.person_id = kept_id
            session.add(seen)
    session.flush()


def _row(session: Session, client: str, person_id: int, topic: str) -> Consent | None:
    return session.exec(
        select(Consent).where(
            Consent.client == client, Consent.person_id == person_id, Consent.topic == topic
        )
    ).first()
