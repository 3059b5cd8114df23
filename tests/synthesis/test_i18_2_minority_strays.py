"""Issue 18, item 2 (b): a minority view loses the stray answer it absorbed from another
idea (`bot.synthesis.views`), with a fake encoder whose vectors follow planted ideas."""

from __future__ import annotations

from bot.synthesis import views
from bot.synthesis.encoded import Memo
from bot.synthesis.model import Answer
from bot.synthesis.text import Clause, clauses
from tests.synthesis.idea_encoder import IdeaEncoder

DIM = 64
QUESTION = "What could hold you back?"
IDEAS = {"insurance": 0, "liability": 0, "legal": 0, "parking": 1, "coffee": 2}


def _encoder() -> IdeaEncoder:
    return IdeaEncoder(IDEAS, DIM, first_own=3)


VIEW = [
    ("p1", "Insurance questions when I demo a car, I want no grey area."),
    ("p2", "Liability worries me if someone I referred has an accident."),
    ("p3", "The legal side: who pays for a dent during a demo?"),
]
STRAY = ("p4", "Breakdowns: I cannot vouch for a car that fails one time in five.")
OTHERS = [(f"q{n}", f"Something else entirely, number {n}, about the weather.") for n in range(12)]


def _session(texts: list[tuple[str, str]]) -> tuple[list[Answer], list[Clause]]:
    answers = [Answer(f"a{n}", p, QUESTION, t) for n, (p, t) in enumerate(texts)]
    every = [c for n, a in enumerate(answers) for c in clauses(n, a.text, "en")]
    return answers, every


def _rows(every: list[Clause], answers: list[Answer], people: set[str]) -> list[int]:
    return [r for r, c in enumerate(every) if answers[c.answer_index].participant in people]


def _memo() -> Memo:
    """An encoder memo that has read every answer of the session (the background)."""
    memo = Memo(_encoder())
    memo.queries([t for _, t in [*VIEW, STRAY, *OTHERS]])
    return memo


def _people(rows: list[int], every: list[Clause], answers: list[Answer]) -> set[str]:
    return {answers[every[r].answer_index].participant for r in rows}


def test_i18_2_a_stray_leaves_the_minority_view_its_holders_stay() -> None:
    answers, every = _session([*VIEW, STRAY, *OTHERS])
    view = _rows(every, answers, {"p1", "p2", "p3", "p4"})
    trimmed = views.without_strays([view], every, answers, _memo())
    assert list(trimmed) == [0]
    assert _people(trimmed[0], every, answers) == {"p1", "p2", "p3"}


def test_i18_2_a_coherent_view_and_a_pair_keep_every_holder() -> None:
    answers, every = _session([*VIEW, STRAY, *OTHERS])
    view = _rows(every, answers, {"p1", "p2", "p3"})
    pair = _rows(every, answers, {"p3", "p4"})  # two people: never trimmed further
    assert views.without_strays([view, pair], every, answers, _memo()) == {}


def test_i18_2_strays_stay_without_an_encoder_or_a_fair_background() -> None:
    answers, every = _session([*VIEW, STRAY])
    view = _rows(every, answers, {"p1", "p2", "p3", "p4"})
    assert views.without_strays([view], every, answers, None) == {}
    # Four answers read: too few to tell the session's background likeness.
    assert views.without_strays([view], every, answers, Memo(_encoder())) == {}
