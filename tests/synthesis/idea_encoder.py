"""A stand-in for the sentence encoder in synthesis tests: one axis per planted idea."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np


class IdeaEncoder:
    """Unit vectors: a text naming a planted idea (a word of `ideas`, lower case) points
    along that idea's axis; any other text along an axis of its own, from `first_own` on,
    shared with nothing (the workshop's background). `read` lists every text encoded."""

    def __init__(self, ideas: Mapping[str, int], dim: int, first_own: int) -> None:
        self.ideas, self.dim, self.first_own = dict(ideas), dim, first_own
        self.read: list[str] = []
        self.own: dict[str, int] = {}

    def queries(self, texts: Sequence[str]) -> np.ndarray:
        self.read.extend(texts)
        result = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            axes = [axis for word, axis in self.ideas.items() if word in text.lower()]
            own = self.own.setdefault(text, len(self.own)) % (self.dim - self.first_own)
            result[i, axes[0] if axes else self.first_own + own] = 1.0
        return result
