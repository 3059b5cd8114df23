"""`KnowledgeBase`: the knowledge layer's public entry point (one per process)."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable, Collection, Mapping, Sequence
from datetime import date
from pathlib import Path

import numpy as np

from knowledge import index_cache
from knowledge.answer import Answer
from knowledge.best_answer import best_answer
from knowledge.catalog import DocumentInfo
from knowledge.clients import client_slug
from knowledge.embedding_worker import EmbeddingWorker
from knowledge.embeddings import Embedder, HashingEmbedder
from knowledge.encoder import SentenceEncoder, shared_encoder
from knowledge.index import ClientIndex
from knowledge.ingest import Ingestor, timed
from knowledge.ingest_batch import ingest_tree, ingest_upload
from knowledge.ingest_report import FileResult, IngestReport
from knowledge.ingest_review import reread_due, withhold_due
from knowledge.loaded_indexes import LoadedIndexes
from knowledge.query_scoring import ALL, QueryScorer
from knowledge.reading import DEFAULT_MAX_MB
from knowledge.retrieval import Hit, rank
from knowledge.review_guard import ReviewGuard
from knowledge.sensitivity import DEFAULT_SENSITIVITY, MANUAL, Sources, parse_level
from knowledge.shared_state import FRESHNESS_S
from knowledge.vectors import VectorStore
from knowledge.wordvectors import WordVectorEmbedder

log = logging.getLogger(__name__)


class KnowledgeBase:
    """Per-client document stores under `root` (= settings.knowledge_dir).

    `embedder` is an optional extra (gateway) embedder; the offline hashing embedder is
    always used, and so are the spaCy model's word vectors unless `word_vectors=False` and
    the multilingual sentence encoder (`knowledge.encoder`) unless `sentence_encoder=False`,
    for every question or only cross-language ones (`encoder_scope`).
    Chunks get their sentence vectors in a background thread when `background=True` (the
    bot), else through `embed_pending` (the CLI); until then the other signals answer alone.

    With `chroma_url`, the chunks live on that Chroma server, shared with processes on
    other machines, and the files under `root` are caches of it (`knowledge.shared_state`:
    another process's change is seen within `freshness` seconds).
    """

    def __init__(
        self,
        root: Path,
        *,
        embedder: Embedder | None = None,
        offline_embedder: Embedder | None = None,
        word_vectors: bool = True,
        sentence_encoder: bool | SentenceEncoder = True,
        encoder_scope: str = ALL,
        background: bool = False,
        chroma_url: str | None = None,
        freshness: float = FRESHNESS_S,
    ) -> None:
        self.root = Path(root)
        self.offline = offline_embedder or HashingEmbedder()
        self.semantic = WordVectorEmbedder.if_available() if word_vectors else None
        self.extra = (
            embedder if embedder is not None and embedder.name != self.offline.name else None
        )
        if isinstance(sentence_encoder, SentenceEncoder):
            self.encoder: SentenceEncoder | None = sentence_encoder
        else:
            self.encoder = shared_encoder() if sentence_encoder else None
        self._lock = threading.RLock()
        self.indexes = LoadedIndexes(
            self.root,
            self.offline,
            self.semantic,
            self.extra,
            self._lock,
            self.encoder,
            url=chroma_url,
            freshness=freshness,
        )
        self.scorer = QueryScorer(self.offline, self.semantic, self.encoder, encoder_scope)
        self.worker = (
            EmbeddingWorker(self.indexes, self.encoder) if self.encoder is not None else None
        )
        # The day documents are read as of (a seam for tests); due ones are withheld at once.
        self.clock: Callable[[], date] = date.today
        self.reviews = ReviewGuard(self.indexes.catalog_stamp, self.indexes.catalog)
        if background and self.worker is not None and self.encoder is not None:
            self.indexes.on_missing_passages = self.worker.schedule
            self.encoder.prepare_queries()

    # -- ingestion -------------------------------------------------------------------------
    def ingest_paths(
        self,
        client: str,
        paths: Sequence[Path],
        *,
        sensitivity: str | None = None,
        folder_rules: Mapping[str, str] | None = None,
        default_sensitivity: str = DEFAULT_SENSITIVITY,
        max_mb: float = DEFAULT_MAX_MB,
        prune: bool = False,
        on_file: Callable[[FileResult], None] | None = None,
        ambassador_names: Sequence[str] = (),
        client_names: Sequence[str] = (),
    ) -> IngestReport:
        """Ingest files and folders. A document's level is the strictest of its marking,
        its folder rule and `sensitivity`; with none, `default_sensitivity` (internal)."""
        slug = client_slug(client)
        elapsed = timed()
        report = IngestReport(client=slug)
        names = (*ambassador_names,), (*client_names,)
        sources = Sources(default_sensitivity, folder_rules, sensitivity, *names)
        with self._lock:
            ingestor = self._ingestor(slug)
            report.files.extend(ingest_tree(ingestor, paths, sources, max_mb, on_file))
            if prune:
                report.pruned = ingestor.prune()
            self._commit(slug, ingestor)
        report.seconds = elapsed()
        return report

    def ingest_bytes(
        self,
        client: str,
        filename: str,
        data: bytes,
        *,
        sensitivity: str | None = None,
        folder_rules: Mapping[str, str] | None = None,
        default_sensitivity: str = DEFAULT_SENSITIVITY,
        max_mb: float = DEFAULT_MAX_MB,
        ambassador_names: Sequence[str] = (),
        client_names: Sequence[str] = (),
    ) -> FileResult:
        """Ingest a file sent in chat; re-sending the same name replaces the earlier one."""
        slug = client_slug(client)
        names = (*ambassador_names,), (*client_names,)
        sources = Sources(default_sensitivity, folder_rules, sensitivity, *names)
        with self._lock:
            ingestor = self._ingestor(slug)
            result = ingest_upload(ingestor, filename, data, sources, max_mb)
            self._commit(slug, ingestor)
        return result

    def ingest_files(
        self,
        client: str,
        files: Sequence[tuple[str, bytes]],
        *,
        sensitivity: str | None = None,
        default_sensitivity: str = DEFAULT_SENSITIVITY,
        max_mb: float = DEFAULT_MAX_MB,
    ) -> IngestReport:
        """Ingest many in-memory files with one index rebuild (sources "upload:<name>")."""
        slug = client_slug(client)
        elapsed = timed()
        report = IngestReport(client=slug)
        sources = Sources(default_sensitivity, None, sensitivity)
        with self._lock:
            ingestor = self._ingestor(slug)
            for filename, data in files:
                report.files.append(ingest_upload(ingestor, filename, data, sources, max_mb))
            self._commit(slug, ingestor)
        report.seconds = elapsed()
        return report

    def _ingestor(self, slug: str, *, embed: bool = True, today: date | None = None) -> Ingestor:
        """`embed=False`: no new vectors (extra spaces named only, no gateway, no model call)."""
        extra = self._extra_for(slug) if embed else self.extra
        others = [e for e in (self.semantic, extra) if e is not None]
        cache = self.indexes.client_dir(slug) / "index"

        def store_for_writing() -> VectorStore:
            # The ingestor opens the store only to change it: the cache goes first.
            index_cache.clear(cache)
            return self.indexes.vector_store()

        catalog = self.indexes.catalog(slug)
        day = today or self.clock()
        return Ingestor(slug, catalog, store_for_writing, self.offline, others, day)

    def _extra_for(self, slug: str) -> Embedder | None:
        """The extra embedder, bound to the client when it offers that (the gateway's filter)."""
        bind = getattr(self.extra, "for_client", None)
        return bind(slug) if bind is not None else self.extra

    def _commit(self, slug: str, ingestor: Ingestor) -> None:
        if not ingestor.changed:
            if ingestor.catalog_changed:  # reasons only: the chunks and the index stand
                self.indexes.save_catalog(slug, ingestor.catalog)
                self.indexes.catalog_saved(slug)
            return
        ingestor.flush()
        ingestor.catalog.generation += 1
        self.indexes.save_catalog(slug, ingestor.catalog)
        self.indexes.forget(slug)
        self.indexes.get(slug)  # rebuild and persist the lexical index now, not at a question

    def delete_client(self, client: str) -> None:
        """Drop every stored chunk of a client (its catalog and indexes too)."""
        with self._lock:
            self.indexes.drop_client(client_slug(client))

    def semantic_progress(self, client: str) -> tuple[int, int]:
        """(chunks with a sentence vector, chunks) of one client."""
        return self.indexes.get(client_slug(client)).semantic_progress()

    def embed_pending(
        self, client: str, on_progress: Callable[[int, int], None] | None = None
    ) -> tuple[int, int]:
        """Give the client's chunks their sentence vectors now, in this thread (resumable:
        stop it at any time). Returns (chunks with a vector, chunks)."""
        if self.worker is None:
            return 0, 0
        return self.worker.embed_now(client_slug(client), on_progress)

    def close(self) -> None:
        """Release cached indexes and the vector store handle (reopened lazily if used again)."""
        if self.worker is not None:
            self.worker.stop()
        with self._lock:
            self.indexes.close()

    def set_sensitivity(self, client: str, document: str, level: str) -> list[DocumentInfo]:
        """Set one document's level by hand (its id, name or source), at once and for good.

        The stored chunks change in place, so retrieval follows at the next question (in
        this process and, through the catalog, in a running bot); the level is remembered
        for this exact content, so re-ingesting the unchanged file keeps it. Returns the
        documents changed: none when nothing matches, several when a name is ambiguous
        (then nothing is changed).
        """
        slug = client_slug(client)
        wanted = parse_level(level)
        if wanted is None:
            raise ValueError(f"unknown sensitivity '{level}'")
        with self._lock:
            ingestor = self._ingestor(slug, embed=False)
            found = ingestor.catalog.find(document)
            if len(found) != 1:
                return found
            doc = found[0]
            if doc.sensitivity != wanted:
                ingestor.relabel(doc, wanted)
            doc.manual, doc.manual_sha256 = wanted, doc.sha256
            doc.reason, doc.reason_detail = MANUAL, ""
            ingestor.catalog_changed = True
            self._commit(slug, ingestor)
        return [doc]

    def reread_due(
        self,
        client: str,
        *,
        folder_rules: Mapping[str, str] | None = None,
        default_sensitivity: str = DEFAULT_SENSITIVITY,
        ambassador_names: Sequence[str] = (),
        client_names: Sequence[str] = (),
        max_mb: float = DEFAULT_MAX_MB,
        today: date | None = None,
    ) -> list[FileResult]:
        """Read again the documents whose review day has come (`knowledge.ingest_review`):
        each file as it was ingested; a public one that cannot be read again is withheld
        (internal, reason `review`). Levels set by hand stand. One result per document."""
        slug, names = client_slug(client), ((*ambassador_names,), (*client_names,))
        with self._lock:
            ingestor = self._ingestor(slug, today=today)
            sources = Sources(default_sensitivity, folder_rules, None, *names)
            results = reread_due(ingestor, sources, max_mb)
            self._commit(slug, ingestor)
        return results

    def _withhold_due(self, slug: str) -> bool:
        """Withhold due public documents before a question reads them (`review_guard`)."""
        if not self.reviews.any_due(slug, self.clock()):
            return False
        with self._lock:
            ingestor = self._ingestor(slug, embed=False)
            withheld = withhold_due(ingestor)
            self._commit(slug, ingestor)
        return bool(withheld)

    # -- queries ---------------------------------------------------------------------------
    def documents(self, client: str) -> list[DocumentInfo]:
        documents = self.indexes.catalog(client_slug(client)).documents.values()
        return sorted(documents, key=lambda d: d.name)

    def search(
        self,
        client: str,
        query: str,
        *,
        allowed_sensitivities: Collection[str],
        k: int = 5,
        also: Sequence[str] = (),
    ) -> list[Hit]:
        """Hybrid search: lexical and offline vectors, plus gateway vectors when configured.
        `also`: other wordings of the query (a translation) whose scores are added."""
        gateway_vector = self._gateway_vector(client, query)
        return self._search(client, query, allowed_sensitivities, k, gateway_vector, also)

    def _gateway_vector(self, client: str, query: str) -> np.ndarray | None:
        extra = self._extra_for(client_slug(client))
        if extra is None or not query.strip():
            return None
        try:
            return extra.embed([query])[0]
        except Exception as exc:  # fall back to offline retrieval, never fail the question
            log.warning("gateway embedding failed, offline retrieval only: %s", exc)
            return None

    def passages(self, client: str, sensitivity: str) -> list[str]:
        """The text of every chunk of one sensitivity (the outbound confidentiality check)."""
        slug = client_slug(client)
        documents = self.indexes.catalog(slug).documents.values()
        if not any(d.sensitivity == sensitivity for d in documents):
            return []  # no document of that level: do not open the stores for nothing
        rows = self.indexes.get(slug).rows
        return [rows.text(i) for i, s in enumerate(rows.sensitivities) if s == sensitivity]

    def _search(
        self,
        client: str,
        query: str,
        allowed: Collection[str],
        k: int,
        gateway_vector: np.ndarray | None,
        also: Sequence[str] = (),
    ) -> list[Hit]:
        slug = client_slug(client)
        allowed = frozenset(allowed)
        if not allowed or not query.strip():
            return []
        index = self.indexes.get(slug)
        if self._withhold_due(slug):  # a document whose day passed is not read as it was
            index = self.indexes.get(slug)
        if not len(index):
            return []
        scores = self.scorer.combined(index, query, gateway_vector, also)
        return rank(index, scores, slug, allowed, k)

    def spelled(self, index: ClientIndex, query: str) -> str:
        """The query as retrieval reads it (`QueryScorer.spelled`)."""
        return self.scorer.spelled(index, query)

    def answer(
        self,
        client: str,
        question: str,
        *,
        allowed_sensitivities: Collection[str],
        lang: str = "fr",
        also: Sequence[str] = (),
    ) -> Answer:
        """The extractive answer (`knowledge.best_answer`) from the question's hits."""
        hits = self.search(client, question, allowed_sensitivities=allowed_sensitivities, also=also)
        allowed = frozenset(allowed_sensitivities)
        return best_answer(self, client_slug(client), question, hits, allowed, lang, also)

    async def asearch(
        self,
        client: str,
        query: str,
        *,
        allowed_sensitivities: Collection[str],
        k: int = 5,
        also: Sequence[str] = (),
    ) -> list[Hit]:
        """`search` off the event loop (gateway call, query embedding and scoring block)."""
        return await asyncio.to_thread(
            self.search, client, query, allowed_sensitivities=allowed_sensitivities, k=k, also=also
        )

    async def aanswer(
        self,
        client: str,
        question: str,
        *,
        allowed_sensitivities: Collection[str],
        lang: str = "fr",
        also: Sequence[str] = (),
    ) -> Answer:
        """`answer` off the event loop."""
        return await asyncio.to_thread(
            self.answer,
            client,
            question,
            allowed_sensitivities=allowed_sensitivities,
            lang=lang,
            also=also,
        )
