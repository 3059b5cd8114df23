"""Divergence: oppositions (two sides) and the groups they come from.

Two ways to find sides, tried in order:
1. over the whole session, the axes of `lexicon.yaml` (in person / remote, rewards asked
   for / refused, mandatory / voluntary…), each side held by 2+ participants, a refusal
   flipping the side ("pas obligatoire" sides with "volontaire");
2. inside one topic group, or between a group mostly "against" and the closest other group
   of the question, clauses that refuse (`Clause.against`) versus the others.
Each side needs `MIN_SIDE` distinct participants; smaller dissent stays in its group.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from bot.synthesis.features import Features
from bot.synthesis.model import Answer
from bot.synthesis.text import Clause, lexicon, stem, strip_accents
from bot.synthesis.themes import Group

MIN_SIDE = 2
AGAINST_MAJORITY = 0.6  # a group is "against" when this share of its clauses refuse
OPPOSE_MIN_SIMILARITY = 0.15  # mean similarity an "against" group needs to its counterpart


@dataclass
class Opposition:
    sides: tuple[list[int], list[int]]  # clause rows: (for / first pole, against / second pole)
    axis: str | None = None  # the lexicon axis, when found by words


@dataclass(frozen=True)
class _Pole:
    words: frozenset[str]  # accent-free words and their stems
    phrases: tuple[tuple[str, ...], ...]  # multi-word entries, accent-free

    def hit(self, keys: frozenset[str], joined: str) -> bool:
        """`keys`: a clause's words and stems; `joined`: its words, space-separated and
        space-framed."""
        if keys & self.words:
            return True
        return any(" " + " ".join(p) + " " in joined for p in self.phrases)


def _pole(entries: Sequence[str]) -> _Pole:
    words: set[str] = set()
    phrases: list[tuple[str, ...]] = []
    for entry in entries:
        parts = tuple(strip_accents(str(entry).lower()).replace("'", " ").replace("-", " ").split())
        if len(parts) == 1:
            words |= {parts[0], stem(parts[0], "fr"), stem(parts[0], "en")}
        elif parts:
            phrases.append(parts)
    return _Pole(frozenset(words), tuple(phrases))


@lru_cache(maxsize=1)
def axes() -> tuple[tuple[str, _Pole, _Pole | None], ...]:
    result = []
    for name, (first, second) in lexicon()["axes"].items():
        result.append((str(name), _pole(first), _pole(second) if second else None))
    return tuple(result)


def _people(rows: Sequence[int], clauses: Sequence[Clause], answers: Sequence[Answer]) -> set[str]:
    return {answers[clauses[r].answer_index].participant for r in rows}


def _balanced(
    sides: tuple[list[int], list[int]], clauses: Sequence[Clause], answers: Sequence[Answer]
) -> bool:
    first, second = (_people(s, clauses, answers) for s in sides)
    return len(first - second) >= MIN_SIDE and len(second - first) >= MIN_SIDE


def by_axes(
    rows: Sequence[int], clauses: Sequence[Clause], answers: Sequence[Answer]
) -> list[Opposition]:
    """Oppositions along the lexicon's axes among `rows` (a session's clauses)."""
    found: list[Opposition] = []
    taken: set[int] = set()
    keys = {r: frozenset(clauses[r].words) | frozenset(clauses[r].stems) for r in rows}
    joined = {r: " " + " ".join(clauses[r].words) + " " for r in rows}
    for name, first, second in axes():
        sides: tuple[list[int], list[int]] = ([], [])
        for row in rows:
            if row in taken:
                continue
            clause = clauses[row]
            on_first = first.hit(keys[row], joined[row])
            on_second = second.hit(keys[row], joined[row]) if second is not None else False
            if on_first == on_second:
                continue
            side = 0 if on_first else 1
            sides[side ^ int(clause.against)].append(row)
        if _balanced(sides, clauses, answers):
            found.append(Opposition(sides, name))
            taken.update(sides[0] + sides[1])
    return found


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
