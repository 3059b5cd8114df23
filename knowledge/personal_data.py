"""The client document stores (vectors, catalog): documents belong to the client.

A document shared in chat is ingested under its file name only; no chunk's metadata and
no catalog entry records who uploaded it (`knowledge/ingest.py`), so there is nothing
about a person to export or erase here. Were an uploader ever recorded, erasing it would
start here; documents themselves stay (they are the client's).
"""

from __future__ import annotations

from sqlmodel import Session

from bot.data_rights.registry import DataSubject, PersonalDataStore


def _export(_session: Session, _subject: DataSubject) -> list[object]:
    return []


def _erase(_session: Session, _subject: DataSubject) -> dict[str, int]:
    return {}


def knowledge_store() -> PersonalDataStore:
    return PersonalDataStore(
        name="documents",
        keeps="the client's documents and their vectors: no uploader is recorded, so "
        "nothing about a person",
        tables=(),
        export=_export,
        erase=_erase,
    )
