"""Issue 18 item 2 (c): a word two objectives share does not tell which one a theme serves;
the theme supports the objective it says more words of."""

from __future__ import annotations

from bot.synthesis import alignment
from bot.synthesis.features import build
from bot.synthesis.model import Answer
from bot.synthesis.text import clauses as split_clauses

ASKED = "Comment aimeriez-vous contribuer ?"
SHOWING = "Multiplier les démonstrations de nos vélos en magasin"
RECRUITING = "Recruter des magasins partenaires dans la région"
ANSWERS = [
    Answer("a1", "p1", ASKED, "Faire une démonstration au magasin le samedi."),
    Answer("a2", "p2", ASKED, "Des démonstrations en magasin, avec plaisir."),
]


def _support(objectives: list[str], answers: list[Answer]) -> list[bool]:
    rows = [c for i, a in enumerate(answers) for c in split_clauses(i, a.text, "fr")]
    reading = (rows, answers, build(rows, None), None, "fr")
    _, supports, _, _ = alignment.support(objectives, [list(range(len(rows)))], *reading)
    return supports[:, 0].tolist()


def test_i18_2_a_shared_word_links_the_objective_said_more() -> None:
    assert _support([SHOWING, RECRUITING], ANSWERS) == [True, False]


def test_i18_2_a_shared_word_alone_still_links_when_no_other_objective_says_it() -> None:
    assert _support([RECRUITING], ANSWERS) == [True]


def test_i18_2_a_word_of_its_own_keeps_the_link() -> None:
    recruiting = [
        Answer("r1", "p1", ASKED, "Recruter des magasins partenaires près de chez moi."),
        Answer("r2", "p2", ASKED, "Trouver des magasins partenaires, recruter des boutiques."),
    ]
    assert _support([SHOWING, RECRUITING], recruiting) == [False, True]
