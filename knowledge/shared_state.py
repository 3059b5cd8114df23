"""With a Chroma server, the local knowledge files are caches of what the server holds.

Processes on several machines share one Chroma server; each keeps, under its own home,
copies that make questions fast: the catalog file, the index cache (`index_cache`) and
the sentence vectors (`passage_vectors`). The server holds the truth: the chunks with
their vectors and sensitivities, each client's catalog (`shared_catalog`) and the
sentence vectors already computed (collection `amb-<slug>-passages-<encoder>`).

- A process starting with an empty home copies the catalog and builds its index from
  the server, and takes the sentence vectors another process computed instead of
  computing them again.
- A change made by another process is seen within `freshness` seconds: the server's
  catalog version is compared with the local copy's (one small request), and a
  different one replaces the copy and drops the index cache, rebuilt from the server.
- A change made here is published to the server (`publish`) before the local copy.

Reading the server's catalog fails loudly: a process that cannot tell whether a
document became confidential does not answer from its copy.
"""

from __future__ import annotations

import json
import logging
import math
import threading
import time
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from knowledge import index_cache
from knowledge.catalog import Catalog
from knowledge.passage_vectors import PassageVectors
from knowledge.shared_catalog import SharedCatalogs, collection_absent
from knowledge.vectors import VectorStore, collection_name

log = logging.getLogger(__name__)

FRESHNESS_S = 1.0
CATALOG_FILE = "catalog.json"
FETCH_BATCH = 1000  # sentence vectors asked of the server at a time


class SharedState:
    """Keeps one process's knowledge files under `client_dir(slug)` in line with the
    server behind `store()`; `passage_space` names the sentence vectors' collection."""

    def __init__(
        self,
        store: Callable[[], VectorStore],
        client_dir: Callable[[str], Path],
        *,
        passage_space: str | None = None,
        freshness: float = FRESHNESS_S,
    ) -> None:
        self._store = store
        self._client_dir = client_dir
        self.passage_space = passage_space
        self.freshness = freshness
        self._checked: dict[str, float] = {}
        self._lock = threading.Lock()

    @property
    def catalogs(self) -> SharedCatalogs:
        return SharedCatalogs(self._store().api)

    # -- the catalog -------------------------------------------------------------------------
    def sync(self, slug: str) -> bool:
        """Bring the local copy of the catalog in line with the server's (at most once per
        `freshness` seconds); True when it was replaced."""
        with self._lock:
            now = time.monotonic()
            if now - self._checked.get(slug, -math.inf) < self.freshness:
                return False
            directory = self._client_dir(slug)
            path = directory / CATALOG_FILE
            catalogs = self.catalogs
            remote = catalogs.version(slug)
            replaced = remote != copied_version(path)
            if replaced:
                index_cache.clear(directory / "index")
                if remote is None:  # the client's documents were deleted
                    path.unlink(missing_ok=True)
                else:
                    catalogs.load(slug, path).save()
                log.info("%s: catalog %s copied from the Chroma server", slug, remote or "(none)")
            self._checked[slug] = now
            return replaced

    def publish(self, slug: str, catalog: Catalog) -> None:
        """A change made here: to the server first, then to the local copy."""
        with self._lock:
            self.catalogs.publish(slug, catalog)
            catalog.save()
            self._checked[slug] = time.monotonic()

    def drop(self, slug: str) -> None:
        """Forget the client on the server: its catalog and sentence vectors."""
        with self._lock:
            self.catalogs.drop(slug)
            if self.passage_space is not None:
                try:
                    self._store().api.delete_collection(self._passages_name(slug))
                except Exception as exc:
                    if not collection_absent(exc):
                        raise
            self._checked.pop(slug, None)

    # -- sentence vectors --------------------------------------------------------------------
    def _passages_name(self, slug: str) -> str:
        assert self.passage_space is not None
        return collection_name(slug, self.passage_space)

    def pull_passages(self, slug: str, keys: Sequence[str], local: PassageVectors) -> int:
        """Copy into `local` the vectors of `keys` the server has and `local` lacks; how
        many. Best effort: a failure leaves them to be computed here."""
        missing = list(dict.fromkeys(k for k in keys if k not in local))
        if not missing or self.passage_space is None:
            return 0
        try:
            collection = self._store().api.get_collection(name=self._passages_name(slug))
        except Exception as exc:
            if not collection_absent(exc):
                log.warning("%s: sentence vectors not read from the server: %s", slug, exc)
            return 0
        copied = 0
        try:
            for start in range(0, len(missing), FETCH_BATCH):
                got = collection.get(
                    ids=missing[start : start + FETCH_BATCH], include=["embeddings"]
                )
                if got["ids"]:
                    vectors = np.asarray(got["embeddings"], dtype=np.float32)
                    if vectors.shape[1] == local.dim:
                        local.append(list(got["ids"]), vectors)
                        copied += len(got["ids"])
        except Exception as exc:  # computed here instead
            log.warning("%s: sentence vectors not read from the server: %s", slug, exc)
        if copied:
            log.info("%s: %d sentence vectors copied from the Chroma server", slug, copied)
        return copied

    def push_passages(self, slug: str, keys: Sequence[str], vectors: np.ndarray) -> None:
        """Share vectors computed here (best effort: another process computes them again)."""
        if not len(keys) or self.passage_space is None:
            return
        try:
            collection = self._store().api.get_or_create_collection(
                name=self._passages_name(slug),
                embedding_function=None,
                metadata={"hnsw:space": "cosine", "client": slug, "space": self.passage_space},
            )
            collection.upsert(ids=list(keys), embeddings=np.asarray(vectors, dtype=np.float32))
        except Exception as exc:
            log.warning("%s: sentence vectors not shared: %s", slug, exc)


def copied_version(path: Path) -> str | None:
    """The server version a local catalog copy holds (None: no copy, or not a copy)."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return _version_of(path, stat.st_mtime_ns, stat.st_size, stat.st_ino)


@lru_cache(maxsize=256)
def _version_of(path: Path, mtime_ns: int, size: int, inode: int) -> str | None:
    try:
        raw: Any = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    version = raw.get("version") if isinstance(raw, dict) else None
    return str(version) if version else None
