"""Issue 18, item 2: a point of four or more holders loses the answers that are not alike
to the rest of it by the session's own spread (`bot.synthesis.strays`), with a fake encoder
whose vectors follow planted ideas."""

from __future__ import annotations

from bot.synthesis import strays
from bot.synthesis.encoded import Memo
from bot.synthesis.model import Answer
from bot.synthesis.side_cohesion import Background
from tests.synthesis.idea_encoder import IdeaEncoder

QUESTION = "What would you get out of the programme?"
IDEAS = {"tickets": 0, "parking": 1}
POINT = [
    ("p1", "Cheaper tickets for my family."),
    ("p2", "Free tickets now and then."),
    ("p3", "Tickets for the away games."),
    ("p4", "A couple of tickets for friends."),
]
STRAY = ("p5", "Parking near the ground on match days.")
OTHERS = [(f"q{n}", f"Something else entirely, number {n}, about the weather.") for n in range(12)]


def _background(texts: list[tuple[str, str]]) -> tuple[list[Answer], Background]:
    answers = [Answer(f"a{n}", p, QUESTION, t) for n, (p, t) in enumerate(texts)]
    memo = Memo(IdeaEncoder(IDEAS, 64, first_own=2))
    memo.queries(["An objective the encoder also read: more tickets sold."])
    return answers, Background(answers, memo, own_centre=True)


def test_i18_2_a_stray_leaves_a_point_of_five_its_holders_stay() -> None:
    answers, background = _background([*POINT, STRAY, *OTHERS])
    ids = [a.id for a in answers[:5]]
    kept = strays.trimmed(ids, [a.participant for a in answers[:5]], background)
    assert kept == ids[:4]


def test_i18_2_a_point_whose_holders_all_hold_it_keeps_them() -> None:
    answers, background = _background([*POINT, STRAY, *OTHERS])
    ids = [a.id for a in answers[:4]]
    assert strays.trimmed(ids, [a.participant for a in answers[:4]], background) == ids


def test_i18_2_the_background_is_centred_on_the_answers_alone() -> None:
    _, background = _background([*POINT, STRAY, *OTHERS])
    centred = background.similarity[background.index["a0"], background.index["a1"]]
    assert centred > 0.9
    assert background.fair
