"""Embedders: an offline hashing embedder (no download) and one using the model gateway."""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol, runtime_checkable

import numpy as np

from knowledge.text import QUESTION_WORDS, content_words, fold_word, stem


class EmbeddingWithheld(Exception):
    """These texts may not go to this embedder (the client's privacy policy): not an error,
    the chunks simply get no vector in that space."""


@runtime_checkable
class Embedder(Protocol):
    """Maps texts to unit vectors of a fixed size; `name` identifies the vector space."""

    name: str
    dim: int

    def embed(self, texts: Sequence[str]) -> np.ndarray:  # shape (len(texts), dim), float32
        ...


class HashingEmbedder:
    """Feature hashing of stemmed words and character n-grams into a dense vector.

    Deterministic and offline. Word stems carry the topic; character 3–5-grams of the
    accent-folded words let 'fiché' meet 'fichier' and survive typos. Words are weighted
    by sublinear frequency, n-grams share a smaller weight per word, and a signed hash
    keeps collisions unbiased.
    """

    def __init__(
        self, dim: int = 1024, ngram_sizes: tuple[int, ...] = (3, 4, 5), ngram_weight: float = 0.125
    ) -> None:
        self.dim = dim
        self.ngram_sizes = ngram_sizes
        self.ngram_weight = ngram_weight
        self.name = f"hash{dim}"

    def _features(self, text: str) -> Counter[str]:
        feats: Counter[str] = Counter()
        for word in content_words(text):
            if fold_word(word) in QUESTION_WORDS:
                continue
            feats.update(_word_features(word, tuple(self.ngram_sizes)))  # counted in the same order
        return feats

    def embed_one(self, text: str) -> np.ndarray:
        vector = np.zeros(self.dim, dtype=np.float32)
        for feature, count in self._features(text).items():
            h = _hashed(feature)
            weight = 1.0 + math.log(count)
            if feature.startswith("g:"):
                weight *= self.ngram_weight
            vector[h % self.dim] += weight if (h >> 20) & 1 else -weight
        norm = float(np.linalg.norm(vector))
        return vector / norm if norm else vector

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([self.embed_one(t) for t in texts])


@lru_cache(maxsize=200_000)
def _word_features(word: str, ngram_sizes: tuple[int, ...]) -> tuple[str, ...]:
    """A word's features, in order: its stem, then the character n-grams of its folded
    form (cached: a corpus repeats its words)."""
    padded = f"<{fold_word(word)}>"
    grams = ["g:" + padded[i : i + n] for n in ngram_sizes for i in range(len(padded) - n + 1)]
    return ("w:" + stem(word), *grams)


@lru_cache(maxsize=400_000)
def _hashed(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8"))


class GatewayEmbedder:
    """Embeddings from an OpenAI-compatible endpoint (the model gateway's configuration).

    `openai_api` is an `openai.OpenAI`-like object (its `embeddings.create`);
    `async_openai_api` an async one (optional).
    """

    def __init__(
        self,
        openai_api: object,
        model: str,
        *,
        dim: int | None = None,
        async_openai_api: object | None = None,
        batch_size: int = 64,
    ) -> None:
        self.openai_api = openai_api
        self.async_openai_api = async_openai_api
        self.model = model
        self.batch_size = batch_size
        self.name = "gw-" + re.sub(r"[^a-z0-9]+", "-", model.lower()).strip("-")[:40]
        self.dim = dim or 0

    def _finish(self, rows: list[list[float]]) -> np.ndarray:
        matrix = np.asarray(rows, dtype=np.float32)
        if not self.dim and len(matrix):
            self.dim = matrix.shape[1]
        norms = np.linalg.norm(matrix, axis=1, keepdims=True)
        return matrix / np.where(norms == 0, 1, norms)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        rows: list[list[float]] = []
        for i in range(0, len(texts), self.batch_size):
            batch = [t or " " for t in texts[i : i + self.batch_size]]
            response = self.openai_api.embeddings.create(model=self.model, input=batch)  # type: ignore[attr-defined]
            rows.extend(item.embedding for item in response.data)
        return self._finish(rows)

    async def aembed(self, texts: Sequence[str]) -> np.ndarray:
        if self.async_openai_api is None:
            import asyncio

            return await asyncio.to_thread(self.embed, texts)
        rows: list[list[float]] = []
        for i in range(0, len(texts), self.batch_size):
            batch = [t or " " for t in texts[i : i + self.batch_size]]
            response = await self.async_openai_api.embeddings.create(model=self.model, input=batch)  # type: ignore[attr-defined]
            rows.extend(item.embedding for item in response.data)
        return self._finish(rows)
