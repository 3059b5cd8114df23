"""Issue 18, item 2 (b): a minority view that is a fragment of another theme joins it
(`bot.synthesis.fragments`); a view of its own idea stays, and so does a view that would
be lost past the minority cap. A fake encoder gives each planted text a chosen vector."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from bot.synthesis import fragments
from bot.synthesis.encoded import Memo
from bot.synthesis.model import Answer
from bot.synthesis.text import Clause, clauses

DIM = 64
QUESTION = "How much time could you give?"
OWN = 10  # first axis of the texts no test places


class _Encoder:
    """A text that contains a key of `placed` reads as that vector (unit length); any other
    text along an axis of its own (the workshop's background)."""

    def __init__(self, placed: dict[str, dict[int, float]]) -> None:
        self.placed = placed
        self.own: dict[str, int] = {}

    def queries(self, texts: Sequence[str]) -> np.ndarray:
        result = np.zeros((len(texts), DIM), dtype=np.float32)
        for i, text in enumerate(texts):
            key = next((k for k in self.placed if k in text.lower()), None)
            if key is None:
                result[i, OWN + self.own.setdefault(text, len(self.own)) % (DIM - OWN)] = 1.0
                continue
            for axis, weight in self.placed[key].items():
                result[i, axis] = weight
            result[i] /= np.linalg.norm(result[i])
        return result


BACKGROUND = [
    (f"q{n}", f"Something else entirely, number {n}, about the weather.") for n in range(14)
]


def _session(
    texts: list[tuple[str, str]], placed: dict[str, dict[int, float]]
) -> tuple[list[Answer], list[Clause], Memo]:
    answers = [Answer(f"a{n}", p, QUESTION, t) for n, (p, t) in enumerate([*texts, *BACKGROUND])]
    every = [c for n, a in enumerate(answers) for c in clauses(n, a.text, "en")]
    memo = Memo(_Encoder(placed))
    memo.queries([a.text for a in answers])  # the workshop read before (its background)
    return answers, every, memo


def _rows(every: list[Clause], answers: list[Answer], people: set[str]) -> list[int]:
    return [r for r, c in enumerate(every) if answers[c.answer_index].participant in people]


# Weekend shifts: one theme the lexical reading cut in two. The loose piece's answers are
# less alike to each other than to the tight piece's.
WEEKENDS = {
    "weekend shifts": {0: 1.0},
    "saturday rota": {0: 0.7, 1: 0.7},
    "sunday duty": {0: 0.7, 2: 0.7},
    "translated quizzes": {3: 1.0},
}
TIGHT = [
    ("p1", "My weekend shifts eat all my time."),
    ("p2", "Weekend shifts at the plant, sorry."),
]
LOOSE = [("p3", "A saturday rota keeps me busy."), ("p4", "Sunday duty most of the month.")]
OWN_IDEA = [
    ("p5", "Checking the translated quizzes for mistakes."),
    ("p6", "I could fix the translated quizzes in Portuguese."),
]


def test_i18_2_a_fragment_joins_the_theme_it_is_closer_to_than_to_itself() -> None:
    answers, every, memo = _session([*TIGHT, *LOOSE, *OWN_IDEA], WEEKENDS)
    groups = [
        _rows(every, answers, {"p1", "p2"}),
        _rows(every, answers, {"p3", "p4"}),
        _rows(every, answers, {"p5", "p6"}),
    ]
    kinds = [(True, False)] * 3
    assert fragments.joins(groups, kinds, every, answers, memo, cap=8) == [(1, 0)]


def test_i18_2_a_view_that_would_pass_the_cap_joins_only_an_equal_piece() -> None:
    answers, every, memo = _session([*TIGHT, *LOOSE, *OWN_IDEA], WEEKENDS)
    groups = [_rows(every, answers, {"p1", "p2"}), _rows(every, answers, {"p3", "p4"})]
    kinds = [(True, False)] * 2
    # Four holders past a cap of three: the tight piece is more alike inside than to the
    # loose one, so joining would lose a view.
    assert fragments.joins(groups, kinds, every, answers, memo, cap=3) == []
    # A convergence theme takes the fragment whatever the cap.
    kinds = [(False, False), (True, False)]
    assert fragments.joins(groups, kinds, every, answers, memo, cap=3) == [(1, 0)]


def test_i18_2_oppositions_and_sessions_without_an_encoder_keep_their_views() -> None:
    answers, every, memo = _session([*TIGHT, *LOOSE, *OWN_IDEA], WEEKENDS)
    groups = [_rows(every, answers, {"p1", "p2"}), _rows(every, answers, {"p3", "p4"})]
    assert fragments.joins(groups, [(False, True), (True, False)], every, answers, memo, 8) == []
    assert fragments.joins(groups, [(True, False)] * 2, every, answers, None, 8) == []
