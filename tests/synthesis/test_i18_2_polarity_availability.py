"""Issue 18 item 2b: oppositions of availability (day / evening, weekdays / weekend), old
looks against modern ones, and a program axis of two poles kept to the question both sides
answer, on small invented workshops."""

from __future__ import annotations

from bot.synthesis import polarity
from bot.synthesis.engine import synthesise
from bot.synthesis.model import Answer
from bot.synthesis.text import clauses


def _answers(rows: list[tuple[str, str, str]]) -> list[Answer]:
    return [Answer(f"a{i}", who, question, said) for i, (who, question, said) in enumerate(rows)]


def _signs(text: str, language: str = "fr") -> dict[str, int]:
    found: dict[str, int] = {}
    for clause in clauses(0, text, language):
        for mark in polarity.marks(clause, question_is_yes_no=False):
            found[mark.topic] = found.get(mark.topic, 0) + mark.sign
    return found


def test_availability_words_take_sides():
    assert _signs("Plutôt le matin, avant le travail.")["axis:time_of_day"] == 1
    assert _signs("Evenings only, after the kids are in bed", "en")["axis:time_of_day"] == -1
    assert _signs("Le samedi, idéalement.")["axis:week_part"] == -1
    assert _signs("Weekdays suit me best", "en")["axis:week_part"] == 1
    assert _signs("Vieux look, à l'ancienne.")["axis:modernity"] == -1


def test_weekdays_against_weekend_in_one_question():
    rows = _answers(
        [
            ("P1", "quand", "Le samedi matin, c'est parfait."),
            ("P2", "quand", "Plutôt le dimanche."),
            ("P3", "quand", "En semaine, après le boulot."),
            ("P4", "quand", "Du lundi au vendredi uniquement."),
            ("P5", "idées", "Des visites de l'atelier."),
        ]
    )
    found = synthesise(rows, [], language="fr", encoder=False)
    opposition = next(t for t in found.themes if t.sides)
    sides = {frozenset(s.participants) for s in opposition.sides}
    assert sides == {frozenset({"P1", "P2"}), frozenset({"P3", "P4"})}
