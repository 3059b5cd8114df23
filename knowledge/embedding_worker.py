"""Chunks get their sentence-encoder vectors in the background, never while a question waits.

After an ingestion the lexical index answers at once; a daemon thread then embeds the
chunks that have no vector yet, a few at a time, storing each batch (`PassageVectors`)
and filling the loaded index's matrix in place, so each batch counts from the next
question on. Stopped or killed, it resumes where it stopped: what is stored is never
embedded again. `embed_now` does the same in the caller's thread (the CLI's progress bar).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np

from knowledge.encoder import SentenceEncoder, passage_text

if TYPE_CHECKING:
    from knowledge.loaded_indexes import LoadedIndexes

log = logging.getLogger(__name__)

BATCH = 8
Progress = Callable[[int, int], None]  # (chunks with a vector, chunks in all)


class EmbeddingWorker:
    def __init__(
        self, indexes: LoadedIndexes, encoder: SentenceEncoder, batch: int = BATCH
    ) -> None:
        self.indexes = indexes
        self.encoder = encoder
        self.batch = batch
        self._pending: dict[str, None] = {}
        self._wake = threading.Condition()
        self._stopping = False
        self._running = False
        self._thread: threading.Thread | None = None

    def schedule(self, slug: str) -> None:
        """Embed this client's missing chunks in the background (started on first call)."""
        with self._wake:
            if self._stopping:
                return
            self._pending[slug] = None
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._run, name="ambassade-embedding", daemon=True
                )
                self._thread.start()
            self._wake.notify()

    def progress(self, slug: str) -> tuple[int, int]:
        return self.indexes.get(slug).semantic_progress()

    def busy(self) -> bool:
        with self._wake:
            return bool(self._pending) or (self._thread is not None and self._running)

    def _run(self) -> None:
        while True:
            with self._wake:
                while not self._pending and not self._stopping:
                    self._running = False
                    self._wake.wait()
                if self._stopping:
                    self._running = False
                    return
                slug = next(iter(self._pending))
                del self._pending[slug]
                self._running = True
            try:
                self.embed_now(slug)
            except Exception:  # a failed batch leaves the lexical index answering
                log.exception("background embedding of %s stopped", slug)

    def embed_now(self, slug: str, on_progress: Progress | None = None) -> tuple[int, int]:
        """Embed the client's missing chunks in this thread; (done, total) at the end."""
        index = self.indexes.get(slug)
        store = self.indexes.passage_vectors(slug)
        while not self._stopping:
            if self.indexes.loaded(slug) is not index:  # the documents changed: start over
                index = self.indexes.get(slug)
            ready = index.passages_ready
            if index.passages is None or ready is None:
                return 0, len(index)
            missing = np.flatnonzero(~ready)[: self.batch]
            if on_progress is not None:
                on_progress(int(ready.sum()), len(index))
            if not len(missing):
                break
            rows = index.rows
            keys = [rows.keys[int(i)] for i in missing]
            vectors, stored = store.aligned(keys)  # the same text elsewhere, or stored meanwhile
            todo = {
                key: int(i) for key, i, done in zip(keys, missing, stored, strict=True) if not done
            }
            shared = self.indexes.shared
            pulled = (
                bool(todo) and shared is not None and shared.pull_passages(slug, list(todo), store)
            )
            if pulled:  # another process computed them (Chroma server)
                todo = {key: i for key, i in todo.items() if key not in store}
            if todo:
                texts = [passage_text(rows.sections[i], rows.text(i)) for i in todo.values()]
                computed = self.encoder.passages(texts)
                store.append(list(todo), computed)
                if shared is not None:
                    shared.push_passages(slug, list(todo), computed)
            if pulled or todo:
                vectors, stored = store.aligned(keys)
            index.passages[missing] = vectors
            ready[missing] = stored
            if not stored.all():  # never loop on rows that cannot be stored
                log.warning("%s: %d passage vectors not stored", slug, int((~stored).sum()))
                break
        return index.semantic_progress()

    def stop(self, timeout: float = 5.0) -> None:
        with self._wake:
            self._stopping = True
            self._wake.notify_all()
            thread = self._thread
        if thread is not None:
            thread.join(timeout)
        with self._wake:  # usable again (a closed knowledge base reopens when used)
            if thread is None or not thread.is_alive():
                self._stopping = False
                self._pending.clear()
