"""Issue 18, item 2: a point of three holders quotes first the answers of the question most
of them answer (`bot.synthesis.quotes.question_first`)."""

from __future__ import annotations

from bot.synthesis import quotes
from bot.synthesis.model import Answer, Theme, Verbatim
from bot.synthesis.text import Clause, clauses

MOTIVES = "What motivates you to join?"
FEARS = "What might hold you back?"
# The first in lexical order answers another question: the same word serves another idea.
TEXTS = [
    ("p1", FEARS, "Sharing my network with strangers worries me."),
    ("p2", MOTIVES, "Sharing my network with other freelancers."),
    ("p3", MOTIVES, "Meeting other freelancers and growing my network."),
]


def _session(texts: list[tuple[str, str, str]]) -> tuple[list[Answer], list[Clause]]:
    answers = [Answer(f"a{n}", p, q, t) for n, (p, q, t) in enumerate(texts)]
    every = [c for n, a in enumerate(answers) for c in clauses(n, a.text, "en")]
    return answers, every


def _theme(answers: list[Answer], quoted: int) -> Theme:
    return Theme(
        label="Network",
        kind="divergence",
        participants=tuple(dict.fromkeys(a.participant for a in answers)),
        answer_ids=tuple(a.id for a in answers),
        verbatims=tuple(Verbatim(a.id, a.text) for a in answers[:quoted]),
        minority=True,
    )


def test_i18_2_three_holders_quote_the_question_most_of_them_answer_first() -> None:
    answers, every = _session(TEXTS)
    rows = list(range(len(every)))
    theme = _theme(answers, 2)
    orders = {"Network": [rows]}
    ((quoted, kept),), _ = quotes.requote([(theme, rows)], orders, every, answers, None)
    assert [v.answer_id for v in quoted.verbatims] == ["a1", "a2"]  # as many quotes as before
    assert kept == rows and quoted.answer_ids == theme.answer_ids  # it still cites them all


def test_i18_2_question_order_leaves_other_points_as_they_were() -> None:
    one_question = [(p, MOTIVES, t) for p, _, t in TEXTS]
    four = [*TEXTS, ("p4", FEARS, "Strangers asking me for my network.")]
    tied = [TEXTS[0], TEXTS[1], ("p3", "Anything else?", TEXTS[2][2])]
    for texts in (one_question, four, tied):
        answers, every = _session(texts)
        order = list(range(len(every)))
        assert quotes.question_first(order, every, answers) == order
