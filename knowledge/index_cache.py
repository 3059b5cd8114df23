"""A client's index rows and vectors on disk, so a new process need not read chroma.

Reading 30,000 chunks and their vectors back from chroma takes seconds (every `ambassade
ask` paid it); the same rows as JSON and the vectors as `.npy` load in a fraction. The
cache is written after the index is built from chroma and holds the catalog generation it
matches: any other generation is a miss. It is deleted before any change is written to
the store, so a crash half-way through a change never leaves a stale cache (a stale
sensitivity must never be served): the next load rebuilds from chroma.
"""

from __future__ import annotations

import json
import logging
import shutil
from dataclasses import fields
from pathlib import Path

import numpy as np

from knowledge.index import ChunkRow

log = logging.getLogger(__name__)

_STAMP = "stamp.json"
_ROWS = "rows.json"
_OFFLINE = "offline.npy"
_SEMANTIC = "semantic.npy"
_FIELDS = [f.name for f in fields(ChunkRow)]


def clear(directory: Path) -> None:
    shutil.rmtree(directory, ignore_errors=True)


def save(
    directory: Path,
    stamp: dict[str, object],
    rows: list[ChunkRow],
    offline: np.ndarray,
    semantic: np.ndarray | None,
) -> None:
    """Write the cache; the stamp last, so a half-written cache is never read."""
    try:
        clear(directory)
        directory.mkdir(parents=True, exist_ok=True)
        table = [[getattr(r, name) for name in _FIELDS] for r in rows]
        (directory / _ROWS).write_text(json.dumps(table, ensure_ascii=False), "utf-8")
        np.save(directory / _OFFLINE, offline)
        if semantic is not None:
            np.save(directory / _SEMANTIC, semantic)
        (directory / _STAMP).write_text(json.dumps({**stamp, "rows": len(rows)}), "utf-8")
    except OSError as exc:  # a cache is an optimisation: never fail a question for it
        log.warning("index cache not written: %s", exc)
        clear(directory)


def load(
    directory: Path, stamp: dict[str, object]
) -> tuple[list[ChunkRow], np.ndarray, np.ndarray | None] | None:
    """The cached rows and vectors when they match `stamp` exactly, else None."""
    try:
        saved = json.loads((directory / _STAMP).read_text("utf-8"))
        if {k: saved.get(k) for k in stamp} != stamp:
            return None
        table = json.loads((directory / _ROWS).read_text("utf-8"))
        rows = [ChunkRow(**dict(zip(_FIELDS, values, strict=True))) for values in table]
        offline = np.load(directory / _OFFLINE)
        semantic_path = directory / _SEMANTIC
        semantic = np.load(semantic_path) if semantic_path.exists() else None
    except (OSError, ValueError, TypeError, KeyError):
        return None
    if len(rows) != saved.get("rows") or len(offline) != len(rows):
        return None
    if semantic is not None and len(semantic) != len(rows):
        return None
    return rows, offline, semantic
