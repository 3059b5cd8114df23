"""Issue 18 item 2 (c): a theme of refusals supports no objective it names (unless the
objective protects from it), and online reviews are a goal answers serve in other words."""

from __future__ import annotations

from bot.synthesis import alignment, objective_fears
from bot.synthesis import objective_paraphrase as paraphrase
from bot.synthesis.features import build
from bot.synthesis.model import Answer
from bot.synthesis.text import clauses as split_clauses

ASKED = "Comment aimeriez-vous contribuer ?"


def _support(objectives: list[str], answers: list[Answer], language: str) -> list[bool]:
    rows = [c for i, a in enumerate(answers) for c in split_clauses(i, a.text, language)]
    reading = (rows, answers, build(rows, None), None, language)
    _, supports, _, _ = alignment.support(objectives, [list(range(len(rows)))], *reading)
    return supports[:, 0].tolist()


def test_i18_2_a_theme_of_refusals_is_a_brake_theme() -> None:
    answers = [
        Answer("r1", "p1", ASKED, "Je refuse de faire des démos au marché."),
        Answer("r2", "p2", ASKED, "Hors de question de tenir des démos en magasin."),
    ]
    rows = [c for i, a in enumerate(answers) for c in split_clauses(i, a.text, "fr")]
    assert objective_fears.brake_themes([list(range(len(rows)))], rows, answers) == [True]
    wanting = [Answer("w1", "p1", ASKED, "Faire des démos au marché le samedi.")]
    kept = [c for i, a in enumerate(wanting) for c in split_clauses(i, a.text, "fr")]
    assert objective_fears.brake_themes([list(range(len(kept)))], kept, wanting) == [False]


def test_i18_2_refusals_serve_no_objective_in_other_words() -> None:
    objective = "Multiplier les démonstrations des vélos pliants"
    refusing = [
        Answer("r1", "p1", ASKED, "Je refuse de faire des démos au marché."),
        Answer("r2", "p2", ASKED, "Hors de question de tenir des démos en magasin."),
    ]
    wanting = [
        Answer("w1", "p1", ASKED, "Faire des démos au marché le samedi."),
        Answer("w2", "p2", ASKED, "Tenir une démo en magasin, avec plaisir."),
    ]
    assert _support([objective], refusing, "fr") == [False]
    assert _support([objective], wanting, "fr") == [True]


def test_i18_2_online_reviews_are_served_by_ratings_and_stars() -> None:
    serving = paraphrase.serving_stems("Soigner notre e-réputation", "fr")
    assert {"etoil", "tripadvisor"} <= serving
    answers = [
        Answer("s1", "p1", ASKED, "Laisser cinq étoiles sur Tripadvisor."),
        Answer("s2", "p2", ASKED, "Noter la boutique sur Google après chaque visite."),
    ]
    assert _support(["Soigner notre e-réputation"], answers, "fr") == [True]
