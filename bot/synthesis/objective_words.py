"""Reading clauses against an objective's words (`alignment`, `backing`).

An objective is read as its content words, less those that only say how much or which way
("augmenter", "develop": `objective_stop_words`). Each clause word meets an objective word
by the same stem or as `word_match` says (family, translation, close meaning). Words that
many participants use in most questions (the company's name, its trade's words) say
nothing about which need meets the objective (`generic_stems`): they are not read.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from bot.synthesis.features import Features
from bot.synthesis.model import Answer
from bot.synthesis.text import Clause, lexicon, strip_accents
from bot.synthesis.text import clauses as split_clauses
from bot.synthesis.vectors import WordVectors
from bot.synthesis.word_match import WordMatcher

WORD_MATCH = 0.3  # a clause word meets an objective word at this similarity or more
GENERIC_SHARE = 0.2  # a word used by more than this part of the respondents is the trade's
GENERIC_MIN_PEOPLE = 3  # ... and by more than this many
GENERIC_QUESTIONS = 0.5  # ... in at least this part of the questions
GENERIC_MIN_QUESTIONS = 3  # ... and in at least this many


@lru_cache(maxsize=1)
def _objective_stops() -> frozenset[str]:
    words = lexicon()["objective_stop_words"]
    return frozenset(strip_accents(str(w).lower()) for ws in words.values() for w in ws)


def objective_words(objective: str, language: str) -> list[tuple[str, str, str]]:
    """(word, stem, language) of the objective's content words."""
    return [
        (w, s, c.language)
        for c in split_clauses(0, objective, language)
        for w, s in zip(c.content, c.stems, strict=True)
        if strip_accents(w) not in _objective_stops()
    ]


def generic_stems(clauses: Sequence[Clause], answers: Sequence[Answer]) -> set[str]:
    """Stems of the trade: used by many participants, in most questions (a word many use in
    one or two questions is rather a shared need: "temps" among the brakes)."""
    people: dict[str, set[str]] = {}
    asked: dict[str, set[str]] = {}
    for clause in clauses:
        answer = answers[clause.answer_index]
        for key in clause.stems:
            people.setdefault(key, set()).add(answer.participant)
            asked.setdefault(key, set()).add(answer.question)
    respondents = len({a.participant for a in answers})
    questions = len({a.question for a in answers if a.kind == "text"})
    bar = max(GENERIC_SHARE * respondents, GENERIC_MIN_PEOPLE)
    spread = max(GENERIC_QUESTIONS * questions, GENERIC_MIN_QUESTIONS)
    return {k for k, who in people.items() if len(who) > bar and len(asked[k]) >= spread}


class Meeting:
    """Which of `rows` meet an objective's specific words, and how well (per word)."""

    def __init__(
        self,
        clauses: Sequence[Clause],
        rows: Sequence[int],
        features: Features,
        vectors: WordVectors | None,
        language: str,
        generic: set[str],
    ) -> None:
        self.clauses, self.read, self.features = clauses, rows, features
        self.language, self.generic = language, generic
        self.vocabulary = sorted({w for r in rows for w in clauses[r].content})
        self.french = {w for r in rows if clauses[r].language == "fr" for w in clauses[r].content}
        self.position = {w: i for i, w in enumerate(self.vocabulary)}
        self.matcher = WordMatcher(vectors)
        self.said: dict[int, tuple[str, ...]] = {}  # of the last `rows`: the words that met

    def rows(self, objective: str) -> tuple[dict[int, np.ndarray], np.ndarray] | None:
        """Row → how well it meets each specific word of `objective`, and the words'
        weights (rarity, summing to 1); None when the objective has no specific word.
        `said` then holds, per row, its words that meet one of the objective's."""
        triples = [t for t in objective_words(objective, self.language) if t[1] not in self.generic]
        if not triples or not self.vocabulary:
            return None
        stems = [s for _, s, _ in triples]
        french = self.french | {w for w, _, language in triples if language == "fr"}
        weights = np.array([self.features.idf(s) for s in stems], dtype=np.float32)
        weights /= weights.sum()
        words = [w for w, _, _ in triples]
        table = self.matcher.matrix(self.vocabulary, words, french.__contains__)
        columns: dict[str, list[int]] = {}
        for j, key in enumerate(stems):
            columns.setdefault(key, []).append(j)
        met: dict[int, np.ndarray] = {}
        self.said = {}
        for r in self.read:
            clause = self.clauses[r]
            if not clause.content:
                continue
            block = table[[self.position[w] for w in clause.content]]
            for k, key in enumerate(clause.stems):
                if key in columns:
                    block[k, columns[key]] = 1.0
            met[r] = block.max(axis=0)
            meeting = block.max(axis=1) >= WORD_MATCH
            self.said[r] = tuple(w for w, m in zip(clause.content, meeting, strict=True) if m)
        return met, weights
