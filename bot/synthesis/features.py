"""Clause representations: word stems, character n-grams and mean word vectors.

The similarity of two clauses is `LEXICAL_WEIGHT` × their lexical similarity plus the rest
× the cosine of their centred mean word vectors (a mean removed so that unrelated clauses
score near 0: the answers' own mean, pulled towards the whole vector table's mean when
there are few clauses, since a small single-topic workshop's own mean is its topic). The lexical similarity averages the cosines of stem TF-IDF and of
character 3–5-gram TF-IDF over content words: stems catch inflections, character n-grams
catch derivations the stemmer keeps apart ("cooptation" / "coopter", "reconnu" /
"reconnaissance"); vectors catch different words for one idea ("débordé" / "temps").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from bot.synthesis.text import Clause, strip_accents
from bot.synthesis.vectors import WordVectors

LEXICAL_WEIGHT = 0.5
CHAR_NGRAMS = (3, 5)
MEAN_PRIOR = 20  # clauses' worth of weight given to the vector table's mean


def _identity(items: Sequence[str]) -> Sequence[str]:
    return items


def _content_text(words: Sequence[str]) -> str:
    return " ".join(strip_accents(w) for w in words)


@dataclass
class Features:
    stems: np.ndarray  # clauses × stems, L2-normalised TF-IDF rows
    chars: np.ndarray  # clauses × character n-grams, L2-normalised TF-IDF rows
    dense: np.ndarray | None  # clauses × 300, centred and L2-normalised (None: no vectors)
    stem_model: TfidfVectorizer
    char_model: TfidfVectorizer
    idf_by_stem: dict[str, float]
    mean: np.ndarray | None = None
    vectors: WordVectors | None = field(default=None, repr=False)

    def similarity(self, rows: Sequence[int] | None = None) -> np.ndarray:
        pick = slice(None) if rows is None else list(rows)
        stems, chars = self.stems[pick], self.chars[pick]
        lexical = 0.5 * (stems @ stems.T) + 0.5 * (chars @ chars.T)
        if self.dense is None:
            return lexical
        dense = self.dense[pick]
        return LEXICAL_WEIGHT * lexical + (1 - LEXICAL_WEIGHT) * (dense @ dense.T)

    def idf(self, stem: str) -> float:
        return self.idf_by_stem.get(stem, self.max_idf)

    @property
    def max_idf(self) -> float:
        return max(self.idf_by_stem.values(), default=1.0)

    def encode(
        self, stems: Sequence[str], words: Sequence[str]
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
        """An outside text (an objective) in the same spaces: (stems, chars, dense)."""
        stem_row = _rows(self.stem_model.transform([list(stems)]))[0]
        char_row = _rows(self.char_model.transform([_content_text(words)]))[0]
        dense_row = None
        if self.dense is not None and self.vectors is not None:
            raw = _raw_mean(words, stems, self.vectors, self.idf)
            if raw.any():
                centred = raw - (self.mean if self.mean is not None else 0.0)
                norm = float(np.linalg.norm(centred))
                dense_row = centred / norm if norm else None
        return stem_row, char_row, dense_row

    def similarity_to(
        self, encoded: tuple[np.ndarray, np.ndarray, np.ndarray | None], rows: Sequence[int]
    ) -> np.ndarray:
        stem_row, char_row, dense_row = encoded
        lexical = 0.5 * (self.stems[list(rows)] @ stem_row) + 0.5 * (
            self.chars[list(rows)] @ char_row
        )
        if dense_row is None or self.dense is None:
            return lexical
        return LEXICAL_WEIGHT * lexical + (1 - LEXICAL_WEIGHT) * (
            self.dense[list(rows)] @ dense_row
        )


def _rows(matrix) -> np.ndarray:  # type: ignore[no-untyped-def]
    dense = np.asarray(matrix.todense(), dtype=np.float32)
    norms = np.linalg.norm(dense, axis=1, keepdims=True)
    return np.divide(dense, norms, out=np.zeros_like(dense), where=norms > 0)


def build(clauses: Sequence[Clause], vectors: WordVectors | None) -> Features:
    stem_model = TfidfVectorizer(analyzer=_identity, sublinear_tf=True, norm="l2")
    char_model = TfidfVectorizer(
        analyzer="char_wb", ngram_range=CHAR_NGRAMS, sublinear_tf=True, norm="l2"
    )
    docs = [list(c.stems) or ["∅"] for c in clauses] or [["∅"]]
    texts = [_content_text(c.content) or "∅" for c in clauses] or ["∅"]
    stems = _rows(stem_model.fit_transform(docs))
    chars = _rows(char_model.fit_transform(texts))
    idf_by_stem = {s: float(stem_model.idf_[i]) for s, i in stem_model.vocabulary_.items()}
    features = Features(stems, chars, None, stem_model, char_model, idf_by_stem, vectors=vectors)
    if vectors is not None and clauses:
        raw = np.stack([_raw_mean(c.content, c.stems, vectors, features.idf) for c in clauses])
        present = np.linalg.norm(raw, axis=1) > 0
        count = int(present.sum())
        own = raw[present].mean(axis=0) if count else vectors.mean
        mean = (count * own + MEAN_PRIOR * vectors.mean) / (count + MEAN_PRIOR)
        dense = np.where(present[:, None], raw - mean, 0.0).astype(np.float32)
        norms = np.linalg.norm(dense, axis=1, keepdims=True)
        features.dense = np.divide(dense, norms, out=np.zeros_like(dense), where=norms > 0)
        features.mean = mean
    return features


def _raw_mean(
    words: Sequence[str], stems: Sequence[str], vectors: WordVectors, idf_of
) -> np.ndarray:  # type: ignore[no-untyped-def]
    rows = vectors.rows([w.lower() for w in words])
    total = np.zeros(vectors.dim, dtype=np.float32)
    weight = 0.0
    for row, stem in zip(rows, stems, strict=True):
        if row >= 0:
            vector = vectors.table[row]
            norm = float(np.linalg.norm(vector))
            if norm:
                w = idf_of(stem)
                total += w * vector / norm
                weight += w
    return total / weight if weight else total
