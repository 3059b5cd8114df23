"""Issue 18 item 2 (c): a theme of what participants fear (or what would make them quit)
serves only an objective that protects from it; otherwise it stays a need no objective
serves, even when it shares a word with an objective."""

from __future__ import annotations

import numpy as np

from bot.synthesis import alignment, objective_fears
from bot.synthesis.features import build
from bot.synthesis.model import Answer
from bot.synthesis.text import clauses as split_clauses

FEARS = "Qu'est-ce qui vous freine ou vous inquiète ?"
QUIT = "Qu'est-ce qui vous ferait quitter le programme ?"
WISHES = "Qu'attendez-vous du programme ?"


def _rows(answers: list[Answer]) -> list:
    return [c for i, a in enumerate(answers) for c in split_clauses(i, a.text, "fr")]


def test_i18_2_questions_about_leaving_ask_for_brakes() -> None:
    assert objective_fears.asks_brakes(FEARS)
    assert objective_fears.asks_brakes(QUIT)
    assert objective_fears.asks_brakes("What would make you quit the program?")
    assert not objective_fears.asks_brakes(WISHES)
    assert not objective_fears.asks_brakes("What would keep you involved over time?")


def test_i18_2_an_objective_protects_by_its_words_or_by_a_goal_of_sparing() -> None:
    assert objective_fears.protects("Garantir la confidentialité des clients")
    assert objective_fears.protects("Répartir les demandes pour ne pas épuiser")
    assert objective_fears.protects("Libérer du temps pour les ambassadeurs")
    assert objective_fears.protects("Spread requests fairly so that no one is overloaded")
    assert not objective_fears.protects("Multiplier les avis clients publiés en ligne")
    assert not objective_fears.protects("Increase the number of customer references")


def test_i18_2_a_theme_of_fears_shares_a_word_yet_serves_only_the_protective_objective() -> None:
    answers = [
        Answer("a1", "p1", FEARS, "Qu'on publie le nom de mes clients."),
        Answer("a2", "p2", FEARS, "Citer mes clients en public, jamais."),
        Answer("a3", "p3", WISHES, "Des ateliers entre responsables."),
        Answer("a4", "p4", WISHES, "Des ateliers pour échanger entre responsables."),
    ]
    rows = _rows(answers)
    objectives = [
        "Multiplier les avis clients publiés sur les comparateurs",
        "Garantir la confidentialité des clients dans toute prise de parole publique",
    ]
    _, supports, _, _ = alignment.support(
        objectives, [[0, 1], [2, 3]], rows, answers, build(rows, None), None, "fr"
    )
    assert np.array_equal(supports[:, 0], [False, True])


def test_i18_2_a_theme_of_what_would_make_them_quit_is_an_unserved_need() -> None:
    answers = [
        Answer("a1", "p1", QUIT, "Devoir démarcher mes proches comme un vendeur."),
        Answer("a2", "p2", QUIT, "Jouer les vendeurs auprès de mes proches."),
    ]
    rows = _rows(answers)
    objective = "Générer des ventes auprès des proches des vendeurs"
    _, supports, _, _ = alignment.support(
        [objective], [[0, 1]], rows, answers, build(rows, None), None, "fr"
    )
    assert not supports.any()
