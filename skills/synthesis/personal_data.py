"""What syntheses keep about a person: a label (P1…) mapped to them, and their words.

Their words are found by the workshops' store (`writings`) before anything is erased.
"""

from __future__ import annotations

from sqlmodel import Session, select

from bot.data_rights.erasing import dump, names_them, scrub
from bot.data_rights.registry import ERASED, DataSubject, PersonalDataStore
from skills.synthesis.tables import SynthesisVersion


def _rows(session: Session, subject: DataSubject) -> list[SynthesisVersion]:
    return list(
        session.exec(select(SynthesisVersion).where(SynthesisVersion.client == subject.client))
    )


def _labels(row: SynthesisVersion, subject: DataSubject) -> list[str]:
    return [label for label, ref in row.people.items() if names_them(subject, str(ref))]


def _export(session: Session, subject: DataSubject) -> list[dict[str, object]]:
    found = []
    for row in _rows(session, subject):
        labels = _labels(row, subject)
        if labels or names_them(subject, row.created_by):
            found.append({**dump(row, without=("data",)), "their_labels": labels})
    return found


def _erase(session: Session, subject: DataSubject) -> dict[str, int]:
    needles = subject.needles()
    changed = 0
    for row in _rows(session, subject):
        labels = _labels(row, subject)
        data, found = scrub(row.data, needles)
        if not (labels or found or names_them(subject, row.created_by)):
            continue
        row.people = {k: (ERASED if k in labels else v) for k, v in row.people.items()}
        row.data = data
        if names_them(subject, row.created_by):
            row.created_by = ERASED
        session.add(row)
        changed += 1
    return {"synthesis_version": changed}


def synthesis_store() -> PersonalDataStore:
    return PersonalDataStore(
        name="syntheses",
        keeps="which synthesis label (P1, P2…) stands for them, their words quoted in it, "
        "and the syntheses they asked for",
        tables=("synthesis_version",),
        export=_export,
        erase=_erase,
    )
