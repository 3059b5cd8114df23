"""A clause's stance from a verdict against that closes it or a negation that opens it,
and a theme against paired with the closest calm theme of its question (invented answers)."""

import numpy as np

from bot.synthesis import stance, stance_pairs
from bot.synthesis.model import Answer, Theme
from bot.synthesis.text import Clause, clauses

Q = "Which contributions would you be happy to make?"


def _clause(text: str, language: str = "en") -> Clause:
    return clauses(0, text, language)[0]


def test_a_closing_verdict_against_is_against() -> None:
    assert stance.of(_clause("Hosting a stall at the fair, absolutely not.")) == -1
    assert stance.of(_clause("Singing on stage is a no")) == -1
    assert stance.of(_clause("Tenir un stand au marché ? Non.", "fr")) == -1
    assert stance.of(_clause("Hosting a stall at the fair, with a friend")) == 0


def test_an_opening_negation_is_against_but_not_a_hedge() -> None:
    assert stance.of(_clause("Not podcasts please")) == -1
    assert stance.of(_clause("Please not another newsletter")) == -1
    assert stance.of(_clause("pas une énième réunion le soir", "fr")) == -1
    assert not stance.opening_negation(_clause("Not necessarily the fair").words)
    assert not stance.opening_negation(_clause("pas mal, les ateliers du samedi", "fr").words)
    assert stance.of(_clause("Not necessarily the fair")) == 0
    assert stance.of(_clause("Être filmé, ça me dérange pas du tout", "fr")) == 1


class _Features:
    """Similarity by the first letter of each clause: an invented reading."""

    def __init__(self, rows: list[Clause]) -> None:
        self.rows = rows

    def similarity(self, picked: list[int]) -> np.ndarray:
        first = [self.rows[r].text[0].lower() for r in picked]
        return np.array([[1.0 if a == b else 0.0 for b in first] for a in first])


def _setup(texts: list[str]) -> tuple[list[Answer], list[Clause]]:
    answers = [Answer(f"a{n}", f"P{n}", Q, t) for n, t in enumerate(texts)]
    rows = [c for n, a in enumerate(answers) for c in clauses(n, a.text, "en")]
    return answers, rows


def _theme(label: str, rows: list[Clause], *indices: int) -> tuple[Theme, list[int]]:
    picked = [r for r, c in enumerate(rows) if c.answer_index in indices]
    people = tuple(f"P{i}" for i in indices)
    return Theme(label, "divergence", people, tuple(f"a{i}" for i in indices), question=Q), picked


TEXTS = [
    "Reviews on the booking site, gladly",  # 0: calm, r
    "Rating the hotel online takes me a minute",  # 1: calm, r
    "Reviews online, absolutely not.",  # 2: against, r
    "Not ratings please, I never write online",  # 3: against, r
    "Guided walks with newcomers",  # 4: calm, g
    "Guiding visitors around the harbour",  # 5: calm, g
]


def test_a_theme_against_opposes_the_closest_calm_theme_of_its_question() -> None:
    answers, rows = _setup(TEXTS)
    themes = [
        _theme("walks", rows, 4, 5),
        _theme("reviews", rows, 0, 1),
        _theme("no reviews", rows, 2, 3),
    ]
    found = stance_pairs.find(themes, rows, answers, _Features(rows))
    assert len(found) == 1
    taken, (plus, minus) = found[0]
    assert sorted(taken) == [1, 2]
    assert {rows[r].answer_index for r in plus} == {0, 1}
    assert {rows[r].answer_index for r in minus} == {2, 3}


def test_no_pair_when_no_calm_theme_reads_close() -> None:
    answers, rows = _setup(TEXTS)
    themes = [_theme("walks", rows, 4, 5), _theme("no reviews", rows, 2, 3)]
    assert stance_pairs.find(themes, rows, answers, _Features(rows)) == []


def test_i_negating_my_verb_is_against_but_not_a_lack_or_a_doubt() -> None:
    assert stance.of(_clause("I won't be selling tickets to my neighbours")) == -1
    assert stance.of(_clause("je ne distribuerai pas de flyers", "fr")) == -1
    assert stance.of(_clause("I don't have a car")) == 0
    assert stance.of(_clause("je n'ai pas de voiture", "fr")) == 0
    assert stance.of(_clause("I don't know the app yet")) == 0
    assert not stance.refused(_clause("I can't vouch for the ferry timetable").words)
