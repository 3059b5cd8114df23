"""Chunk store: one chromadb collection per client (and per embedding space).

Collections are created with `embedding_function=None` and always receive vectors from
ambassade, so chroma's default embedding function (which downloads a model) never runs.
Collection names derive from a validated client slug only; no collection id ever comes
from outside. The store is embedded (files under a directory, the default) or a Chroma
server (`url`, `knowledge.chroma_client`) that processes on several machines share.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class StoredChunk:
    chunk_id: str
    text: str
    metadata: dict[str, Any]


def collection_name(slug: str, space: str) -> str:
    return f"amb-{slug}-{space}"


class VectorStore:
    def __init__(self, path: Path | None = None, *, url: str | None = None) -> None:
        from knowledge.chroma_client import open_client

        self.remote = bool(url)
        self._chroma_api = open_client(path, url)

    @property
    def api(self) -> Any:
        """The chromadb client (the shared catalog and sentence vectors use it too)."""
        return self._chroma_api

    def collection(self, slug: str, space: str) -> Any:
        return self._chroma_api.get_or_create_collection(
            name=collection_name(slug, space),
            embedding_function=None,
            metadata={"hnsw:space": "cosine", "client": slug, "space": space},
        )

    def add(
        self,
        slug: str,
        space: str,
        chunks: Sequence[StoredChunk],
        vectors: np.ndarray,
        batch: int = 2000,
    ) -> None:
        coll = self.collection(slug, space)
        for i in range(0, len(chunks), batch):
            part = chunks[i : i + batch]
            coll.upsert(
                ids=[c.chunk_id for c in part],
                documents=[c.text for c in part],
                metadatas=[c.metadata for c in part],
                embeddings=vectors[i : i + batch],
            )

    def delete_document(self, slug: str, space: str, doc_id: str) -> None:
        self.collection(slug, space).delete(where={"doc_id": doc_id})

    def set_sensitivity(self, slug: str, space: str, doc_id: str, level: str) -> int:
        """Give one document's chunks another sensitivity in place; how many were changed."""
        coll = self.collection(slug, space)
        got = coll.get(where={"doc_id": doc_id}, include=["metadatas"])
        ids = list(got["ids"])
        if ids:
            metadatas = [{**dict(m or {}), "sensitivity": level} for m in got["metadatas"]]
            coll.update(ids=ids, metadatas=metadatas)
        return len(ids)

    def all(self, slug: str, space: str) -> tuple[list[StoredChunk], np.ndarray]:
        got = read_all(self.collection(slug, space), ["documents", "metadatas", "embeddings"])
        chunks = [
            StoredChunk(chunk_id=i, text=t or "", metadata=dict(m or {}))
            for i, t, m in zip(got["ids"], got["documents"], got["metadatas"], strict=True)
        ]
        return chunks, got["embeddings"]

    def vectors(self, slug: str, space: str) -> tuple[list[str], np.ndarray]:
        """Chunk ids and their vectors only (a second space needs no text or metadata)."""
        got = read_all(self.collection(slug, space), ["embeddings"])
        return list(got["ids"]), got["embeddings"]

    def count(self, slug: str, space: str) -> int:
        return self.collection(slug, space).count()

    def drop(self, slug: str, space: str) -> None:
        name = collection_name(slug, space)
        try:
            self._chroma_api.delete_collection(name)
        except Exception:  # absent already: chroma raises NotFoundError/ValueError by version
            log.debug("no collection %s to drop", name)


# Chunks read from chroma at a time: one `get` of 30,000 vectors peaks at ~2 GB (the
# vectors pass through Python lists); pages keep the peak near the final matrix's size.
PAGE = 4000


def read_all(coll: Any, include: list[str]) -> dict[str, Any]:
    """`coll.get(include=...)` page by page; embeddings stacked into one float32 matrix."""
    total = coll.count()
    ids: list[str] = []
    columns: dict[str, list[Any]] = {k: [] for k in include if k != "embeddings"}
    matrices: list[np.ndarray] = []
    for offset in range(0, total, PAGE):
        got = coll.get(include=include, limit=PAGE, offset=offset)
        ids.extend(got["ids"])
        for key, values in columns.items():
            values.extend(got[key])
        if "embeddings" in include and len(got["ids"]):
            matrices.append(np.asarray(got["embeddings"], dtype=np.float32))
    if len(set(ids)) != total:  # pages must cover every chunk once; else read it whole
        log.warning("paged read of %s inconsistent, reading at once", coll.name)
        got = coll.get(include=include)
        ids = list(got["ids"])
        columns = {k: list(got[k]) for k in columns}
        matrices = [np.asarray(got["embeddings"], dtype=np.float32)] if ids else []
    result: dict[str, Any] = {"ids": ids, **columns}
    if "embeddings" in include:
        result["embeddings"] = (
            np.concatenate(matrices) if matrices else np.zeros((0, 1), np.float32)
        )
    return result
