"""Two themes of one question that the answers present as alternatives oppose; merely
different themes do not (invented answers)."""

from bot.synthesis.model import Answer, Theme
from bot.synthesis.text import Clause, clauses
from bot.synthesis.theme_alternatives import find

REWARD = "Quelle contrepartie vous ferait plaisir ?"
HOW = "How would you like to take part?"
FEARS = "Qu'est-ce qui pourrait vous freiner ?"
NEEDS = "Qu'attendez-vous du programme en retour ?"


def _answers(
    question: str, texts: list[str], language: str = "fr"
) -> tuple[list[Answer], list[Clause]]:
    answers = [Answer(f"a{n}", f"P{n}", question, text) for n, text in enumerate(texts)]
    rows = [c for n, a in enumerate(answers) for c in clauses(n, a.text, language)]
    return answers, rows


def _theme(question: str, rows: list[Clause], *indices: int) -> tuple[Theme, list[int]]:
    picked = [r for r, c in enumerate(rows) if c.answer_index in indices]
    people = tuple(f"P{i}" for i in indices)
    ids = tuple(f"a{i}" for i in indices)
    return Theme("t", "divergence", people, ids, minority=True, question=question), picked


def _pairs(
    question: str, texts: list[str], groups: list[tuple[int, ...]], language: str = "fr"
) -> list[list[int]]:
    """The themes each opposition found takes (the clauses of no group are free)."""
    answers, rows = _answers(question, texts, language)
    themes = [_theme(question, rows, *g) for g in groups]
    grouped = {i for g in groups for i in g}
    free = [r for r, c in enumerate(rows) if c.answer_index not in grouped]
    return [taken for taken, _ in find(themes, rows, answers, free)]


def test_setting_aside_what_another_theme_says_opposes_them() -> None:
    texts = [
        "Un panier de légumes offert chaque saison",
        "Des paniers gratuits pour la famille",
        "Planter des haies avec l'association plutôt que des paniers pour moi",
        "Financer les haies du chemin communal",
        "Rencontrer les autres maraîchers",
        "Visiter les serres au printemps",
    ]
    assert _pairs(REWARD, texts, [(0, 1), (2, 3), (4, 5)]) == [[0, 1]]


def test_naming_two_poles_of_one_axis_opposes_two_themes() -> None:
    texts = [
        "In person, at the Saturday market",
        "Face to face with the customers at the stall",
        "Online, from home in the evening",
        "Remote only, a short video call now and then",
    ]
    assert _pairs(HOW, texts, [(0, 1), (2, 3)], "en") == [[0, 1]]


def test_merely_different_themes_do_not_oppose() -> None:
    texts = [
        "Écrire des avis sur le site",
        "Rédiger des avis clients détaillés",
        "Tenir le stand au marché de Noël",
        "Aider au stand le samedi",
    ]
    assert _pairs(REWARD, texts, [(0, 1), (2, 3)]) == []


def test_setting_aside_in_a_question_about_fears_is_fearing() -> None:
    texts = [
        "Les stands le dimanche, trop de monde",
        "Tenir un stand seul, ça m'inquiète",
        "Pas de stand, plutôt des avis en ligne",
        "Les avis en ligne, ça m'expose",
    ]
    assert _pairs(FEARS, texts, [(0, 1), (2, 3)]) == []


def test_a_lack_in_a_question_about_needs_sets_nothing_aside() -> None:
    texts = [
        "Une formation sur les produits",
        "Une formation pour bien conseiller",
        "Pas de formation à rallonge, juste un contact direct",
        "Un contact direct avec l'équipe",
        "Des échantillons à faire goûter",
        "Être invité aux vendanges",
    ]
    assert _pairs(NEEDS, texts, [(0, 1), (2, 3)]) == []
    texts[2] = "Un contact direct plutôt qu'une formation"
    assert _pairs(NEEDS, texts, [(0, 1), (2, 3)]) == [[0, 1]]


def test_each_side_needs_two_participants_of_its_own() -> None:
    texts = [
        "Un panier de légumes offert chaque saison",
        "Planter des haies avec l'association plutôt que des paniers pour moi",
        "Financer les haies du chemin communal",
    ]
    assert _pairs(REWARD, texts, [(0,), (1, 2)]) == []


def test_a_theme_opposes_the_free_answers_that_set_it_aside() -> None:
    texts = [
        "Des stories sur Instagram avec mes tricots",
        "Poster mes créations sur Instagram",
        "Un atelier à la boutique plutôt qu'Instagram",
        "Pas d'Instagram, je viendrai aux ateliers",
        "Aider à ranger la réserve",
        "Tenir la caisse le samedi",
    ]
    assert _pairs("Comment aimeriez-vous participer ?", texts, [(0, 1)]) == [[0]]


def test_a_pole_word_after_a_negation_is_set_aside() -> None:
    texts = [
        "Rarement, une fois par trimestre",
        "Occasionnellement, quand il y a un lancement",
        "Pas trop souvent, je suis déjà très prise",
        "Le moins souvent possible, avec du préavis",
    ]
    assert _pairs("Comment et à quelle fréquence vous solliciter ?", texts, [(0, 1)]) == []
