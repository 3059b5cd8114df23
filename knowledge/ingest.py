"""Ingestion: files → sections → chunks → vectors + catalog, idempotent by content hash."""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import numpy as np

from knowledge.catalog import CLASSIFIER_VERSION, Catalog, DocumentInfo
from knowledge.chunking import chunk_sections
from knowledge.embeddings import Embedder, EmbeddingWithheld
from knowledge.faq import split_faqs
from knowledge.index import chunk_vectors
from knowledge.ingest_report import (
    ADDED,
    ERROR,
    RECLASSIFIED,
    REPLACED,
    SKIPPED,
    UNCHANGED,
    FileResult,
)
from knowledge.loaders import (
    SUPPORTED_SUFFIXES,
    LoaderError,
    clean_file_title,
    load,
)
from knowledge.markers import Marking
from knowledge.marking_document import document_marking
from knowledge.marking_doubt import restriction_sign
from knowledge.marking_review import is_due, review_on
from knowledge.reading import (
    DEFAULT_MAX_MB,
    ReadRefused,
    check_content,
    max_bytes,
    read_document,
    too_big,
)
from knowledge.sensitivity import INTERNAL, PUBLIC, REVIEW, Sources, classify, with_manual
from knowledge.text import detect_language
from knowledge.vectors import StoredChunk, VectorStore

log = logging.getLogger(__name__)
# Chunks per vector-store write when many documents are ingested in one go.
FLUSH_CHUNKS = 2000
# Chunks embedded at a time: a very long document never holds all its vectors at once.
EMBED_BATCH = 512


def doc_id_for(source: str) -> str:
    return hashlib.sha1(source.encode("utf-8")).hexdigest()[:16]


_NO_TEXT = ("empty file", "no text found")


def _status(existing: DocumentInfo | None, digest: str, level: str) -> str:
    """How a file read again is reported: a file whose bytes did not change, read again
    because the reading rules or the client's ambassador names did, is not "replaced"."""
    if existing is None:
        return ADDED
    if existing.sha256 != digest:
        return REPLACED
    return RECLASSIFIED if level != existing.sensitivity else UNCHANGED


def _failed(name: str, source: str, exc: ReadRefused) -> FileResult:
    return FileResult(
        name=name, status=ERROR, message=str(exc), path=source, code=exc.code, values=exc.values
    )


class Ingestor:
    """Writes one client's documents into the vector store and its catalog."""

    def __init__(
        self,
        slug: str,
        catalog: Catalog,
        store: Callable[[], VectorStore],
        embedder: Embedder,
        others: Sequence[Embedder] = (),
        today: date | None = None,
    ) -> None:
        self.slug = slug
        # The day every document of this run is read as of, and its review day counted from.
        self.today = today or date.today()
        self.catalog = catalog
        self._store = store  # opened lazily: an unchanged corpus never opens chroma
        self.embedder = embedder
        # Further vector spaces (word vectors, the gateway's): best effort, never blocking.
        self.others = list(others)
        self.changed = False
        self.catalog_changed = False  # reasons updated: save the catalog, keep the index
        # Chunks waiting to be written, per vector space: one upsert per batch of
        # documents rather than per document (a folder of small files is mostly that).
        self._pending: dict[str, list[tuple[StoredChunk, np.ndarray]]] = {}

    def ingest_file(
        self,
        path: Path,
        *,
        sources: Sources,
        max_mb: float = DEFAULT_MAX_MB,
        root: Path | None = None,
    ) -> FileResult:
        name = path.name
        source = str(path.resolve())
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            return FileResult(
                name=name,
                status=SKIPPED,
                path=str(path),
                message=f"unsupported format '{path.suffix or '(none)'}'",
                code="unsupported",
                values={"suffix": path.suffix or "(none)"},
            )
        try:
            read = read_document(path, max_mb)
        except ReadRefused as exc:
            return _failed(name, source, exc)
        rel = path.relative_to(root) if root is not None and path.is_relative_to(root) else path
        return self._ingest(name, read.data, read.sha256, source, rel, sources)

    def ingest_bytes(
        self,
        name: str,
        data: bytes,
        *,
        source: str,
        rel_path: Path | None = None,
        sources: Sources | None = None,
        max_mb: float = DEFAULT_MAX_MB,
    ) -> FileResult:
        sources = sources or Sources()
        if len(data) > max_bytes(max_mb):
            return _failed(name, source, too_big(len(data), max_mb))
        try:
            check_content(name, data)
        except ReadRefused as exc:
            return _failed(name, source, exc)
        digest = hashlib.sha256(data).hexdigest()
        return self._ingest(name, data, digest, source, rel_path or Path(name), sources)

    def _ingest(
        self, name: str, data: bytes, digest: str, source: str, rel: Path, sources: Sources
    ) -> FileResult:
        existing = self.catalog.by_source(source)
        if (
            existing is not None
            and existing.sha256 == digest
            and existing.classifier == CLASSIFIER_VERSION
            and existing.ambassador_names == sources.names_read()
            and not is_due(existing.review_on, self.today)  # its day came: read it again
        ):
            if existing.title is None:  # a catalog from before titles were kept
                existing.title = _title_of(name, data)
                self.catalog_changed = True
            return self._unchanged(existing, rel, sources)
        try:
            document = load(name, data)
        except LoaderError as exc:
            empty = str(exc) in _NO_TEXT or "without extractable text" in str(exc)
            code = "empty" if empty else "load"
            return FileResult(name=name, status=ERROR, message=str(exc), path=source, code=code)
        names = sources.ambassador_names, sources.client_names
        marking = document_marking(document, *names, today=self.today)
        doubt = None if marking else restriction_sign(document.head, document.properties)
        computed = classify(marking, rel, sources, doubt)
        manual = existing.manual if existing is not None else None
        same = existing is not None and existing.manual_sha256 == digest
        decided = with_manual(computed, manual, same_content=same)
        level = decided.level
        title = document.title or clean_file_title(name)
        chunks = chunk_sections(split_faqs(document.sections), title)
        if not chunks:
            return FileResult(
                name=name, status=ERROR, message="no text found", path=source, code="empty"
            )
        doc_id = doc_id_for(source)
        language = detect_language(" ".join(c.text for c in chunks[:5]))
        stored = [
            StoredChunk(
                chunk_id=f"{doc_id}:{c.ordinal:05d}",
                text=c.text,
                metadata={
                    "client": self.slug,
                    "doc_id": doc_id,
                    "document": name,
                    "heading": c.heading,  # the heading path: "Title › Section › Sub"
                    "page": c.page if c.page is not None else -1,
                    "kind": c.kind,  # the units it holds: paragraph, list, table
                    "sensitivity": level,
                    "language": language,
                },
            )
            for c in chunks
        ]
        store = self._store()
        if existing is not None:
            self._delete(store, existing.doc_id)
        self._embed(stored, [c.heading for c in chunks], level)
        self.catalog.documents[doc_id] = DocumentInfo(
            doc_id=doc_id,
            name=name,
            source=source,
            sha256=digest,
            sensitivity=level,
            chunks=len(chunks),
            pages=document.pages,
            language=language,
            marker=marking.level if marking else None,
            marker_text=marking.text if marking else None,
            reason=decided.reason,
            reason_detail=decided.detail,
            manual=manual if decided.reason == "manual" else None,
            manual_sha256=digest if decided.reason == "manual" else None,
            classifier=CLASSIFIER_VERSION,
            ambassador_names=sources.names_read(),
            doubt=doubt,
            title=document.title,
            ingested_at=datetime.now(UTC).isoformat(timespec="seconds"),
            review_on=review_on(document, self.today),
            rel_path=rel.as_posix(),
            option=sources.option,
        )
        self.changed = True
        return FileResult(
            name=name,
            status=_status(existing, digest, level),
            chunks=len(chunks),
            pages=document.pages,
            sensitivity=level,
            path=source,
            reason=decided.reason,
            reason_detail=decided.detail,
        )

    def _unchanged(self, doc: DocumentInfo, rel: Path, sources: Sources) -> FileResult:
        """Same content: re-apply the folder rules, option and default to its marking."""
        marking = Marking(doc.marker, doc.marker_text or doc.marker) if doc.marker else None
        computed = classify(marking, rel, sources, doc.doubt)
        decided = with_manual(computed, doc.manual, same_content=True)
        status = UNCHANGED
        if (doc.rel_path, doc.option) != (rel.as_posix(), sources.option):
            doc.rel_path, doc.option = rel.as_posix(), sources.option
            self.catalog_changed = True
        if decided.level != doc.sensitivity:
            self.relabel(doc, decided.level)
            status = RECLASSIFIED
        if (doc.reason, doc.reason_detail) != (decided.reason, decided.detail):
            doc.reason, doc.reason_detail = decided.reason, decided.detail
            self.catalog_changed = True
        return FileResult(
            name=doc.name,
            status=status,
            chunks=doc.chunks,
            pages=doc.pages,
            sensitivity=decided.level,
            path=doc.source,
            reason=decided.reason,
            reason_detail=decided.detail,
        )

    def reread(self, doc: DocumentInfo, sources: Sources, max_mb: float) -> FileResult:
        """Read a document's file again as it was ingested: the path its folder rules were
        matched on and its --sensitivity option (`sources` gives the client's rules, default
        and names). Its review day has come, so it is read in full, not taken as unchanged."""
        assert doc.rel_path is not None  # checked by the caller (`ingest_review`)
        path = Path(doc.source)
        try:
            read = read_document(path, max_mb)
        except ReadRefused as exc:
            return _failed(path.name, doc.source, exc)
        again = replace(sources, option=doc.option)
        return self._ingest(
            path.name, read.data, read.sha256, doc.source, Path(doc.rel_path), again
        )

    def withhold(self, doc: DocumentInfo) -> FileResult:
        """A public document whose review day came and that cannot be read again: internal,
        with the reason `review` (the day), until a person sends or ingests it again."""
        if doc.sensitivity == PUBLIC:
            self.relabel(doc, INTERNAL)
        doc.reason, doc.reason_detail = REVIEW, doc.review_on or ""
        self.catalog_changed = True
        return FileResult(
            name=doc.name,
            status=RECLASSIFIED,
            sensitivity=doc.sensitivity,
            path=doc.source,
            reason=REVIEW,
            reason_detail=doc.reason_detail,
        )

    def relabel(self, doc: DocumentInfo, level: str) -> None:
        """Give every stored chunk of `doc` the level `level`, in every space, in place."""
        self.flush()
        store = self._store()
        for embedder in (self.embedder, *self.others):
            store.set_sensitivity(self.slug, embedder.name, doc.doc_id, level)
        doc.sensitivity = level
        self.changed = True

    def _embed(self, stored: list[StoredChunk], headings: list[str], level: str) -> None:
        """Vectors for every space, a batch of chunks at a time.

        An extra space that may not receive passages of `level` (the gateway, for a
        client whose `privacy.model_sensitivities` leaves it out) withholds them: they
        get no vector there and are found by the local signals.
        """
        spaces: list[Embedder] = []
        for other in self.others:
            bind = getattr(other, "for_sensitivity", None)
            spaces.append(bind(level) if bind is not None else other)
        for start in range(0, len(stored), EMBED_BATCH):
            part = stored[start : start + EMBED_BATCH]
            heads = headings[start : start + EMBED_BATCH]
            texts = [c.text for c in part]
            self._queue(self.embedder.name, part, chunk_vectors(self.embedder, heads, texts))
            # A space that withheld or failed a batch gets none of the rest of the document.
            spaces = [s for s in spaces if self._add_space(s, part, heads, texts)]

    def _add_space(
        self, embedder: Embedder, stored: list[StoredChunk], headings: list[str], texts: list[str]
    ) -> bool:
        try:
            vectors = chunk_vectors(embedder, headings, texts)
        except EmbeddingWithheld as exc:
            log.info("%s: %s", embedder.name, exc)
            return False
        except Exception as exc:  # a gateway outage must not lose the offline ingestion
            log.warning("%s embeddings unavailable, skipped: %s", embedder.name, exc)
            return False
        self._queue(embedder.name, stored, vectors)
        return True

    def _queue(self, space: str, chunks: list[StoredChunk], vectors: np.ndarray) -> None:
        pending = self._pending.setdefault(space, [])
        pending.extend(zip(chunks, vectors, strict=True))
        if len(pending) >= FLUSH_CHUNKS:
            self._flush_space(self._store(), space)

    def _flush_space(self, store: VectorStore, space: str) -> None:
        pending = self._pending.pop(space, [])
        if pending:
            chunks = [c for c, _ in pending]
            store.add(self.slug, space, chunks, np.stack([v for _, v in pending]))

    def flush(self) -> None:
        """Write every queued chunk (before the catalog that lists them is saved)."""
        if self._pending:
            store = self._store()
            for space in list(self._pending):
                self._flush_space(store, space)

    def _delete(self, store: VectorStore, doc_id: str) -> None:
        """Forget a document in every space, queued chunks included."""
        for embedder in (self.embedder, *self.others):
            store.delete_document(self.slug, embedder.name, doc_id)
        for space, pending in self._pending.items():
            self._pending[space] = [p for p in pending if p[0].metadata["doc_id"] != doc_id]

    def prune(self) -> list[str]:
        """Forget documents whose source file is gone (chat uploads are kept)."""
        gone = [
            d
            for d in self.catalog.documents.values()
            if not d.source.startswith("upload:") and not Path(d.source).exists()
        ]
        if not gone:
            return []
        store = self._store()
        for doc in gone:
            self._delete(store, doc.doc_id)
            del self.catalog.documents[doc.doc_id]
        self.changed = True
        return [d.name for d in gone]


def _title_of(name: str, data: bytes) -> str:
    """A document's own title, for a catalog entry written before titles were kept."""
    try:
        return load(name, data).title
    except LoaderError:
        return ""


def timed() -> Callable[[], float]:
    start = time.perf_counter()
    return lambda: time.perf_counter() - start
