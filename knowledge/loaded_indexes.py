"""Each client's search index, loaded once and reloaded when its catalog changes.

An index comes from the on-disk cache (`index_cache`) when it matches the catalog's
generation, else from the vector store (and is cached for the next process). The catalog
file's (mtime, size) each loaded index was built from is kept: a change made by another
process (`ambassade ingest`, `documents set-sensitivity`) is seen at the next question,
not at the next restart. With a Chroma server (`url`), the catalog file is a copy of the
server's, checked at most every `freshness` seconds (`knowledge.shared_state`): a change
made by a process on another machine is seen too.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from knowledge import index_cache
from knowledge.catalog import Catalog
from knowledge.embeddings import Embedder
from knowledge.encoder import SentenceEncoder
from knowledge.index import ClientIndex, chunk_vectors
from knowledge.passage_vectors import PassageVectors
from knowledge.shared_state import FRESHNESS_S, SharedState
from knowledge.vectors import StoredChunk, VectorStore

log = logging.getLogger(__name__)


class LoadedIndexes:
    """The indexes of the clients under `root`, and the vector store they are read from.

    `lock` is the knowledge base's: loading an index never interleaves with a change.
    """

    def __init__(
        self,
        root: Path,
        offline: Embedder,
        semantic: Embedder | None,
        extra: Embedder | None,
        lock: threading.RLock,
        encoder: SentenceEncoder | None = None,
        *,
        url: str | None = None,
        freshness: float = FRESHNESS_S,
    ) -> None:
        self.root = root
        self.url = url
        self.offline = offline
        self.semantic = semantic
        self.extra = extra
        self.encoder = encoder
        self._lock = lock
        self._store: VectorStore | None = None
        self._indexes: dict[str, ClientIndex] = {}
        self._stamps: dict[str, tuple[int, int, int] | None] = {}
        self._passage_vectors: dict[str, PassageVectors] = {}
        # Called with a client whose chunks lack sentence vectors (the background worker).
        self.on_missing_passages: Callable[[str], None] | None = None
        # With a Chroma server: the catalog and sentence vectors shared with other processes.
        self.shared = (
            SharedState(
                self.vector_store,
                self.client_dir,
                passage_space=f"passages-{encoder.name}" if encoder is not None else None,
                freshness=freshness,
            )
            if url
            else None
        )

    def client_dir(self, slug: str) -> Path:
        return self.root / "clients" / slug

    def catalog(self, slug: str) -> Catalog:
        if self.shared is not None:
            with self._lock:
                self.shared.sync(slug)
        return Catalog.load(self.client_dir(slug) / "catalog.json")

    def save_catalog(self, slug: str, catalog: Catalog) -> None:
        """Keep a changed catalog: on the Chroma server first when there is one."""
        if self.shared is not None:
            self.shared.publish(slug, catalog)
        else:
            catalog.save()

    def vector_store(self) -> VectorStore:
        if self._store is None:
            self._store = VectorStore(self.root / "chroma", url=self.url)
        return self._store

    def catalog_stamp(self, slug: str) -> tuple[int, int, int] | None:
        """The catalog file's (mtime, size, inode): it changes with every save."""
        return self._catalog_stamp(slug)

    def _catalog_stamp(self, slug: str) -> tuple[int, int, int] | None:
        try:
            stat = (self.client_dir(slug) / "catalog.json").stat()
        except OSError:
            return None
        return stat.st_mtime_ns, stat.st_size, stat.st_ino

    def get(self, slug: str) -> ClientIndex:
        """The client's index: cached until its catalog file changes."""
        with self._lock:
            if self.shared is not None:
                self.shared.sync(slug)  # another machine's change replaces the local copy
            cached = self._indexes.get(slug)
            stamp = self._catalog_stamp(slug)
            if cached is not None and self._stamps.get(slug) == stamp:
                return cached
            # A large catalog takes longer to parse than the whole cached index to open:
            # it is read only when its file changed since the cache was written.
            catalog: list[Catalog] = []

            def generation() -> int:
                if not catalog:
                    catalog.append(self.catalog(slug))
                return catalog[0].generation

            index = index_cache.load(
                self.client_dir(slug) / "index", slug, self._spaces(), stamp, generation
            )
            built = index is None
            if index is None:
                index = self._built_index(self.vector_store(), slug, generation(), stamp)
            if self.extra is not None and len(index):
                index.set_extra(self._aligned(self.vector_store(), slug, index, self.extra))
            self._attach_passages(slug, index, compact=built)
            self._indexes[slug] = index
            self._stamps[slug] = stamp
        done, total = index.semantic_progress()
        if self.encoder is not None and done < total and self.on_missing_passages is not None:
            self.on_missing_passages(slug)
        return index

    def loaded(self, slug: str) -> ClientIndex | None:
        """The client's index as loaded now, without checking for changes."""
        return self._indexes.get(slug)

    def passage_vectors(self, slug: str) -> PassageVectors:
        """The client's stored sentence vectors (one handle per client and process)."""
        with self._lock:
            found = self._passage_vectors.get(slug)
            if found is None:
                dim = self.encoder.dim if self.encoder is not None else 0
                found = PassageVectors(self.client_dir(slug) / "passages", dim)
                self._passage_vectors[slug] = found
            return found

    def _attach_passages(self, slug: str, index: ClientIndex, *, compact: bool) -> None:
        if self.encoder is None or not len(index):
            return
        store = self.passage_vectors(slug)
        if self.shared is not None:  # vectors another process computed: not computed again
            self.shared.pull_passages(slug, index.rows.keys, store)
        if compact:
            store.compact(index.rows.keys)
        index.set_passages(*store.aligned(index.rows.keys))

    def _spaces(self) -> dict[str, object]:
        semantic = self.semantic.name if self.semantic is not None else None
        return {"offline": self.offline.name, "semantic": semantic}

    def _built_index(
        self, store: VectorStore, slug: str, generation: int, catalog_file: object
    ) -> ClientIndex:
        """The index read from chroma (and written to the on-disk cache for the next process)."""
        chunks, vectors = store.all(slug, self.offline.name)
        index = ClientIndex.from_store(slug, chunks, vectors)
        if self.semantic is not None and len(index):
            semantic = self._aligned(store, slug, index, self.semantic, backfill=chunks)
            if semantic is not None:
                index.set_semantic(semantic)
        stamp = {**self._spaces(), "generation": generation}
        index_cache.save(self.client_dir(slug) / "index", stamp, index, catalog_file)
        return index

    def _aligned(
        self,
        store: VectorStore,
        slug: str,
        index: ClientIndex,
        embedder: Embedder,
        backfill: Sequence[StoredChunk] = (),
    ) -> np.ndarray | None:
        """One space's vectors in the index's row order (zeros where a chunk has none).

        With `backfill`, chunks stored before that space existed get their vectors now,
        so an upgraded installation needs no re-ingestion.
        """
        ids, vectors = store.vectors(slug, embedder.name)
        position = {chunk_id: i for i, chunk_id in enumerate(ids)}
        missing = [c for c in backfill if c.chunk_id not in position]
        if missing:
            try:
                added = chunk_vectors(
                    embedder,
                    [str(c.metadata.get("heading", "")) for c in missing],
                    [c.text for c in missing],
                )
            except Exception as exc:  # a missing space degrades retrieval, never breaks it
                log.warning("%s vectors unavailable: %s", embedder.name, exc)
            else:
                log.info("%s: %d chunks get %s vectors", slug, len(missing), embedder.name)
                store.add(slug, embedder.name, missing, added)
                ids, vectors = store.vectors(slug, embedder.name)
                position = {chunk_id: i for i, chunk_id in enumerate(ids)}
        if not ids:
            return None
        out = np.zeros((len(index), vectors.shape[1]), dtype=np.float32)
        for row, chunk_id in enumerate(index.rows.chunk_ids):
            if (i := position.get(chunk_id)) is not None:
                out[row] = vectors[i]
        return out

    def catalog_saved(self, slug: str) -> None:
        """The catalog changed without a change to the chunks: keep the loaded index."""
        if slug in self._indexes:
            self._stamps[slug] = self._catalog_stamp(slug)

    def drop_client(self, slug: str) -> None:
        """Drop every stored chunk of a client in every space, its catalog and indexes."""
        import shutil

        store = self.vector_store()
        for name in {e.name for e in (self.offline, self.semantic, self.extra) if e is not None}:
            store.drop(slug, name)
        if self.shared is not None:
            self.shared.drop(slug)
        shutil.rmtree(self.client_dir(slug), ignore_errors=True)
        self.forget(slug)
        self.drop_passages(slug)

    def forget(self, slug: str) -> None:
        self._indexes.pop(slug, None)

    def drop_passages(self, slug: str) -> None:
        self._passage_vectors.pop(slug, None)

    def close(self) -> None:
        """Release the loaded indexes and the vector store handle (reopened when used)."""
        self._indexes.clear()
        self._passage_vectors.clear()
        self._store = None
