"""The learned half of handoff triage: a linear model over character and word n-grams.

It is trained offline (`ambassade triage-model --rebuild`, see `training.py`) on the
shipped corpus written by independent writers from the category definitions alone
(tests/policy/data/handoff_train_*.jsonl), and shipped as a small artifact
(`bot/handoff/detection/handoff_model.npz`) so that start-up costs a file read, not a training run.
Inference needs numpy only: the n-grams of one message, a TF-IDF weighting, one
dot product per category, a logistic per category (one-vs-rest), normalised to sum 1.

The features are defined here once and used by both the training and the inference,
so the two cannot drift apart.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

import numpy as np

from bot.handoff.detection.normalize import normalize

DEFAULT_MODEL_PATH = Path(__file__).resolve().parent / "handoff_model.npz"
NONE = "none"
FEATURES_VERSION = "char1-4+word1-2/v2"
CHAR_SIZES = (1, 2, 3, 4)
_WORD = re.compile(r"[a-z0-9']+|[^\w\s]")
# Addresses, links and numbers say nothing about the situation, only their presence does.
_SHAPES = (
    (re.compile(r"\S+@\S+\.\w+"), " mail "),
    (re.compile(r"(?:https?://|www\.)\S+"), " lien "),
    (re.compile(r"\d+(?:[ .,]\d+)*"), "0"),
)


def _canonical(text: str) -> str:
    folded = normalize(text)
    for pattern, replacement in _SHAPES:
        folded = pattern.sub(replacement, folded)
    return folded


def word_features(text: str) -> list[str]:
    """Word unigrams and bigrams; punctuation and emoji count as words ("😂", "!", "?")."""
    words = _WORD.findall(_canonical(text))
    return ["w:" + word for word in words] + [f"w:{a} {b}" for a, b in pairwise(words)]


def char_features(text: str) -> list[str]:
    """Character 1-4-grams inside each space-padded word (robust to misspellings)."""
    found = []
    for token in _canonical(text).split():
        padded = f" {token} "
        for size in CHAR_SIZES:
            found += ["c:" + padded[i : i + size] for i in range(len(padded) - size + 1)]
    return found


# Each block is weighted (TF-IDF) and normalised on its own, then the blocks are joined.
BLOCKS = (("w:", word_features), ("c:", char_features))


def corpus_digest(paths: Iterable[Path], settings: str = "") -> str:
    """sha256 over the training files' bytes, the feature definition and the training
    settings (so a change of either makes the shipped artifact stale)."""
    digest = hashlib.sha256(FEATURES_VERSION.encode())
    digest.update(settings.encode())
    for path in paths:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class ModelScore:
    """How much a message looks like each category; `handoff` = 1 - P(none)."""

    probabilities: Mapping[str, float]

    def handoff(self, enabled: Iterable[str] | None = None) -> float:
        """The probability mass of the handoff categories (only `enabled` ones if given)."""
        allowed = set(enabled) if enabled is not None else None
        return sum(
            p
            for category, p in self.probabilities.items()
            if category != NONE and (allowed is None or category in allowed)
        )

    def best(self, enabled: Iterable[str] | None = None) -> str:
        """The most likely handoff category (among `enabled` ones if given), or none."""
        allowed = set(enabled) if enabled is not None else None
        candidates = [
            (p, category)
            for category, p in self.probabilities.items()
            if category != NONE and (allowed is None or category in allowed)
        ]
        return max(candidates)[1] if candidates else NONE


class LinearTriageModel:
    """A TF-IDF + one-vs-rest logistic model loaded from arrays (see `save`/`load`)."""

    def __init__(
        self,
        vocabulary: list[str],
        idf: np.ndarray,
        coef: np.ndarray,
        intercept: np.ndarray,
        classes: list[str],
        digest: str = "",
    ) -> None:
        if NONE not in classes:
            raise ValueError("the model needs a 'none' class")
        if coef.shape != (len(classes), len(vocabulary)) or idf.shape != (len(vocabulary),):
            raise ValueError("model arrays do not agree in shape")
        self.index = {feature: column for column, feature in enumerate(vocabulary)}
        self.vocabulary = vocabulary
        self.idf = idf.astype(np.float64)
        # Columns first: one message touches a few hundred features, read as rows.
        self.coef_t = np.ascontiguousarray(coef.T, dtype=np.float64)
        self.intercept = intercept.astype(np.float64)
        self.classes = list(classes)
        self.digest = digest

    @property
    def categories(self) -> list[str]:
        return [c for c in self.classes if c != NONE]

    def score(self, text: str) -> ModelScore:
        values = self.intercept.copy()
        for _, extract in BLOCKS:
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
        return ModelScore(dict(zip(self.classes, positive.tolist(), strict=True)))

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
    def load(cls, path: Path = DEFAULT_MODEL_PATH) -> LinearTriageModel:
        with np.load(path, allow_pickle=False) as data:
            vocabulary = bytes(data["vocabulary"]).decode("utf-8").split("\n")
            return cls(
                vocabulary,
                data["idf"],
                data["coef"],
                data["intercept"],
                [str(c) for c in data["classes"]],
                str(data["digest"]),
            )


@lru_cache(maxsize=1)
def default_model() -> LinearTriageModel:
    """The shipped model, read once per process."""
    return LinearTriageModel.load()
