"""Themes of a small workshop among the answers no theme took, one question at a time.

In a workshop of 8 to `MAX_PARTICIPANTS` people a question has about ten answers: an idea
held by three or four of them is worded differently by each, so the lexical clustering
leaves every answer alone, the encoder's second reading (`encoded`) drops the pairs it
does not bear out, and the minority views' reading (`minority`) compares each answer with
every other question's too, where its closest answer is another idea's about as often
as not. Once every theme, view and objective's backing is made, the answers each question
has left are read whole with the sentence encoder (vectors centred on the mean of
everything it read in the workshop) and clustered among themselves by average linkage,
cut where the mean cosine falls under `JOIN_AT`. A group of 2+ participants is a theme
when the lexical reading bears it out too (mean similarity of its clauses at least
`LEXICAL_AT`): the encoder alone pairs one-off ideas of one question as readily as one
idea's holders. Without an encoder nothing is found.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform

from bot.synthesis.encoded import TEXT_CHARS, Memo
from bot.synthesis.features import Features
from bot.synthesis.model import Answer
from bot.synthesis.terse import words_needed
from bot.synthesis.text import Clause
from bot.synthesis.themes import Group, cluster_one, shorten

MAX_PARTICIPANTS = 13
# Set on the planted dev sets (bot/bench/synthesis_planted*, heldout3, heldout5).
JOIN_AT = 0.1  # mean cosine of centred vectors
MIN_CONTENT_WORDS = 2
LEXICAL_AT = 0.05


def _lexical_mean(features: Features, rows: Sequence[int]) -> float:
    similarity = features.similarity(rows)
    n = len(rows)
    return float((similarity.sum() - np.trace(similarity)) / (n * (n - 1)))


def groups(
    left: Sequence[int],
    clauses: Sequence[Clause],
    answers: Sequence[Answer],
    features: Features,
    memo: Memo | None,
    respondents: int,
) -> list[Group]:
    """Groups of 2+ participants among the `left` clause rows of each question, in a
    workshop of at most `MAX_PARTICIPANTS` `respondents`; none without an encoder."""
    if memo is None or respondents > MAX_PARTICIPANTS:
        return []
    by_question: dict[str, dict[int, list[int]]] = {}
    for row in left:
        index = clauses[row].answer_index
        by_question.setdefault(answers[index].question, {}).setdefault(index, []).append(row)
    needed = words_needed(clauses, MIN_CONTENT_WORDS)
    found: list[Group] = []
    for units in by_question.values():
        kept = {
            index: rows
            for index, rows in units.items()
            if sum(len(clauses[r].content) for r in rows) >= needed
        }
        found += _question_groups(kept, answers, features, memo)
    found.sort(key=lambda g: (-len(g.rows), min(g.rows)))
    return found


def _question_groups(
    units: dict[int, list[int]], answers: Sequence[Answer], features: Features, memo: Memo
) -> list[Group]:
    indices = sorted(units)
    if len({answers[i].participant for i in indices}) < 2:
        return []
    raw = memo.queries([shorten(answers[i].text, TEXT_CHARS) for i in indices])
    vectors = memo.centred(raw)
    similarity = vectors @ vectors.T
    distance = np.clip(1.0 - similarity, 0.0, 2.0)
    distance = (distance + distance.T) / 2
    np.fill_diagonal(distance, 0.0)
    tree = linkage(squareform(distance, checks=False), "average")
    labels = fcluster(tree, 1.0 - JOIN_AT, "distance")
    members: dict[int, list[int]] = {}
    for index, label in zip(indices, labels, strict=True):
        members.setdefault(int(label), []).append(index)
    found = []
    for group in members.values():
        if len({answers[i].participant for i in group}) < 2:
            continue
        rows = [r for i in group for r in units[i]]
        lexical = cluster_one(features, rows)
        if _lexical_mean(features, rows) < LEXICAL_AT:
            continue
        found.append(Group(rows, lexical.centrality))
    return found
