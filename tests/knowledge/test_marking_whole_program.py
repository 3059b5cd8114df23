"""The whole program as the readers (`knowledge.marking_whole_program`): invented lines."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head
from knowledge.marking_whole_program import correction_opens, mailed_to_whole, whole_program


@pytest.mark.parametrize(
    "line",
    [
        "Pour tous les membres du programme",
        "For all club members (French version)",
        "diffusion : l'ensemble de la communauté des Pionniers",
        "Livret d'accueil — remis à chaque Pionnier, quel que soit son niveau",
        "This newsletter goes to every member, whatever your tier.",
        "Open to the whole community 🎉",
        "For all Trail-Crew members (Spanish speakers included)",
        "Léa : voici le récap, vous pouvez le faire tourner dans tout le club !",
    ],
)
def test_the_whole_program(line: str) -> None:
    assert whole_program(line)


@pytest.mark.parametrize(
    "line",
    [
        "Pour tous les membres de l'équipe",
        "This newsletter goes to every Trailblazer, whatever your tier.",  # who are they?
        "For all club members of the Gold tier",
        "Diffusion : l'ensemble du club des managers",
        "Remis à chaque responsable de boutique, quel que soit son niveau",
        "La communauté reste ouverte tout l'été",
        "Nous remercions toute la communauté pour sa patience",
        "pas pour toute la communauté, seulement les Pionniers de Lyon",
        "For all board members",
        "Les points sont valables dans tout le programme",
    ],
)
def test_a_part_or_a_mention_is_not_the_whole_program(line: str) -> None:
    assert not whole_program(line)


@pytest.mark.parametrize(
    ("line", "opens"),
    [
        ("MAJ 3/02 (Léa) : validé par la direction, on peut l'envoyer à tous les membres", True),
        # a name the reader does not know opens nothing (the client's names open it)
        ("MAJ 3/02 (Léa) : validé par la direction, on peut l'envoyer à tous les Pionniers", False),
        ("MAJ 3/02 (Léa) : validé, on peut l'envoyer à tous les commerciaux", False),
        ("Update 4/09, Sam: cleared, send to the whole Trail Crew; ignore the draft tag", True),
        ("rectif 12/01 : désormais ouvert à l'ensemble des Voisins", True),
        ("MAJ 3/02 (Léa) : on peut l'envoyer à toute l'équipe", False),
        ("MAJ 3/02 (Léa) : on peut l'envoyer à tous les Pionniers Or", False),
        ("MAJ 3/02 (Léa) : ne pas l'envoyer à tous les Pionniers", False),
        ("On peut l'envoyer à tous les Pionniers", False),
    ],
)
def test_corrections_sending_it_to_a_whole_group(line: str, opens: bool) -> None:
    assert correction_opens(line) is opens


def test_a_correction_to_all_lifts_an_internal_tag() -> None:
    head = "Statut : interne (brouillon)\nBilan des ateliers\n"
    head += "MàJ 14/05 (Noa) : relu, on peut l'envoyer à tous les Pionniers, tag interne levé."
    assert read_head(head, ("Pionniers",))[0] == "public"
    assert read_head(head)[0] == "internal"  # "Pionniers" may be anyone


def test_a_line_below_the_correction_still_counts() -> None:
    head = "Interne\nMAJ 14/05 (Noa) : ok, envoyé à tous les Pionniers\nAnnexe : confidentiel"
    assert read_head(head)[0] == "confidential"


def test_tlp_clear_as_a_classification_is_public() -> None:
    assert read_head("Keynote deck\nClassification: TLP:CLEAR")[0] == "public"


@pytest.mark.parametrize(
    ("line", "whole"),
    [
        ("À : tous les Pionniers", True),
        ("To: the whole Trail Crew", True),
        ("À : liste Pionniers (tous)", True),
        ("To: Pathfinders (full list)", True),
        ("À : tous les commerciaux", False),
        ("To: All Store Managers", False),
        ("To: all staff (full list)", False),
        ("À : tous les Pionniers Argent", False),
        ("A : Tous les membres peuvent voter une fois par an", False),
    ],
)
def test_a_mail_to_a_whole_group(line: str, whole: bool) -> None:
    assert mailed_to_whole(line) is whole
