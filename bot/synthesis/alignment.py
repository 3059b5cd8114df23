"""Objectives × needs: which themes support each objective, which needs no objective serves.

An objective supports a theme when their similarity (stems and word vectors, as between
clauses) reaches `SUPPORT_SIMILARITY`, measured against the theme's centroid and against its
closest clauses (an objective often names one facet of a theme).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from bot.synthesis.features import STEM_WEIGHT, Features
from bot.synthesis.text import clauses as split_clauses
from bot.synthesis.text import lexicon, stem, strip_accents, tokens
from bot.synthesis.vectors import WordVectors

SUPPORT_SIMILARITY = 0.3
TOP_CLAUSES = 3
MAX_SUPPORTING_THEMES = 4


@dataclass
class ThemeRows:
    label: str
    rows: list[int]
    question: str


def objective_scores(
    objectives: Sequence[str],
    themes: Sequence[ThemeRows],
    features: Features,
    vectors: WordVectors | None,
    language: str,
) -> np.ndarray:
    """objectives × themes similarity."""
    scores = np.zeros((len(objectives), len(themes)), dtype=np.float32)
    for i, objective in enumerate(objectives):
        parts = split_clauses(0, objective, language)
        stems = [s for c in parts for s in c.stems]
        words = [w for c in parts for w in c.content]
        stem_row, dense_row = features.encode(stems, words, vectors)
        for j, theme in enumerate(themes):
            stem_sims = features.stems[theme.rows] @ stem_row
            sims = stem_sims
            if dense_row is not None and features.dense is not None:
                sims = STEM_WEIGHT * stem_sims + (1 - STEM_WEIGHT) * (
                    features.dense[theme.rows] @ dense_row
                )
            top = np.sort(sims)[::-1][:TOP_CLAUSES]
            scores[i, j] = float(max(top.mean(), sims.mean()))
    return scores


def is_need_question(question: str) -> bool:
    words = {strip_accents(w.lower()) for w, _, _ in tokens(question)}
    cues = {strip_accents(str(w)) for ws in lexicon()["need_question_words"].values() for w in ws}
    stems = {stem(w, "fr") for w in words} | {stem(w, "en") for w in words}
    cue_stems = {stem(w, "fr") for w in cues} | {stem(w, "en") for w in cues}
    return bool(words & cues or stems & cue_stems)
