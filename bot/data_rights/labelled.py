"""A store for versioned documents that stand people behind labels (P1, P2…): syntheses and
personas keep a `people` map from label to "platform:user_id", their words inside `data`,
and who acted on the version in `*_by` columns."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlmodel import Session, select

from bot.data_rights.erasing import dump, names_them, scrub
from bot.data_rights.registry import ERASED, DataSubject, PersonalDataStore


def labelled_versions_store(
    model: Any, *, name: str, keeps: str, actor_columns: Sequence[str] = ("created_by",)
) -> PersonalDataStore:
    """`model`: a table with `client`, `people` (label → ref) and `data` (JSON) columns."""
    table = model.__tablename__

    def rows(session: Session, subject: DataSubject) -> list[Any]:
        return list(session.exec(select(model).where(model.client == subject.client)))

    def labels(row: Any, subject: DataSubject) -> list[str]:
        return [label for label, ref in row.people.items() if names_them(subject, str(ref))]

    def acted(row: Any, subject: DataSubject) -> list[str]:
        return [c for c in actor_columns if names_them(subject, getattr(row, c))]

    def export(session: Session, subject: DataSubject) -> list[dict[str, object]]:
        return [
            {**dump(row, without=("data",)), "their_labels": labels(row, subject)}
            for row in rows(session, subject)
            if labels(row, subject) or acted(row, subject)
        ]

    def erase(session: Session, subject: DataSubject) -> dict[str, int]:
        needles = subject.needles()
        changed = 0
        for row in rows(session, subject):
            theirs = labels(row, subject)
            data, found = scrub(row.data, needles)
            columns = acted(row, subject)
            if not (theirs or found or columns):
                continue
            row.people = {k: (ERASED if k in theirs else v) for k, v in row.people.items()}
            row.data = data
            for column in columns:
                setattr(row, column, ERASED)
            session.add(row)
            changed += 1
        return {table: changed}

    return PersonalDataStore(name=name, keeps=keeps, tables=(table,), export=export, erase=erase)
