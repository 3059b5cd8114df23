"""A small naive Bayes second opinion for wordings no rule anticipated.

It is trained at start-up (a few milliseconds) on hand-written example messages shipped
as data (`bot/policy/handoff_examples.yaml`, never the evaluation sets), over word stems
and stem pairs. The classifier asks it only when no rule fired and no rule was vetoed
by a negation, an `unless` or a framing, and only trusts it above a high confidence:
its verdicts are marked borderline, so a configured chat model can still confirm them.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

import yaml

from bot.policy.handoff.concepts import tokenize
from bot.policy.handoff.normalize import normalize

DEFAULT_EXAMPLES_PATH = Path(__file__).resolve().parent.parent / "handoff_examples.yaml"
NONE = "none"
MIN_CONFIDENCE = 0.97
_SMOOTHING = 0.5


@dataclass(frozen=True, slots=True)
class ModelGuess:
    category: str
    confidence: float


def features(text: str) -> set[str]:
    stems = [token.french for token in tokenize(normalize(text))]
    return set(stems) | {f"{a}_{b}" for a, b in pairwise(stems)}


class TriageModel:
    """Multinomial-style naive Bayes over presence of stems; `none` is a class."""

    def __init__(self, examples: Iterable[tuple[str, str]], min_confidence: float = MIN_CONFIDENCE):
        self.min_confidence = min_confidence
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        priors: Counter[str] = Counter()
        for text, category in examples:
            priors[category] += 1
            counts[category].update(features(text))
        if NONE not in priors or len(priors) < 2:
            raise ValueError("the examples need harmless messages and at least one category")
        vocabulary = {feature for counter in counts.values() for feature in counter}
        total = sum(priors.values())
        self._log_prior = {c: math.log(n / total) for c, n in priors.items()}
        self._log_likelihood: dict[str, dict[str, float]] = {}
        self._log_unseen: dict[str, float] = {}
        for category, counter in counts.items():
            denominator = sum(counter.values()) + _SMOOTHING * len(vocabulary)
            self._log_likelihood[category] = {
                f: math.log((n + _SMOOTHING) / denominator) for f, n in counter.items()
            }
            self._log_unseen[category] = math.log(_SMOOTHING / denominator)
        self._vocabulary = frozenset(vocabulary)

    def guess(self, text: str) -> ModelGuess:
        known = features(text) & self._vocabulary
        scores = {
            category: prior
            + sum(self._log_likelihood[category].get(f, self._log_unseen[category]) for f in known)
            for category, prior in self._log_prior.items()
        }
        top = max(scores.values())
        weights = {c: math.exp(s - top) for c, s in scores.items()}
        total = sum(weights.values())
        best = max(weights, key=weights.__getitem__)
        return ModelGuess(best, weights[best] / total)

    def confident_category(self, text: str) -> str | None:
        """The category when the model is sure a person is needed, else None."""
        guess = self.guess(text)
        if guess.category == NONE or guess.confidence < self.min_confidence:
            return None
        return guess.category


def load_examples(path: Path = DEFAULT_EXAMPLES_PATH) -> list[tuple[str, str]]:
    """(text, category) pairs from the examples file (positives, danger, negatives)."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(raw, Mapping):
        raise ValueError(f"{path}: expected a mapping with positives and negatives")
    pairs = [
        (text, category)
        for category, texts in (raw.get("positives") or {}).items()
        for text in texts
    ]
    pairs += [(text, "distress") for text in raw.get("danger") or []]
    pairs += [(text, NONE) for text in raw.get("negatives") or []]
    return pairs


@lru_cache(maxsize=1)
def default_model() -> TriageModel:
    return TriageModel(load_examples())
