"""Issue 18, item 2 (b): a two-holder minority view is joined by the answer no point took
that says its idea (`bot.synthesis.view_joins`), with a fake encoder whose vectors follow
planted ideas."""

from __future__ import annotations

from bot.synthesis import view_joins
from bot.synthesis.encoded import Memo
from bot.synthesis.model import Answer
from bot.synthesis.text import Clause, clauses
from tests.synthesis.idea_encoder import IdeaEncoder

QUESTION = "What could hold you back?"
OTHER_QUESTION = "How would you like to help?"
IDEAS = {"insurance": 0, "liability": 0, "parking": 1, "coffee": 2}

PAIR = [
    ("p1", QUESTION, "Insurance questions when I demo a car, I want no grey area."),
    ("p2", QUESTION, "Parking near the showroom is a nightmare on Saturdays."),
]
LONE = ("p3", QUESTION, "Liability worries me if someone I referred has an accident.")
ELSEWHERE = ("p4", OTHER_QUESTION, "Liability training for the volunteers, I could run it.")
UNRELATED = ("p5", QUESTION, "The coffee machine at the club is always broken.")
OTHERS = [
    (f"q{n}", QUESTION, f"Something else entirely, number {n}, the weather.") for n in range(8)
]


def _session(texts: list[tuple[str, str, str]]) -> tuple[list[Answer], list[Clause]]:
    answers = [Answer(f"a{n}", p, q, t) for n, (p, q, t) in enumerate(texts)]
    every = [c for n, a in enumerate(answers) for c in clauses(n, a.text, "en")]
    return answers, every


def _rows(every: list[Clause], answers: list[Answer], people: set[str]) -> list[int]:
    return [r for r, c in enumerate(every) if answers[c.answer_index].participant in people]


def _memo(texts: list[tuple[str, str, str]]) -> Memo:
    memo = Memo(IdeaEncoder(IDEAS, 64, first_own=3))
    memo.queries([t for _, _, t in texts])
    return memo


def _people(rows: list[int], every: list[Clause], answers: list[Answer]) -> set[str]:
    return {answers[every[r].answer_index].participant for r in rows}


def test_a_lone_holder_joins_the_pair_that_holds_its_idea() -> None:
    texts = [*PAIR, LONE, UNRELATED, *OTHERS]
    answers, every = _session(texts)
    view = _rows(every, answers, {"p1", "p2"})
    free = _rows(every, answers, {"p3", "p5"} | {f"q{n}" for n in range(8)})
    joined = view_joins.joins([view], free, every, answers, _memo(texts))
    assert list(joined) == [0]
    assert _people(joined[0], every, answers) == {"p1", "p2", "p3"}


def test_no_join_from_another_question_another_idea_or_without_an_encoder() -> None:
    texts = [*PAIR, ELSEWHERE, UNRELATED, *OTHERS]
    answers, every = _session(texts)
    view = _rows(every, answers, {"p1", "p2"})
    free = _rows(every, answers, {"p4", "p5"} | {f"q{n}" for n in range(8)})
    assert view_joins.joins([view], free, every, answers, _memo(texts)) == {}
    assert view_joins.joins([view], free, every, answers, None) == {}
