"""Clause representations: TF-IDF over word stems beside IDF-weighted mean word vectors.

The similarity of two clauses is `STEM_WEIGHT` × cosine of their stem TF-IDF plus the rest
× cosine of their centred mean word vectors (the shared vector mean removed, so unrelated
clauses score near 0). Stems catch shared words; vectors catch different words for one
idea ("débordé" / "pas le temps").
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from bot.synthesis.text import Clause
from bot.synthesis.vectors import WordVectors

STEM_WEIGHT = 0.5


@dataclass
class Features:
    stems: np.ndarray  # clauses × stem vocabulary, L2-normalised TF-IDF rows
    dense: np.ndarray | None  # clauses × 300, centred and L2-normalised (None: no vectors)
    vocabulary: dict[str, int]
    idf: np.ndarray

    def similarity(self, rows: Sequence[int] | None = None) -> np.ndarray:
        stems = self.stems if rows is None else self.stems[list(rows)]
        result = stems @ stems.T
        if self.dense is not None:
            dense = self.dense if rows is None else self.dense[list(rows)]
            result = STEM_WEIGHT * result + (1 - STEM_WEIGHT) * (dense @ dense.T)
        return result

    def encode(
        self, stems: Sequence[str], words: Sequence[str], vectors: WordVectors | None
    ) -> tuple[np.ndarray, np.ndarray | None]:
        """An outside text (an objective) in the same spaces."""
        row = np.zeros(len(self.vocabulary), dtype=np.float32)
        for stem, count in Counter(stems).items():
            if stem in self.vocabulary:
                index = self.vocabulary[stem]
                row[index] = (1 + math.log(count)) * self.idf[index]
        norm = float(np.linalg.norm(row))
        stem_row = row / norm if norm else row
        dense_row = None
        if self.dense is not None and vectors is not None:
            dense_row = _mean_vector(words, stems, vectors, self._idf_of, self._mean)
        return stem_row, dense_row

    def _idf_of(self, stem: str) -> float:
        index = self.vocabulary.get(stem)
        return float(self.idf[index]) if index is not None else float(self.idf.max(initial=1.0))

    _mean: np.ndarray | None = None


def build(clauses: Sequence[Clause], vectors: WordVectors | None) -> Features:
    vocabulary: dict[str, int] = {}
    documents = Counter()  # type: Counter[str]
    for clause in clauses:
        for stem in set(clause.stems):
            vocabulary.setdefault(stem, len(vocabulary))
            documents[stem] += 1
    n = max(len(clauses), 1)
    idf = np.ones(len(vocabulary), dtype=np.float32)
    for stem, index in vocabulary.items():
        idf[index] = math.log((1 + n) / (1 + documents[stem])) + 1
    matrix = np.zeros((len(clauses), len(vocabulary)), dtype=np.float32)
    for row, clause in enumerate(clauses):
        for stem, count in Counter(clause.stems).items():
            index = vocabulary[stem]
            matrix[row, index] = (1 + math.log(count)) * idf[index]
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    matrix = np.divide(matrix, norms, out=np.zeros_like(matrix), where=norms > 0)
    features = Features(matrix, None, vocabulary, idf)
    if vectors is not None and clauses:
        raw = np.stack([_raw_mean(c.content, c.stems, vectors, features._idf_of) for c in clauses])
        present = np.linalg.norm(raw, axis=1) > 0
        mean = raw[present].mean(axis=0) if present.any() else np.zeros(vectors.dim, np.float32)
        features._mean = mean
        dense = np.where(present[:, None], raw - mean, 0.0).astype(np.float32)
        norms = np.linalg.norm(dense, axis=1, keepdims=True)
        features.dense = np.divide(dense, norms, out=np.zeros_like(dense), where=norms > 0)
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


def _mean_vector(words, stems, vectors, idf_of, mean):  # type: ignore[no-untyped-def]
    raw = _raw_mean(words, stems, vectors, idf_of)
    if not raw.any():
        return None
    centred = raw - mean if mean is not None else raw
    norm = float(np.linalg.norm(centred))
    return centred / norm if norm else None
