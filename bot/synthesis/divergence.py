"""Divergence: oppositions (two sides) and the groups they come from.

Sides by polarity within one topic (antonyms, "plus de X" / "moins de X", yes / no) are
found first, over the whole session (`polarity`). What is left is clustered per question;
then, inside one topic group, or between a group mostly "against" and the closest other
group of the question, clauses that refuse (`Clause.against`) oppose the others.
Each side needs `MIN_SIDE` distinct participants; smaller dissent stays in its group.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from bot.synthesis.features import Features
from bot.synthesis.model import Answer
from bot.synthesis.text import Clause
from bot.synthesis.themes import Group

MIN_SIDE = 2
AGAINST_MAJORITY = 0.6  # a group is "against" when this share of its clauses refuse
OPPOSE_MIN_SIMILARITY = 0.15  # mean similarity an "against" group needs to its counterpart


@dataclass
class Opposition:
    sides: tuple[list[int], list[int]]  # clause rows: (for / first pole, against / second pole)


def _people(rows: Sequence[int], clauses: Sequence[Clause], answers: Sequence[Answer]) -> set[str]:
    return {answers[clauses[r].answer_index].participant for r in rows}


def _balanced(
    sides: tuple[list[int], list[int]], clauses: Sequence[Clause], answers: Sequence[Answer]
) -> bool:
    first, second = (_people(s, clauses, answers) for s in sides)
    return len(first - second) >= MIN_SIDE and len(second - first) >= MIN_SIDE


def by_stance(
    groups: Sequence[Group],
    features: Features,
    clauses: Sequence[Clause],
    answers: Sequence[Answer],
) -> tuple[list[Opposition], list[Group]]:
    """Oppositions of refusal against the rest, inside a group or between two groups;
    returns them and the groups left."""
    found: list[Opposition] = []
    left: list[Group] = []
    used: set[int] = set()
    against_share = {id(g): sum(clauses[r].against for r in g.rows) / len(g.rows) for g in groups}
    for index, group in enumerate(groups):
        if index in used:
            continue
        sides = (
            [r for r in group.rows if not clauses[r].against],
            [r for r in group.rows if clauses[r].against],
        )
        if _balanced(sides, clauses, answers):
            used.add(index)
            found.append(Opposition(sides))
        elif against_share[id(group)] >= AGAINST_MAJORITY:
            partner = _closest(index, groups, features, used, against_share)
            if partner is not None and _balanced(
                (groups[partner].rows, group.rows), clauses, answers
            ):
                used.update({index, partner})
                found.append(Opposition((list(groups[partner].rows), list(group.rows))))
    for index, group in enumerate(groups):
        if index not in used:
            left.append(group)
    return found, left


def _closest(
    index: int,
    groups: Sequence[Group],
    features: Features,
    used: set[int],
    against_share: dict[int, float],
) -> int | None:
    best, best_score = None, OPPOSE_MIN_SIMILARITY
    rows = groups[index].rows
    for other, group in enumerate(groups):
        if other == index or other in used or against_share[id(group)] >= AGAINST_MAJORITY:
            continue
        similarity = features.similarity(rows + group.rows)
        cross = float(np.mean(similarity[: len(rows), len(rows) :]))
        if cross >= best_score and len(group.rows) >= MIN_SIDE:
            best, best_score = other, cross
    return best
