"""Issue 18 item 2 (c): an opposition (a theme with sides) supports no objective, even when
both sides share a word with it; the same answers as a convergent theme do."""

from __future__ import annotations

from bot.synthesis import alignment
from bot.synthesis.features import build
from bot.synthesis.model import Answer
from bot.synthesis.text import clauses as split_clauses

WISHES = "Comment imaginez-vous le programme ?"


def _answers() -> list[Answer]:
    return [
        Answer("a1", "p1", WISHES, "Ouvert à tous les clients qui en ont envie."),
        Answer("a2", "p2", WISHES, "Ouvert à tous les clients, sans sélection."),
        Answer("a3", "p3", WISHES, "Réservé aux clients fidèles depuis longtemps."),
        Answer("a4", "p4", WISHES, "Réservé à quelques clients triés sur le volet."),
    ]


def test_i18_2_an_opposition_supports_no_objective() -> None:
    answers = _answers()
    rows = [c for i, a in enumerate(answers) for c in split_clauses(i, a.text, "fr")]
    objective = "Gagner de nouveaux clients par le parrainage"
    reading = (rows, answers, build(rows, None), None, "fr")
    theme = [list(range(len(rows)))]
    _, plain, _, _ = alignment.support([objective], theme, *reading)
    _, divided, whole, _ = alignment.support([objective], theme, *reading, None, [True])
    assert plain.any()
    assert not divided.any() and not whole.any()
