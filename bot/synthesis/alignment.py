"""Objectives × needs: which themes support each objective, which needs no objective serves.

A theme is summed up by its keywords (the stems its participants share most, weighted by
how many use them and how rare they are elsewhere). Each keyword is matched to the closest
word of the objective: same stem, same word family by a shared beginning ("cooptation" /
"coopter") or close meaning (word vectors, above a floor: "valorisé" / "reconnu"). Words
of objectives that only say how much or which way ("augmenter", "develop") are left out.
The theme supports the objective when a central keyword matches well enough
(`SUPPORT_SIMILARITY`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from bot.synthesis.features import Features
from bot.synthesis.model import Answer
from bot.synthesis.text import Clause, lexicon, stem, strip_accents, tokens
from bot.synthesis.text import clauses as split_clauses
from bot.synthesis.vectors import WordVectors

SUPPORT_SIMILARITY = 0.5
KEYWORDS = 4
MAX_SUPPORTING_THEMES = 4


@dataclass
class ThemeRows:
    label: str
    rows: list[int]
    question: str


def keywords(
    rows: Sequence[int], clauses: Sequence[Clause], answers: Sequence[Answer], features: Features
) -> list[tuple[str, str, float]]:
    """(stem, commonest surface word, weight) of a theme's `KEYWORDS` best words."""
    people: dict[str, set[str]] = defaultdict(set)
    surfaces: dict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        clause = clauses[row]
        person = answers[clause.answer_index].participant
        for word, key in zip(clause.content, clause.stems, strict=True):
            people[key].add(person)
            surfaces[key][word] += 1
    scored = sorted(
        ((len(p) * features.idf(key), key) for key, p in people.items()),
        key=lambda x: (-x[0], x[1]),
    )
    return [(key, surfaces[key].most_common(1)[0][0], weight) for weight, key in scored[:KEYWORDS]]


# Word vectors of this model rate many unrelated nouns alike (0.7 for "informations" /
# "compétences"): only high cosines count, and never as much as a shared word family.
VECTOR_FLOOR = 0.65
VECTOR_WEIGHT = 0.6
PREFIX_MIN = 4  # shared beginning, in letters, for two words to count as one family
PREFIX_SHARE = 0.7  # ... and the part of the shorter word it covers
PREFIX_MATCH = 0.9


def _family(first: str, second: str) -> bool:
    """Same word family by their shared beginning ("coopter" / "cooptation")."""
    a, b = strip_accents(first.lower()), strip_accents(second.lower())
    shared = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        shared += 1
    return shared >= PREFIX_MIN and shared >= PREFIX_SHARE * min(len(a), len(b))


class _WordMatcher:
    def __init__(self, vectors: WordVectors | None) -> None:
        self.vectors = vectors

    def matrix(self, theme_words: list[str], objective_words: list[str]) -> np.ndarray:
        """theme words × objective words similarity in [0, 1]."""
        result = np.zeros((len(theme_words), len(objective_words)), dtype=np.float32)
        if not theme_words or not objective_words:
            return result
        if self.vectors is not None:
            rows = self.vectors.rows(theme_words + objective_words)
            table = self.vectors.table
            zero = np.zeros(self.vectors.dim, np.float32)
            vecs = np.stack([table[r] if r >= 0 else zero for r in rows])
            vecs /= np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-9)
            split = len(theme_words)
            cosine = vecs[:split] @ vecs[split:].T
            result = VECTOR_WEIGHT * np.clip((cosine - VECTOR_FLOOR) / (1 - VECTOR_FLOOR), 0.0, 1.0)
        for i, word in enumerate(theme_words):
            for j, other in enumerate(objective_words):
                if _family(word, other):
                    result[i, j] = max(result[i, j], PREFIX_MATCH)
        return result


@lru_cache(maxsize=1)
def _objective_stops() -> frozenset[str]:
    words = lexicon()["objective_stop_words"]
    return frozenset(strip_accents(str(w).lower()) for ws in words.values() for w in ws)


def objective_scores(
    objectives: Sequence[str],
    theme_keywords: Sequence[list[tuple[str, str, float]]],
    vectors: WordVectors | None,
    language: str,
) -> np.ndarray:
    """objectives × themes: the best match of a theme keyword among the objective's words,
    discounted by how central the keyword is to the theme (square root of its weight
    relative to the theme's first keyword)."""
    matcher = _WordMatcher(vectors)
    scores = np.zeros((len(objectives), len(theme_keywords)), dtype=np.float32)
    for i, objective in enumerate(objectives):
        parts = split_clauses(0, objective, language)
        pairs = [
            (w, s)
            for c in parts
            for w, s in zip(c.content, c.stems, strict=True)
            if strip_accents(w) not in _objective_stops()
        ]
        words = [w for w, _ in pairs]
        stems = [s for _, s in pairs]
        for j, keys in enumerate(theme_keywords):
            if not keys or not words:
                continue
            matrix = matcher.matrix([w for _, w, _ in keys], words)
            for k, (key, _, _) in enumerate(keys):
                if key in stems:
                    matrix[k, :] = 1.0
            weights = np.array([w for _, _, w in keys], dtype=np.float32)
            centrality = np.sqrt(weights / weights.max())
            scores[i, j] = float((matrix.max(axis=1) * centrality).max())
    return scores


def is_need_question(question: str) -> bool:
    words = {strip_accents(w.lower()) for w, _, _ in tokens(question)}
    cues = {strip_accents(str(w)) for ws in lexicon()["need_question_words"].values() for w in ws}
    stems = {stem(w, "fr") for w in words} | {stem(w, "en") for w in words}
    cue_stems = {stem(w, "fr") for w in cues} | {stem(w, "en") for w in cues}
    return bool(words & cues or stems & cue_stems)
