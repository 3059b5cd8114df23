"""What the notice and consent tables keep about a person (the data-rights registry)."""

from __future__ import annotations

from sqlmodel import Session, col, select

from bot.data_rights.erasing import dump
from bot.data_rights.registry import DataSubject, PersonalDataStore
from bot.notices.tables import Consent, NoticeSeen


def _rows(session: Session, table: type[NoticeSeen] | type[Consent], subject: DataSubject):  # type: ignore[no-untyped-def]
    return session.exec(
        select(table)
        .where(table.client == subject.client, table.person_id == subject.person_id)
        .order_by(col(table.id))
    ).all()


def _export(session: Session, subject: DataSubject) -> dict[str, object]:
    return {
        "notices_seen": [dump(row) for row in _rows(session, NoticeSeen, subject)],
        "consents": [dump(row) for row in _rows(session, Consent, subject)],
    }


def _erase(session: Session, subject: DataSubject) -> dict[str, int]:
    counts: dict[str, int] = {}
    for table in (NoticeSeen, Consent):
        rows = _rows(session, table, subject)
        for row in rows:
            session.delete(row)
        counts[str(table.__tablename__)] = len(rows)
    return counts


def notices_store() -> PersonalDataStore:
    return PersonalDataStore(
        name="notices",
        keeps="which first-contact notice version each person saw (language, platform, "
        "time) and their last yes or no to an external model, the NPS survey and public "
        "recognition (board, community channel): when and where they said it",
        tables=("notice_seen", "consent"),
        export=_export,
        erase=_erase,
    )
