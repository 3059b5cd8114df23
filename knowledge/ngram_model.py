"""A linear model over character and word n-grams, read from a small shipped .npz.

Shared by the learned readers (the handoff detector, the markings' second reader): each
defines how its text is folded (`NgramFeatures.fold`); the n-grams, the TF-IDF weighting
and the arrays are the same. Inference needs numpy only: the n-grams of one text, one
TF-IDF weighting per block (words, characters) normalised on its own, one dot product per
class and a logistic per class (one-vs-rest), normalised to sum 1. Training is
`knowledge.ngram_training` (scikit-learn, at build time only).

The features are defined here once and used by both the training and the inference, so
the two cannot drift apart.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import numpy as np

_WORD = re.compile(r"[a-z0-9']+|[^\w\s]")
# Addresses, links and numbers say nothing about the text, only their presence does.
SHAPES = (
    (re.compile(r"\S+@\S+\.\w+"), " mail "),
    (re.compile(r"(?:https?://|www\.)\S+"), " lien "),
    (re.compile(r"\d+(?:[ .,]\d+)*"), "0"),
)
WORD_PREFIX = "w:"
CHAR_PREFIX = "c:"


@dataclass(frozen=True, slots=True)
class NgramFeatures:
    """Word 1-2-grams and in-word character n-grams (none without `char_sizes`) of a folded,
    shaped text."""

    fold: Callable[[str], str]  # lower-cased, accent-free: what the n-grams are taken from
    char_sizes: tuple[int, ...] = (1, 2, 3, 4)
    # Words marked by where they sit in the text (`knowledge.marking_marks`), counted with
    # the words; none by default.
    marks: Callable[[str], list[str]] | None = None

    def canonical(self, text: str) -> str:
        folded = self.fold(text)
        for pattern, replacement in SHAPES:
            folded = pattern.sub(replacement, folded)
        return folded

    def words(self, text: str) -> list[str]:
        """Word unigrams and bigrams; punctuation and emoji count as words ("!", "?")."""
        found = self.tokens(text)
        marked = [WORD_PREFIX + m for m in self.marks(text)] if self.marks else []
        return (
            [WORD_PREFIX + w for w in found]
            + [f"{WORD_PREFIX}{a} {b}" for a, b in pairwise(found)]
            + marked
        )

    def tokens(self, text: str) -> list[str]:
        """The words of the folded, shaped text; punctuation and emoji count as words."""
        return _WORD.findall(self.canonical(text))

    def chars(self, text: str) -> list[str]:
        """Character n-grams inside each space-padded word (robust to misspellings)."""
        found = []
        for token in self.canonical(text).split():
            padded = f" {token} "
            for size in self.char_sizes:
                found += [CHAR_PREFIX + padded[i : i + size] for i in range(len(padded) - size + 1)]
        return found

    def blocks(self) -> tuple[tuple[str, Callable[[str], list[str]]], ...]:
        """Each block is weighted (TF-IDF) and normalised on its own, then they are joined;
        with no `char_sizes`, words only."""
        if not self.char_sizes:
            return ((WORD_PREFIX, self.words),)
        return ((WORD_PREFIX, self.words), (CHAR_PREFIX, self.chars))


def corpus_digest(paths: Iterable[Path], features_version: str, settings: str = "") -> str:
    """sha256 over the training files' bytes, the feature definition and the training
    settings (so a change of either makes the shipped artifact stale)."""
    digest = hashlib.sha256(features_version.encode())
    digest.update(settings.encode())
    for path in paths:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


class LinearNgramModel:
    """TF-IDF + one-vs-rest logistic weights over `features`' n-grams (see `save`/`load`)."""

    def __init__(
        self,
        features: NgramFeatures,
        vocabulary: list[str],
        idf: np.ndarray,
        coef: np.ndarray,
        intercept: np.ndarray,
        classes: list[str],
        digest: str = "",
    ) -> None:
        if coef.shape != (len(classes), len(vocabulary)) or idf.shape != (len(vocabulary),):
            raise ValueError("model arrays do not agree in shape")
        self.features = features
        self.index = {feature: column for column, feature in enumerate(vocabulary)}
        self.vocabulary = vocabulary
        self.idf = idf.astype(np.float64)
        # Columns first: one text touches a few hundred features, read as rows.
        self.coef_t = np.ascontiguousarray(coef.T, dtype=np.float64)
        self.intercept = intercept.astype(np.float64)
        self.classes = list(classes)
        self.digest = digest

    def probabilities(self, text: str) -> dict[str, float]:
        """Each class's share: one logistic per class, normalised to sum 1."""
        values = self.intercept.copy()
        for _, extract in self.features.blocks():
            counts = Counter(extract(text))
            known = [(self.index[f], n) for f, n in counts.items() if f in self.index]
            if not known:
                continue
            idx = np.fromiter((c for c, _ in known), dtype=np.int64, count=len(known))
            tf = np.fromiter((1.0 + math.log(n) for _, n in known), np.float64, len(known))
            weights = tf * self.idf[idx]
            weights /= np.linalg.norm(weights)
            values += weights @ self.coef_t[idx]
        positive = 1.0 / (1.0 + np.exp(-values))
        positive /= positive.sum()
        return dict(zip(self.classes, positive.tolist(), strict=True))

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path,
            vocabulary=np.frombuffer("\n".join(self.vocabulary).encode("utf-8"), dtype=np.uint8),
            idf=self.idf.astype(np.float32),
            coef=self.coef_t.T.astype(np.float32),
            intercept=self.intercept.astype(np.float32),
            classes=np.array(self.classes),
            digest=np.array(self.digest),
        )

    @classmethod
    def read_arrays(
        cls, path: Path
    ) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray, list[str], str]:
        """(vocabulary, idf, coef, intercept, classes, digest) as `save` wrote them."""
        with np.load(path, allow_pickle=False) as data:
            vocabulary = bytes(data["vocabulary"]).decode("utf-8").split("\n")
            return (
                vocabulary,
                data["idf"],
                data["coef"],
                data["intercept"],
                [str(c) for c in data["classes"]],
                str(data["digest"]),
            )

    @classmethod
    def load(cls, path: Path, features: NgramFeatures) -> LinearNgramModel:
        return cls(features, *cls.read_arrays(path))
