"""The learned half of handoff triage: a linear model over character and word n-grams.

It is trained offline (`ambassade triage-model --rebuild`, see `training.py`) on the
shipped corpus written by independent writers from the category definitions alone
(tests/policy/data/handoff_train_*.jsonl), and shipped as a small artifact
(`bot/handoff/detection/handoff_model.npz`) so that start-up costs a file read, not a training run.
Inference needs numpy only (`knowledge.ngram_model`, shared with the markings' second
reader): the n-grams of one message, a TF-IDF weighting, one dot product per category, a
logistic per category (one-vs-rest), normalised to sum 1.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from bot.handoff.detection.normalize import normalize
from knowledge.ngram_model import LinearNgramModel, NgramFeatures
from knowledge.ngram_model import corpus_digest as _corpus_digest

DEFAULT_MODEL_PATH = Path(__file__).resolve().parent / "handoff_model.npz"
NONE = "none"
FEATURES_VERSION = "char1-4+word1-2/v2"
CHAR_SIZES = (1, 2, 3, 4)
FEATURES = NgramFeatures(fold=normalize, char_sizes=CHAR_SIZES)
word_features = FEATURES.words
char_features = FEATURES.chars
# Each block is weighted (TF-IDF) and normalised on its own, then the blocks are joined.
BLOCKS = FEATURES.blocks()


def corpus_digest(paths: Iterable[Path], settings: str = "") -> str:
    """sha256 over the training files' bytes, the feature definition and the training
    settings (so a change of either makes the shipped artifact stale)."""
    return _corpus_digest(paths, FEATURES_VERSION, settings)


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


class LinearTriageModel(LinearNgramModel):
    """The shared n-gram model (`knowledge.ngram_model`) over the handoff's folding, with a
    'none' class: its score says how much a message looks like each category."""

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
        super().__init__(FEATURES, vocabulary, idf, coef, intercept, classes, digest)

    @property
    def categories(self) -> list[str]:
        return [c for c in self.classes if c != NONE]

    def score(self, text: str) -> ModelScore:
        return ModelScore(self.probabilities(text))

    @classmethod
    def load(  # type: ignore[override]
        cls, path: Path = DEFAULT_MODEL_PATH
    ) -> LinearTriageModel:
        return cls(*cls.read_arrays(path))


@lru_cache(maxsize=1)
def default_model() -> LinearTriageModel:
    """The shipped model, read once per process."""
    return LinearTriageModel.load()
