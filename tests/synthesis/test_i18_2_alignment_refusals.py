"""Issue 18 item 2 (c): participants who name an objective's words to refuse them do not
support it, unless the objective protects from what they refuse."""

from __future__ import annotations

from bot.synthesis import alignment
from bot.synthesis.features import build
from bot.synthesis.model import Answer
from bot.synthesis.text import clauses as split_clauses


def test_i18_2_answers_refusing_an_objective_do_not_support_it() -> None:
    asked = "Qu'accepteriez-vous de faire ?"
    answers = [
        Answer("b1", "q1", asked, "Je ne veux pas apparaître sur les réseaux sociaux."),
        Answer("b2", "q2", asked, "Hors de question de me montrer sur les réseaux sociaux."),
    ]
    rows = [c for i, a in enumerate(answers) for c in split_clauses(i, a.text, "fr")]
    objectives = [
        "Accroître notre présence sur les réseaux sociaux",
        "Garantir qu'aucun membre n'apparaisse sur les réseaux sociaux sans son accord",
    ]
    reading = (rows, answers, build(rows, None), None, "fr")
    _, supports, _, _ = alignment.support(objectives, [list(range(len(rows)))], *reading)
    assert supports[:, 0].tolist() == [False, True]
