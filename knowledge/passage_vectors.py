"""One client's sentence-encoder vectors on disk: an append-only, memory-mapped file.

`vectors.f32` holds rows of float32 end to end, `keys.txt` one passage key per row
(`encoder.passage_key`: a digest of the chunk's text). A batch is appended vectors first,
then keys, each flushed: a process stopped half-way leaves at most vector bytes with no
key, cut off at the next open. Embedding therefore resumes where it stopped, and a chunk
whose text is unchanged by a re-ingestion keeps its vector. Keys of chunks since deleted
are dropped when they outnumber the live ones (`compact`).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

_KEYS = "keys.txt"
_VECTORS = "vectors.f32"


class PassageVectors:
    def __init__(self, directory: Path, dim: int) -> None:
        self.directory = directory
        self.dim = dim
        self._row_bytes = dim * 4
        self._lock = threading.Lock()
        self._keys: list[str] = []
        self._position: dict[str, int] = {}
        self._matrix: np.ndarray = np.zeros((0, dim), np.float32)
        self._open()

    def _open(self) -> None:
        keys_path, vectors_path = self.directory / _KEYS, self.directory / _VECTORS
        try:
            text = keys_path.read_text("utf-8")
        except FileNotFoundError:
            text = ""
        keys = text.split("\n")[:-1]  # every complete key ends with a newline
        size = vectors_path.stat().st_size if vectors_path.exists() else 0
        rows = min(len(keys), size // self._row_bytes)
        if rows != len(keys) or rows * self._row_bytes != size:
            log.info("passage vectors in %s: %d complete rows kept", self.directory, rows)
            self._truncate(keys[:rows], rows)
        self._keys = keys[:rows]
        self._position = {k: i for i, k in enumerate(self._keys)}
        self._map(rows)

    def _truncate(self, keys: list[str], rows: int) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        with open(self.directory / _VECTORS, "ab") as handle:
            handle.truncate(rows * self._row_bytes)
        (self.directory / _KEYS).write_text("".join(k + "\n" for k in keys), "utf-8")

    def _map(self, rows: int) -> None:
        if rows:
            self._matrix = np.memmap(
                self.directory / _VECTORS, dtype=np.float32, mode="r", shape=(rows, self.dim)
            )
        else:
            self._matrix = np.zeros((0, self.dim), np.float32)

    def __len__(self) -> int:
        return len(self._keys)

    def keys(self) -> list[str]:
        with self._lock:
            return list(self._keys)

    def __contains__(self, key: str) -> bool:
        return key in self._position

    def aligned(self, keys: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """Vectors in the order of `keys` (zeros where missing) and the mask of those found."""
        with self._lock:
            found = np.array([self._position.get(k, -1) for k in keys], dtype=np.int64)
            present = found >= 0
            out = np.zeros((len(keys), self.dim), dtype=np.float32)
            if present.any():
                out[present] = self._matrix[found[present]]
        return out, present

    def append(self, keys: Sequence[str], vectors: np.ndarray) -> None:
        """Store new vectors (keys already stored are skipped)."""
        with self._lock:
            new = [i for i, k in enumerate(keys) if k not in self._position]
            if not new:
                return
            self.directory.mkdir(parents=True, exist_ok=True)
            block = np.ascontiguousarray(vectors[new], dtype=np.float32)
            with open(self.directory / _VECTORS, "ab") as handle:
                handle.write(block.tobytes())
                handle.flush()
                os.fsync(handle.fileno())
            added = [keys[i] for i in new]
            with open(self.directory / _KEYS, "a", encoding="utf-8") as handle:
                handle.write("".join(k + "\n" for k in added))
                handle.flush()
            for k in added:
                self._position[k] = len(self._keys)
                self._keys.append(k)
            self._map(len(self._keys))

    def compact(self, live: Sequence[str]) -> int:
        """Drop the vectors of keys not in `live` when they are most of the file."""
        keep = set(live)
        with self._lock:
            dead = sum(k not in keep for k in self._keys)
            if dead <= len(self._keys) // 2:
                return 0
            kept = [(k, i) for i, k in enumerate(self._keys) if k in keep]
            matrix = np.asarray(self._matrix[[i for _, i in kept]], dtype=np.float32)
            vectors_new = self.directory / (_VECTORS + ".new")
            keys_new = self.directory / (_KEYS + ".new")
            vectors_new.write_bytes(matrix.tobytes())
            keys_new.write_text("".join(k + "\n" for k, _ in kept), "utf-8")
            # Keys emptied first: a stop between the two swaps loses vectors, never
            # pairs a key with another passage's vector.
            (self.directory / _KEYS).write_text("", "utf-8")
            os.replace(vectors_new, self.directory / _VECTORS)
            os.replace(keys_new, self.directory / _KEYS)
            self._keys = [k for k, _ in kept]
            self._position = {k: i for i, k in enumerate(self._keys)}
            self._map(len(self._keys))
        return dead
