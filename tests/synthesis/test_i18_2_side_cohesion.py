"""Oppositions whose sides hold no shared position are left out (`side_cohesion`)."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from bot.synthesis import side_cohesion
from bot.synthesis.encoded import Memo
from bot.synthesis.model import Answer, ObjectiveLink, Side, Theme
from tests.synthesis.idea_encoder import IdeaEncoder

QUESTION = "How would you like to take part?"


def _answers() -> list[Answer]:
    texts = [
        "I would host a tasting evening at home",
        "A tasting evening with friends, gladly",
        "Hosting a tasting for my neighbours",
        "Only online please, a forum suits me",
        "Online, through the forum, nothing more",
        "The forum online is where I would help",
        "My car broke down last week",
        "Is there coffee after the session",
        "I only have Tuesdays",
        "The posters look great",
        "My cousin knows the owner",
        "Parking was hard to find",
    ]
    return [Answer(f"a{i}", f"P{i}", QUESTION, text) for i, text in enumerate(texts)]


def _opposition(label: str, first: list[int], second: list[int]) -> Theme:
    sides = tuple(
        Side(f"{label} {n}", tuple(f"P{i}" for i in rows), tuple(f"a{i}" for i in rows))
        for n, rows in enumerate((first, second))
    )
    people = tuple(p for s in sides for p in s.participants)
    ids = tuple(a for s in sides for a in s.answer_ids)
    return Theme(label, "divergence", people, ids, sides=sides)


def _memo() -> Memo:
    return Memo(IdeaEncoder({"tasting": 0, "forum": 1}, dim=16, first_own=2))


def test_an_opposition_of_two_shared_positions_stays() -> None:
    theme = _opposition("In person or online", [0, 1, 2], [3, 4, 5])
    kept = side_cohesion.kept_among([(theme, [0])], _answers(), _memo(), read=True)
    assert [t.label for t, _ in kept] == ["In person or online"]


def test_an_opposition_whose_sides_share_no_idea_is_left_out() -> None:
    # Each side mixes a host, an online helper and a stray remark: no shared position.
    stray = _opposition("Only or not", [0, 3, 6], [1, 4, 7])
    plain = Theme("Tasting", "convergence", ("P0", "P1"), ("a0", "a1"))
    kept = side_cohesion.kept_among([(stray, [0]), (plain, [1])], _answers(), _memo(), read=True)
    assert [t.label for t, _ in kept] == ["Tasting"]


def test_nothing_is_left_out_without_every_answer_read() -> None:
    stray = _opposition("Only or not", [6, 8, 10], [7, 9, 11])
    assert len(side_cohesion.kept_among([(stray, [0])], _answers(), _memo(), read=False)) == 1
    assert len(side_cohesion.kept_among([(stray, [0])], _answers(), None, read=True)) == 1


class _Reading:
    def __init__(self, answers: list[Answer], encoder: Memo, read: bool) -> None:
        self.answers, self.encoder = answers, encoder
        self.features = SimpleNamespace(sentence=np.zeros((1, 1)) if read else None)


def test_an_opposition_backing_an_objective_stays() -> None:
    stray = _opposition("Only or not", [0, 3, 6], [1, 4, 7])
    reading = _Reading(_answers(), _memo(), read=True)
    assert side_cohesion.kept([(stray, [0])], reading) == []  # type: ignore[arg-type]
    link = ObjectiveLink("Welcome newcomers", ("Only or not",), ("a0",))
    assert len(side_cohesion.kept([(stray, [0])], reading, [link])) == 1  # type: ignore[arg-type]
