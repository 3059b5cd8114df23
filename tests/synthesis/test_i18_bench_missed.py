"""Issue 18 bench: why a planted theme is missed (`synthesis_missed`), on an invented truth."""

from __future__ import annotations

from bot.bench.synthesis_missed import missed_causes, tally
from bot.synthesis.model import Synthesis, Theme

TRUTH = {
    "themes": [
        {"key": "parking", "answer_ids": ["a1", "a2", "a3", "a4"]},
        {"key": "hours", "answer_ids": ["b1", "b2", "b3", "b4"]},
        {"key": "menu", "answer_ids": ["c1", "c2", "c3"]},
        {"key": "music", "answer_ids": ["d1", "d2", "d3", "d4"]},
        {"key": "staff", "answer_ids": ["e1", "e2", "e3", "e4"]},
        {"key": "prices", "answer_ids": ["f1", "f2", "f3"]},
    ],
    "minorities": [],
    "oppositions": [],
}


def _theme(label: str, ids: list[str]) -> Theme:
    return Theme(label, "convergence", tuple(f"p-{i}" for i in ids), tuple(ids))


def test_i18_bench_missed_causes() -> None:
    synthesis = Synthesis(
        participants=20,
        themes=(
            _theme("Parking", ["a1", "a2", "a3"]),  # found
            _theme("Opening", ["b1", "x4"]),  # hours: 3 of 4 in no point
            _theme("Food", ["c1", "c2", "f1", "f2", "f3"]),  # menu: inside prices' point
            _theme("Mixed", ["d1", "d2", "e1", "x1"]),  # music: mixed, matches nothing
            _theme("Pair", ["d3", "e3"]),
            _theme("Odd", ["e2", "x2"]),
            _theme("Odd too", ["e4", "x3"]),
        ),
    )
    causes = missed_causes(synthesis, TRUTH)
    assert causes == {
        "theme:hours": "left out",
        "theme:menu": "merged",
        "theme:music": "diluted",
        "theme:staff": "scattered",
    }
    assert tally(causes) == {"left out": 1, "merged": 1, "diluted": 1, "scattered": 1}
