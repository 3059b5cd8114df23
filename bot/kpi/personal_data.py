"""The KPI roll-ups: counts per person number, kept when a person is erased."""

from __future__ import annotations

from sqlmodel import Session, select

from bot.data_rights.erasing import dump
from bot.data_rights.registry import DataSubject, PersonalDataStore
from bot.kpi.tables import KpiLevelStep, KpiPersonMonth, KpiPersonYear

TABLES = (KpiPersonMonth, KpiPersonYear, KpiLevelStep)


def _export(session: Session, subject: DataSubject) -> dict[str, list[dict[str, object]]]:
    return {
        table.__tablename__: [  # type: ignore[misc]
            dump(row)
            for row in session.exec(
                select(table).where(
                    table.client == subject.client, table.person_id == subject.person_id
                )
            )
        ]
        for table in TABLES
    }


def _erase(_session: Session, _subject: DataSubject) -> dict[str, int]:
    # Counts under a bare number: once the person row is nameless they name nobody, and
    # the program's KPIs stay true.
    return {}


def kpi_store() -> PersonalDataStore:
    return PersonalDataStore(
        name="kpi",
        keeps="monthly and yearly counts of approved contributions and level steps per "
        "person number (kept anonymous after an erasure, so the KPIs stay true)",
        # `kpi_month.people` is a count of people per month: it names nobody.
        tables=(*(t.__tablename__ for t in TABLES), "kpi_month"),  # type: ignore[misc]
        export=_export,
        erase=_erase,
    )
