"""Minority views among the answers no theme took, read with the sentence encoder.

A view held by two or three people is easily lost: worded differently by each ("CPE
credits" / "continuing-education hours", "localise a few modules" / "checking the
translated quizzes"), its answers share no stem or word vector, so the lexical clustering
leaves each of them alone and no theme is formed. After the themes and oppositions are
formed, the answers whose clauses are left over are read whole with the sentence encoder
(`encoded.Memo`: an answer already read for the themes is not read again), their vectors
centred on the mean of everything the encoder read in the workshop (what every answer
shares: the company, the program), and:

- two answers of different participants that are each other's closest (mutual nearest
  neighbours) and clearly alike (`PAIR_AT`; `CROSS_PAIR_AT` across questions, where the
  same words often serve another idea; a question and its translation in a bilingual
  workshop are one question, `kinds.translations`) seed a minority view; so do two a
  little less alike (`STANDOUT_PAIR_AT`) whose likeness stands out from what each finds
  in every other answer left (`STANDOUT` standard deviations above its mean likeness): a
  paraphrase the encoder reads only a little closer than unrelated answers, but closer
  than anything else ("localise a few modules" / "checking the translated quizzes"); so
  do two answers to one question that share a rare specific word (`rare_words`: said by
  these two participants only) and are a little alike (`RARE_PAIR_AT`);
- another answer joins the seed that holds its closest answer when it is alike enough to
  the seed on average (`JOIN_AT`): a third holder, or one holder's second answer;
- an answer of fewer than `MIN_CONTENT_WORDS` content words ("Je verrai bien", "Ça dépend
  des semaines") says too little to be compared: its likeness to another is tone, not idea.

The groups are labelled and quoted like every other theme (in their own words, verbatims
checked by `verify`); their quotes start from the seed pair. At most `BUDGET` answers are
read: when more are left, those with the closest lexical neighbour among the others
(another participant's) come first.
Measured (syn-div) and not kept: every two-participant group of the lexical clustering
read again here instead (dev13 minorities 4 -> 2/6, recall .842 -> .737: planted pairs
worded differently are seldom each other's nearest answers), and a small group held by one
shared word dropped when its answers are not alike to the encoder (the cohesion of mixed
and of pure one-word groups overlaps: 1.2-3.8 against 1.5-3.9 standard deviations).
Measured (syn-min) on the odd-numbered dev sets and not kept: most missed planted views had
at most one answer left here (the others taken by a theme, an opposition or a pair
before); of the 356 mutual pairs left, 9 were a planted view's, and no bar on likeness or
standing out takes more of them without more mixed pairs (a pair standing 3 deviations out
at 0.2: +0 views found, one more point); two answers each other's closest inside a point
of 4+ holders, alike above the background and apart from the rest, are a planted view's
4 times in 272 (and a theme's own or mixed answers in the rest).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from bot.synthesis import contrast, kinds, rare_words
from bot.synthesis.encoded import TEXT_CHARS, Memo
from bot.synthesis.features import Features
from bot.synthesis.model import Answer
from bot.synthesis.terse import words_needed
from bot.synthesis.text import Clause
from bot.synthesis.themes import Group, cluster_one, shorten

BUDGET = 60  # answers read, about 1.5 s on one loaded core
MIN_CONTENT_WORDS = 3
# Cosines of centred vectors, set on the planted dev sets (bot/bench/synthesis_planted*).
PAIR_AT = 0.28
CROSS_PAIR_AT = 0.45
JOIN_AT = 0.2
STANDOUT_PAIR_AT = 0.25
STANDOUT = 2.0
# Two answers to one question sharing a rare specific word (`rare_words`); across questions
# such a word is as often incidental ("piano": a child's lesson, a room to practise in).
RARE_PAIR_AT = 0.1


class _Left:
    """The left-over clauses, one unit per answer."""

    def __init__(
        self, rows: Sequence[int], clauses: Sequence[Clause], answers: Sequence[Answer]
    ) -> None:
        needed = words_needed(clauses, MIN_CONTENT_WORDS)
        by_answer: dict[int, list[int]] = {}
        for row in rows:
            by_answer.setdefault(clauses[row].answer_index, []).append(row)
        self.rows = [
            found
            for found in by_answer.values()
            if sum(len(clauses[r].content) for r in found) >= needed
        ]
        self.answers = [answers[clauses[found[0]].answer_index] for found in self.rows]

    def keep(self, picked: Sequence[int]) -> None:
        self.rows = [self.rows[i] for i in picked]
        self.answers = [self.answers[i] for i in picked]

    def people(self) -> np.ndarray:
        return np.array([a.participant for a in self.answers])


def _budget(left: _Left, features: Features) -> None:
    """At most `BUDGET` units: those closest lexically to another participant's first."""
    if len(left.rows) <= BUDGET:
        return
    firsts = [found[0] for found in left.rows]
    similarity = features.similarity(firsts)
    owner = left.people()
    similarity[owner[:, None] == owner[None, :]] = -np.inf
    closest = similarity.max(axis=1)
    order = sorted(range(len(firsts)), key=lambda i: (-closest[i], firsts[i]))
    left.keep(sorted(order[:BUDGET]))


def _vectors(texts: Sequence[str], memo: Memo) -> np.ndarray:
    """Unit vectors of `texts` centred on the mean of everything `memo` has read."""
    return memo.centred(memo.queries(texts))


def groups(
    left: Sequence[int],
    clauses: Sequence[Clause],
    answers: Sequence[Answer],
    features: Features,
    memo: Memo | None,
) -> list[Group]:
    """Minority groups (2+ participants) among the `left` clause rows; none without an
    encoder."""
    units = _Left(left, clauses, answers)
    if memo is None or len(set(units.people())) < 2:
        return []
    _budget(units, features)
    vectors = _vectors([shorten(a.text, TEXT_CHARS) for a in units.answers], memo)
    similarity = vectors @ vectors.T
    owner = units.people()
    others = np.where(owner[:, None] == owner[None, :], -np.inf, similarity)
    asked = _asked(units.answers, memo)
    rare = rare_words.shared(units.rows, clauses, rare_words.rare_stems(clauses, answers))
    found: list[Group] = []
    for members in _seeds_and_joins(others, similarity, asked, rare):
        rows = [r for m in members for r in units.rows[m]]
        lexical = cluster_one(features, rows)
        found.append(Group(rows, lexical.centrality, rows))
    found.sort(key=lambda g: (-len(g.rows), min(g.rows)))
    return found


def _asked(answers: Sequence[Answer], memo: Memo) -> np.ndarray:
    """Each answer's question; a question and its translation in a bilingual workshop
    (`kinds.translations`) are one: the same question, not another idea's."""
    questions = list(dict.fromkeys(a.question for a in answers))
    budget = contrast.EncoderBudget(memo.encoder, len(questions))
    same = {q: pair[0] for pair in kinds.translations(questions, budget) for q in pair}
    return np.array([same[a.question] for a in answers])


def _standout(others: np.ndarray) -> np.ndarray:
    """For each unit, how many standard deviations its closest other participant's answer
    stands above its mean likeness to every other participant's answer (0 when it has
    fewer than 3 to compare)."""
    result = np.zeros(len(others))
    for unit, row in enumerate(others):
        seen = row[np.isfinite(row)]
        if len(seen) >= 3 and float(seen.std()) > 0:
            result[unit] = (float(seen.max()) - float(seen.mean())) / float(seen.std())
    return result


def _seeds_and_joins(
    others: np.ndarray, similarity: np.ndarray, asked: np.ndarray, rare: np.ndarray | None = None
) -> list[list[int]]:
    """Unit indices of each group, its seed pair first (see the module's doc). `others`
    is `similarity` with -inf between one participant's own answers; `rare`: whether two
    units share a rare specific word (none when not given)."""
    if rare is None:
        rare = np.zeros(others.shape, dtype=bool)
    closest = others.argmax(axis=1)
    standout = _standout(others)
    seeds: list[list[int]] = []
    for a, b in enumerate(closest):
        b = int(b)
        if a < b and closest[b] == a:
            if asked[a] != asked[b]:
                alike = others[a, b] >= CROSS_PAIR_AT
            else:
                alike = (
                    others[a, b] >= PAIR_AT
                    or (
                        others[a, b] >= STANDOUT_PAIR_AT
                        and min(standout[a], standout[b]) >= STANDOUT
                    )
                    or (rare[a, b] and others[a, b] >= RARE_PAIR_AT)
                )
            if alike:
                seeds.append([a, b])
    seeded = {u for seed in seeds for u in seed}
    for unit in range(len(closest)):
        if unit in seeded:
            continue
        near = [(float(similarity[unit, seed].mean()), i) for i, seed in enumerate(seeds)]
        near = [(mean, i) for mean, i in near if int(closest[unit]) in seeds[i]]
        if near:
            mean, i = max(near)
            if mean >= JOIN_AT:
                seeds[i].append(unit)
    return seeds
