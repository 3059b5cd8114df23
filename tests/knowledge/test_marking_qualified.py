"""A name bound to the ambassadors' word makes them a part (a tier, a region, a team): such a
head is never read as every ambassador's, with or without the client's names."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head
from knowledge.marking_qualified import qualified_group


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Ambassadors Core only", "Core"),
        ("@ambassadeurs-Bretagne : voici le doc", "Bretagne"),
        ("À : ambassadeurs-sud@listes.exemple.fr", "sud"),
        ("Groupe ambassadeurs Vendée — pour vous tous", "Vendée"),
        ("#ambassadeurs-board", "board"),
        ("[Discord #core-ambassadeurs]", "core"),
    ],
)
def test_a_name_bound_to_the_word_narrows_it(line: str, name: str) -> None:
    assert qualified_group(line) == name


@pytest.mark.parametrize(
    "line",
    [
        "Réservé aux ambassadeurs du programme",
        "#ambassadeurs-annonces",
        "#annonces-ambassadeurs",
        "Ambassadeurs : Voici le kit",
        "Pour toutes les ambassadrices et tous les ambassadeurs",
        "RÉSERVÉ AUX AMBASSADEURS TOUS NIVEAUX",
        "Labels: public, ambassador-facing",
        "Hello ambassadeurs ! Voici le récap",
    ],
)
def test_the_word_alone_or_with_a_neutral_word_is_whole(line: str) -> None:
    assert qualified_group(line) is None


@pytest.mark.parametrize(
    "head",
    [
        "Vigies Core only — do not share outside\nRoadmap draft",
        "@Vigies-Bretagne : voici le compte rendu pour vous tous",
        "[Discord #vigies-board]\n@everyone le doc est dispo pour tout le monde",
        "Groupe Vigies Vendée — pour vous tous\nSortie du 12 mai",
        "@Vigies Team uniquement\nPlanning des salons",
        "[Discord #core-Vigies]\n@everyone le doc est pour tout le monde",
    ],
)
def test_a_part_of_the_declared_ambassadors_is_never_public(head: str) -> None:
    assert read_head(head, ["Vigies"])[0] != "public"
    assert read_head(head.replace("Vigies", "ambassadeurs"))[0] != "public"


def test_the_declared_ambassadors_as_a_whole_stay_public() -> None:
    assert read_head("Réservé aux Vigies — ne pas diffuser à l'extérieur\nKit", ["Vigies"])[0] == (
        "public"
    )
    assert (
        read_head(
            "[Discord #vigies-annonces]\n@everyone le kit est dispo pour tout le monde", ["Vigies"]
        )[0]
        == "public"
    )
