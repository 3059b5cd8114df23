"""Issue 18 item 2 (b): a need a few voice in their own words from one family of words
(`concepts`): "en fauteuil", "mobilité réduite", "avec ma canne" make one minority view,
taken out of the views that absorbed them, never out of a convergence."""

from __future__ import annotations

from bot.synthesis import concepts
from bot.synthesis.engine import synthesise
from bot.synthesis.model import Answer, Theme
from bot.synthesis.text import clauses

Q = "Qu'attendez-vous du programme ?"


def test_i18_2_concept_words_match_whole_words_accent_free_and_endings() -> None:
    phrases = concepts.families()["disability"]
    assert concepts.mentions("Mon fils est en fauteuil.", phrases)
    assert concepts.mentions("Des places pour personnes à MOBILITÉ réduite", phrases)
    assert concepts.mentions("Aider des skieurs malvoyants", phrases)  # malvoyant*
    assert concepts.mentions("Our son is autistic.", phrases)
    assert not concepts.mentions("Une dégustation à l'aveugle", phrases)
    assert not concepts.mentions("Le fauteuil du salon est confortable", phrases)
    assert not concepts.mentions("Un handicapeur", [("handicape",)])  # whole words


def test_i18_2_concept_families_beyond_disability() -> None:
    table = concepts.families()
    assert concepts.mentions("Je suis enceinte, la dégustation attendra.", table["health"])
    assert concepts.mentions("Mon médecin m'a limité à un verre.", table["health"])
    assert concepts.mentions("Show the men's section!", table["men"])
    assert not concepts.mentions("Les femmes et les enfants d'abord", table["men"])
    assert concepts.mentions("Mon anglais est catastrophique.", table["language_skills"])
    assert not concepts.mentions("Des visites en anglais.", table["language_skills"])
    assert concepts.mentions("Tout ce plastique dans les colis !", table["environment"])
    assert concepts.mentions("Is the merino mulesed?", table["environment"])
    assert concepts.mentions("Our greyhound charity needs exposure.", table["nonprofit"])
    assert not concepts.mentions("A shelf of new products.", table["nonprofit"])
    assert concepts.mentions("La marque ne parle qu'aux femmes.", table["men"])
    assert concepts.mentions("Sommelier à Tours, je proposerais vos vins.", table["trade"])
    assert concepts.mentions("Could it go on my list at trade price?", table["trade"])
    assert not concepts.mentions("Un bon prix pour les clients.", table["trade"])


def _theme(label: str, minority: bool) -> Theme:
    return Theme(label, "divergence" if minority else "convergence", (), (), minority=minority)


def _rows(texts: list[tuple[str, str]]) -> tuple[list[Answer], list]:
    answers = [Answer(f"a{i}", p, Q, t) for i, (p, t) in enumerate(texts)]
    rows = [c for i, a in enumerate(answers) for c in clauses(i, a.text, "fr")]
    return answers, rows


def test_i18_2_concept_view_takes_free_answers_and_minority_members_not_convergence() -> None:
    answers, rows = _rows(
        [
            ("p1", "Mon fils est en fauteuil."),  # row 0, in a convergence
            ("p2", "Des places pour les personnes à mobilité réduite."),  # row 1, free
            ("p3", "Avec ma canne, les escaliers me font peur."),  # row 2, in a small view
            ("p4", "Les escaliers du stade sont raides."),  # row 3, in the small view
            ("p5", "Les escaliers, encore."),  # row 4, in the small view
        ]
    )
    assert len(rows) == 5
    found = [(_theme("Stade", False), [0]), (_theme("Escaliers", True), [2, 3, 4])]
    kept, made = concepts.groups(found, rows, answers)
    assert made == [[1, 2]]
    assert kept == {1: [3, 4]}


def test_i18_2_concept_held_by_too_many_or_one_makes_no_view() -> None:
    many = [(f"p{i}", "Je suis en fauteuil.") for i in range(5)]
    answers, rows = _rows(many)
    assert concepts.groups([], rows, answers) == ({}, [])
    answers, rows = _rows([("p1", "Je suis en fauteuil."), ("p1", "Ma canne me gêne.")])
    assert concepts.groups([], rows, answers) == ({}, [])


def test_i18_2_concept_minority_view_end_to_end() -> None:
    said = [
        "Rencontrer les joueurs après le match.",
        "Rencontrer les joueurs et le staff.",
        "Voir les coulisses et rencontrer les joueurs.",
        "Des places à mobilité réduite près du terrain.",
        "Partager l'ambiance du stade avec des amis.",
        "Faire découvrir l'ambiance du stade à des amis.",
        "Mon père est en fauteuil : un accès simple à la tribune.",
        "L'ambiance du stade, avec les copains.",
        "Des réductions à la boutique.",
        "Une réduction sur les maillots.",
    ]
    answers = [Answer(f"a{i}", f"p{i}", Q, t) for i, t in enumerate(said)]
    synthesis = synthesise(answers, [], language="fr")
    view = next(t for t in synthesis.themes if "a3" in t.answer_ids)
    assert view.minority and set(view.answer_ids) == {"a3", "a6"}
