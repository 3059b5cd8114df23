"""Each client's catalog on the Chroma server, beside its chunks, for every process to read.

With a Chroma server, the catalog file under the home is a local copy of this one
(`knowledge.shared_state`). Collection `amb-<slug>-catalog` holds one record per document
(id: its doc_id, text: its JSON) and a marker record whose metadata hold the catalog's
generation and a version drawn anew at every change. Records carry a one-dimension
placeholder vector: chroma wants one (without, it would download a model to make it)
and nothing searches them.

A change writes the documents it changed and deletes those it removed, then the marker:
a process that sees a new version reads documents at least as new as it. Two processes
changing the same client at once each write only their own changes; the same document
changed by both keeps the last one.
"""

from __future__ import annotations

import json
import logging
import uuid
from dataclasses import asdict
from pathlib import Path
from typing import Any

from knowledge.catalog import Catalog, document_from_dict
from knowledge.vectors import collection_name, read_all

log = logging.getLogger(__name__)

SPACE = "catalog"
MARKER = "__catalog__"
_PLACEHOLDER = [1.0]
BATCH = 1000


def collection_absent(exc: Exception) -> bool:
    """Whether chroma says the collection does not exist (NotFoundError in 1.x)."""
    return type(exc).__name__ == "NotFoundError" or "does not exist" in str(exc)


class SharedCatalogs:
    def __init__(self, api: Any) -> None:
        self.api = api

    def _existing(self, slug: str) -> Any | None:
        try:
            return self.api.get_collection(name=collection_name(slug, SPACE))
        except Exception as exc:
            if collection_absent(exc):
                return None
            raise

    def _marker(self, collection: Any) -> dict[str, Any] | None:
        got = collection.get(ids=[MARKER], include=["metadatas"])
        return dict(got["metadatas"][0] or {}) if got["ids"] else None

    def version(self, slug: str) -> str | None:
        """The version of the client's catalog on the server; None: it has none."""
        collection = self._existing(slug)
        marker = self._marker(collection) if collection is not None else None
        return str(marker["version"]) if marker and marker.get("version") else None

    def load(self, slug: str, path: Path) -> Catalog:
        """The client's catalog as the server has it (empty when it has none), to be kept
        at `path`."""
        catalog = Catalog(path=path)
        collection = self._existing(slug)
        marker = self._marker(collection) if collection is not None else None
        if collection is None or marker is None:
            return catalog
        records = read_all(collection, ["documents"])
        for doc_id, text in zip(records["ids"], records["documents"], strict=True):
            if doc_id != MARKER:
                catalog.documents[doc_id] = document_from_dict(json.loads(text))
        catalog.generation = int(marker.get("generation", 0))
        catalog.version = str(marker["version"])
        catalog.mark_read()
        return catalog

    def publish(self, slug: str, catalog: Catalog) -> None:
        """Write the catalog's changes since it was read, then a new version of it."""
        collection = self.api.get_or_create_collection(
            name=collection_name(slug, SPACE),
            embedding_function=None,
            metadata={"client": slug, "space": SPACE},
        )
        changed = catalog.changed_documents()
        for start in range(0, len(changed), BATCH):
            part = changed[start : start + BATCH]
            collection.upsert(
                ids=[d.doc_id for d in part],
                documents=[json.dumps(asdict(d), ensure_ascii=False) for d in part],
                metadatas=[{"name": d.name} for d in part],
                embeddings=[_PLACEHOLDER] * len(part),
            )
        removed = catalog.removed_ids()
        for start in range(0, len(removed), BATCH):
            collection.delete(ids=removed[start : start + BATCH])
        version = uuid.uuid4().hex
        collection.upsert(
            ids=[MARKER],
            documents=["catalog"],
            metadatas=[{"generation": catalog.generation, "version": version}],
            embeddings=[_PLACEHOLDER],
        )
        catalog.version = version
        catalog.mark_read()

    def drop(self, slug: str) -> None:
        try:
            self.api.delete_collection(collection_name(slug, SPACE))
        except Exception as exc:
            if not collection_absent(exc):
                raise
            log.debug("no catalog of %s to drop", slug)
