"""What the contribution log and recognition keep about a person."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import or_
from sqlmodel import Session, select

from bot.contributions.tables import (
    BadgeAward,
    Contribution,
    LevelChange,
    NpsAnswer,
    PersonPreference,
)
from bot.data_rights.erasing import delete_file_later, dump, names_them
from bot.data_rights.registry import ERASED, DataSubject, PersonalDataStore


def _export(session: Session, subject: DataSubject) -> dict[str, object]:
    def rows(table):  # type: ignore[no-untyped-def]
        query = select(table).where(
            table.client == subject.client, table.person_id == subject.person_id
        )
        return [dump(row) for row in session.exec(query.order_by(table.id))]

    preference = session.get(PersonPreference, subject.person_id)
    return {
        "contributions": rows(Contribution),
        "level_changes": rows(LevelChange),
        "badges": rows(BadgeAward),
        "preferences": dump(preference) if preference is not None else None,
        "nps_answers": rows(NpsAnswer),
    }


def _notes(session: Session, subject: DataSubject) -> list[str]:
    rows = session.exec(
        select(Contribution).where(
            Contribution.client == subject.client, Contribution.person_id == subject.person_id
        )
    )
    return [row.note for row in rows if row.note]


def _eraser(home: Path):  # type: ignore[no-untyped-def]
    def erase(session: Session, subject: DataSubject) -> dict[str, int]:
        counts: dict[str, int] = {}
        refs = list(subject.refs)
        changed: set[int | None] = set()
        for row in session.exec(
            select(Contribution).where(
                Contribution.client == subject.client,
                or_(
                    Contribution.person_id == subject.person_id,
                    Contribution.logged_by.in_(refs),  # type: ignore[union-attr]
                    Contribution.reviewed_by.in_(refs),  # type: ignore[union-attr]
                ),
            )
        ):
            if row.person_id == subject.person_id:
                delete_file_later(session, home, row.proof_file)
                # Counted still (kind, day, points, status), with no proof and no words.
                row.note = row.proof_url = row.proof_file = row.proof_sha256 = None
                row.review_note = None
            if names_them(subject, row.logged_by):
                row.logged_by = ERASED
            if names_them(subject, row.reviewed_by):
                row.reviewed_by = ERASED
            session.add(row)
            changed.add(row.id)
        counts["contribution"] = len(changed)
        levels = session.exec(
            select(LevelChange).where(
                LevelChange.client == subject.client,
                or_(
                    LevelChange.person_id == subject.person_id,
                    LevelChange.changed_by.in_(refs),  # type: ignore[union-attr]
                ),
            )
        ).all()
        for level in levels:
            if level.person_id == subject.person_id:
                level.reason = None
            if names_them(subject, level.changed_by):
                level.changed_by = ERASED
            session.add(level)
        counts["level_change"] = len(levels)
        preference = session.get(PersonPreference, subject.person_id)
        if preference is not None:
            session.delete(preference)
            counts["person_preference"] = 1
        answers = session.exec(
            select(NpsAnswer).where(
                NpsAnswer.client == subject.client, NpsAnswer.person_id == subject.person_id
            )
        ).all()
        for answer in answers:
            answer.comment = None  # the score still counts in the NPS
            session.add(answer)
        counts["nps_answer"] = len(answers)
        return counts

    return erase


def contributions_store(home: Path) -> PersonalDataStore:
    return PersonalDataStore(
        name="contributions",
        keeps="contributions logged (kind, day, points, proof link or file, note, review), "
        "level changes, badges, opt-ins, NPS answers and comments",
        tables=("contribution", "level_change", "badge_award", "person_preference", "nps_answer"),
        export=_export,
        erase=_eraser(home),
        writings=_notes,
    )
