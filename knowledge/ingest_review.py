"""Documents whose review day has come (`marking_review`): read again, or withheld.

A level read "as of today" at ingestion (an embargo, a readership window, an approved
release) is only true until the next date its head writes: then the document is read
again from its file, through the normal path, with the folder rules matched on the same
relative path and the --sensitivity it was ingested with. When that cannot be done (a chat
upload, whose bytes are not kept; a file gone or unreadable; a catalog entry from before
the relative path was kept), a public document is withheld (internal, reason `review`)
until a person sends or ingests it again: a document whose day has passed is never shown
to ambassadors on the strength of an old reading. A level set by hand is a person's
decision about that content: it stands, whatever the day.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from pathlib import Path

from knowledge.catalog import DocumentInfo
from knowledge.ingest import Ingestor
from knowledge.ingest_batch import safely
from knowledge.ingest_report import ERROR, FileResult
from knowledge.marking_review import is_due
from knowledge.sensitivity import MANUAL, PUBLIC, Sources

__all__ = ["due", "reread_due", "rereadable", "to_review", "withhold_due"]

log = logging.getLogger(__name__)


def due(doc: DocumentInfo, today: date) -> bool:
    """Its review day has come and no person set its level."""
    return doc.reason != MANUAL and is_due(doc.review_on, today)


def rereadable(doc: DocumentInfo) -> bool:
    """Its file can be read again as it was ingested (not a chat upload, still there, and
    the path its folder rules were matched on is known)."""
    if doc.rel_path is None or doc.source.startswith("upload:"):
        return False
    return Path(doc.source).is_file()


def to_review(documents: Iterable[DocumentInfo], today: date) -> list[DocumentInfo]:
    """The due documents a re-read acts on: a file to read again, or a public document to
    withhold (a due upload already internal has nothing more to lose)."""
    return [d for d in documents if due(d, today) and (d.sensitivity == PUBLIC or rereadable(d))]


def reread_due(ingestor: Ingestor, sources: Sources, max_mb: float) -> list[FileResult]:
    """Read every due document again (`Ingestor.reread`) as of `ingestor.today`; withhold a
    public one that cannot be read again, or whose reading fails. One result per document."""
    results = []
    for doc in to_review(list(ingestor.catalog.documents.values()), ingestor.today):
        if not rereadable(doc):
            results.append(ingestor.withhold(doc))
            continue
        try:
            result = safely(lambda doc=doc: ingestor.reread(doc, sources, max_mb), doc.name)
        except ValueError as exc:  # a stored option no longer valid: not read, not trusted
            result = FileResult(doc.name, ERROR, message=str(exc), path=doc.source, code="internal")
        if not result.ok and doc.sensitivity == PUBLIC:
            log.warning("%s not read again, withheld: %s", doc.name, result.message)
            result = replace(ingestor.withhold(doc), message=result.message, code=result.code)
        results.append(result)
    return results


def withhold_due(ingestor: Ingestor) -> list[FileResult]:
    """Withhold every due public document at once (no file is read: a question waits)."""
    documents = list(ingestor.catalog.documents.values())
    return [
        ingestor.withhold(doc)
        for doc in documents
        if doc.sensitivity == PUBLIC and due(doc, ingestor.today)
    ]
