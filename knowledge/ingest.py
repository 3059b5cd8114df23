"""Ingestion: files → sections → chunks → vectors + catalog, idempotent by content hash."""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from knowledge.catalog import Catalog, DocumentInfo
from knowledge.chunking import chunk_sections
from knowledge.embeddings import Embedder
from knowledge.faq import split_faqs
from knowledge.index import chunk_vectors
from knowledge.loaders import SUPPORTED_SUFFIXES, LoaderError, load
from knowledge.sensitivity import classify, marker_sensitivity, parse_level
from knowledge.text import detect_language
from knowledge.vectors import StoredChunk, VectorStore

log = logging.getLogger(__name__)
# Chunks per vector-store write when many documents are ingested in one go.
FLUSH_CHUNKS = 2000

ADDED, REPLACED, UNCHANGED, SKIPPED, ERROR = "added", "replaced", "unchanged", "skipped", "error"


@dataclass(frozen=True, slots=True)
class FileResult:
    name: str
    status: str  # added | replaced | unchanged | skipped | error
    chunks: int = 0
    pages: int = 0
    sensitivity: str | None = None
    message: str = ""
    path: str = ""

    @property
    def ok(self) -> bool:
        return self.status in (ADDED, REPLACED, UNCHANGED)


@dataclass(slots=True)
class IngestReport:
    client: str
    files: list[FileResult] = field(default_factory=list)
    pruned: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def count(self, status: str) -> int:
        return sum(f.status == status for f in self.files)

    @property
    def chunks(self) -> int:
        return sum(f.chunks for f in self.files if f.status in (ADDED, REPLACED))

    @property
    def pages(self) -> int:
        return sum(f.pages for f in self.files if f.status in (ADDED, REPLACED))

    @property
    def changed(self) -> bool:
        return bool(self.pruned) or any(f.status in (ADDED, REPLACED) for f in self.files)


def iter_files(paths: Sequence[Path]) -> Iterator[Path | FileResult]:
    """Files under `paths` (recursively, sorted, hidden entries skipped), or a FileResult
    for a path that does not exist."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path)
                if child.is_file() and not any(p.startswith(".") for p in rel.parts):
                    yield child
        elif path.is_file():
            yield path
        else:
            yield FileResult(
                name=str(raw), status=ERROR, message="file or folder not found", path=str(raw)
            )


def doc_id_for(source: str) -> str:
    return hashlib.sha1(source.encode("utf-8")).hexdigest()[:16]


class Ingestor:
    """Writes one client's documents into the vector store and its catalog."""

    def __init__(
        self,
        slug: str,
        catalog: Catalog,
        store: Callable[[], VectorStore],
        embedder: Embedder,
        others: Sequence[Embedder] = (),
    ) -> None:
        self.slug = slug
        self.catalog = catalog
        self._store = store  # opened lazily: an unchanged corpus never opens chroma
        self.embedder = embedder
        # Further vector spaces (word vectors, the gateway's): best effort, never blocking.
        self.others = list(others)
        self.changed = False
        # Chunks waiting to be written, per vector space: one upsert per batch of
        # documents rather than per document (a folder of small files is mostly that).
        self._pending: dict[str, list[tuple[StoredChunk, np.ndarray]]] = {}

    def ingest_file(
        self,
        path: Path,
        *,
        sensitivity: str | None,
        rules: Mapping[str, str] | None,
        root: Path | None = None,
    ) -> FileResult:
        name = path.name
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            return FileResult(
                name=name,
                status=SKIPPED,
                path=str(path),
                message=f"unsupported format '{path.suffix or '(none)'}'",
            )
        try:
            data = path.read_bytes()
        except OSError as exc:
            return FileResult(
                name=name, status=ERROR, message=f"cannot read: {exc.strerror}", path=str(path)
            )
        rel = path.relative_to(root) if root is not None and path.is_relative_to(root) else path
        return self.ingest_bytes(
            name,
            data,
            source=str(path.resolve()),
            rel_path=rel,
            sensitivity=sensitivity,
            rules=rules,
        )

    def ingest_bytes(
        self,
        name: str,
        data: bytes,
        *,
        source: str,
        rel_path: Path | None = None,
        sensitivity: str | None = None,
        rules: Mapping[str, str] | None = None,
    ) -> FileResult:
        if sensitivity is not None and parse_level(sensitivity) is None:
            raise ValueError(f"unknown sensitivity '{sensitivity}'")
        digest = hashlib.sha256(data).hexdigest()
        existing = self.catalog.by_source(source)
        folder_path = rel_path or Path(name)
        if existing is not None and existing.sha256 == digest:
            level = self._level(existing.marker, folder_path, sensitivity, rules)
            if existing.title is None:  # a catalog from before titles were kept
                existing.title = _title_of(name, data)
                self.changed = True
            if level == existing.sensitivity:
                return FileResult(
                    name=name,
                    status=UNCHANGED,
                    chunks=existing.chunks,
                    pages=existing.pages,
                    sensitivity=level,
                    path=source,
                )
        try:
            document = load(name, data)
        except LoaderError as exc:
            return FileResult(name=name, status=ERROR, message=str(exc), path=source)
        head = "\n".join(s.text for s in document.sections[:2])[:2000]
        raw = _raw_head(data) if Path(name).suffix.lower() in (".md", ".markdown", ".txt") else ""
        marker = marker_sensitivity(raw) or marker_sensitivity(head)
        level = self._level(marker, folder_path, sensitivity, rules)
        chunks = chunk_sections(split_faqs(document.sections), document.title or Path(name).stem)
        if not chunks:
            return FileResult(name=name, status=ERROR, message="no text found", path=source)
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
                    "heading": c.heading,
                    "page": c.page if c.page is not None else -1,
                    "sensitivity": level,
                    "language": language,
                },
            )
            for c in chunks
        ]
        headings = [c.heading for c in chunks]
        texts = [c.text for c in chunks]
        store = self._store()
        if existing is not None:
            self._delete(store, existing.doc_id)
        self._queue(self.embedder.name, stored, chunk_vectors(self.embedder, headings, texts))
        for other in self.others:
            self._add_space(other, stored, headings, texts)
        self.catalog.documents[doc_id] = DocumentInfo(
            doc_id=doc_id,
            name=name,
            source=source,
            sha256=digest,
            sensitivity=level,
            chunks=len(chunks),
            pages=document.pages,
            language=language,
            marker=marker,
            title=document.title,
            ingested_at=datetime.now(UTC).isoformat(timespec="seconds"),
        )
        self.changed = True
        return FileResult(
            name=name,
            status=REPLACED if existing else ADDED,
            chunks=len(chunks),
            pages=document.pages,
            sensitivity=level,
            path=source,
        )

    def _add_space(
        self, embedder: Embedder, stored: list[StoredChunk], headings: list[str], texts: list[str]
    ) -> None:
        try:
            vectors = chunk_vectors(embedder, headings, texts)
        except Exception as exc:  # a gateway outage must not lose the offline ingestion
            log.warning("%s embeddings unavailable, skipped: %s", embedder.name, exc)
            return
        self._queue(embedder.name, stored, vectors)

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

    @staticmethod
    def _level(
        marker: str | None, path: Path, override: str | None, rules: Mapping[str, str] | None
    ) -> str:
        head = f"Classification: {marker}" if marker else ""
        return classify(head, path, override=override, rules=rules)

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


def _raw_head(data: bytes) -> str:
    """The first bytes of a text file, front matter included (the loader drops it)."""
    return data[:1000].decode("utf-8", errors="ignore")


def timed() -> Callable[[], float]:
    start = time.perf_counter()
    return lambda: time.perf_counter() - start
