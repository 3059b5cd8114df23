"""A readership narrowed to part of a group (`knowledge.marking_narrowed`): invented lines."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head
from knowledge.marking_narrowed import narrowed_level


@pytest.mark.parametrize(
    "line",
    [
        "Vigies de Nantes & Rennes uniquement – apéro du 3 mai",
        "Ambassadeurs Cercle Or uniquement",
        "Scouts – Quebec chapter only",
        "Vigies du secteur Ouest seulement",
        "Diffusion : ambassadeurs d'altitude et des vallées",
        "Réservé aux ambassadeurs des boutiques de Brest et Vannes",
        "Lanternes du Port de Lorient seulement — soirée jeudi",
        "Ambassadrices de la région Grand Est uniquement : rencontre 🎉",
        "visibility: ambassadors-lille",
        "Réservé aux membres abonnés « Loge » (niveau 3)",
    ],
)
def test_part_of_a_group(line: str) -> None:
    assert narrowed_level(line) == "internal"


@pytest.mark.parametrize(
    "line",
    [
        "Ambassadeurs uniquement",
        "Diffusion : ambassadeurs uniquement (pas sur les réseaux svp)",
        "Réservé aux ambassadeurs du programme uniquement",
        "Compagnons du Lin uniquement",
        "Amis de la forêt uniquement",
        "Clients Or uniquement : -20 % sur la boutique",
        "Diffusion : ambassadeurs du programme",
        "visibilite: ambassadeurs-tous",
        "Le guide est pour les ambassadeurs de Lyon, qui peuvent le partager",
    ],
)
def test_the_whole_group_or_no_readership(line: str) -> None:
    assert narrowed_level(line) is None


def test_program_name_read_as_ambassadors() -> None:
    head = "Lanternes de Quimper uniquement – pique-nique\nQui apporte quoi"
    assert read_head(head, ["Lanternes"])[0] == "internal"
    assert read_head("Lanternes uniquement\nLe kit de l'été", ["Lanternes"])[0] == "public"


@pytest.mark.parametrize(
    ("line", "narrowed"),
    [
        ("Diffusion : tous les ambassadeurs du Cercle Lavande", False),
        ("Pour les ambassadeurs du Circle Harbour", False),
        ("Diffusion : ambassadeurs du Cercle Or", True),
        ("Diffusion : ambassadeurs du Cercle Platine et du Cercle Diamant", True),
        ("Diffusion : ambassadeurs du Circle 3", True),
    ],
)
def test_a_circle_is_a_tier_only_with_a_tiers_word(line: str, narrowed: bool) -> None:
    """ "Cercle X" is as often the program's own name as one of its levels."""
    assert (narrowed_level(line) == "internal") is narrowed
