"""Issue 18 bench: why a planted theme or minority view is missed (`synthesis_missed`), on
invented truths."""

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


def _theme(label: str, ids: list[str], minority: bool = False) -> Theme:
    kind = "divergence" if minority else "convergence"
    return Theme(label, kind, tuple(f"p-{i}" for i in ids), tuple(ids), minority=minority)


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
    assert tally(causes) == {
        "left out": 1,
        "merged": 1,
        "diluted": 1,
        "scattered": 1,
        "unflagged": 0,
    }


MINORITIES = {
    "themes": [{"key": "parking", "answer_ids": ["a1", "a2", "a3", "a4", "a5"]}],
    "minorities": [
        {"key": "found", "answer_ids": ["m1", "m2"]},
        {"key": "shown_big", "answer_ids": ["n1", "n2", "n3"]},
        {"key": "absorbed", "answer_ids": ["o1", "o2"]},
        {"key": "paired_apart", "answer_ids": ["q1", "q2"]},
        {"key": "never_read", "answer_ids": ["r1", "r2"]},
    ],
    "oppositions": [],
}


def test_i18_bench_missed_minority_causes() -> None:
    synthesis = Synthesis(
        participants=30,
        themes=(
            _theme("Parking", ["a1", "a2", "a3", "a4", "o1", "o2"]),
            _theme("Pair", ["m1", "m2"], minority=True),  # found
            _theme("Shown as a convergence", ["n1", "n2", "n3"]),
            _theme("Wrong pair", ["q1", "x1"], minority=True),
            _theme("Other wrong pair", ["q2", "x2"], minority=True),
        ),
    )
    causes = missed_causes(synthesis, MINORITIES)
    assert causes == {
        "minority:shown_big": "unflagged",
        "minority:absorbed": "merged",
        "minority:paired_apart": "scattered",
        "minority:never_read": "left out",
    }
    assert tally(causes, "minority") == {
        "left out": 1,
        "merged": 1,
        "diluted": 0,
        "scattered": 1,
        "unflagged": 1,
    }
    assert tally(causes) == dict.fromkeys(tally(causes), 0)
