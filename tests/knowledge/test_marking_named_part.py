"""A readership naming a part of the program (a trade, a role, a team, a place) beside its
declared or undeclared name, or ambassadors narrowed by where they live, is internal; the
members of the whole program, and a place said for all of them, are not narrowed.
Invented names."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head
from knowledge.marking_named_part import names_a_part


def _head(line: str) -> str:
    return f"{line}\n\nVoici les nouveautés du trimestre, avec les dates des ateliers."


@pytest.mark.parametrize("names", [(), ("Brigade",)])
@pytest.mark.parametrize(
    "line",
    [
        "Pour les Brodeuses de la Brigade",
        "Pour les Brigade Brodeuses",
        "For the Brigade weavers",
        "À l'attention des Tisserands de la Brigade",
    ],
)
def test_a_part_of_the_program_is_internal(line: str, names: tuple[str, ...]) -> None:
    assert read_head(_head(line), names)[0] == "internal"


@pytest.mark.parametrize("line", ["Pour la Brigade Nantes", "For the Brigade Ghent crew"])
def test_a_declared_name_with_a_place_or_team_is_internal(line: str) -> None:
    assert read_head(_head(line), ["Brigade"])[0] == "internal"


@pytest.mark.parametrize(
    "line",
    [
        "Open to all ambassadors based in Rennes",
        "Pour tous les ambassadeurs de la région Occitanie",
        "Réservé aux ambassadeurs habitant en Normandie",
        "For all our ambassadors in the Toulouse area",
        "Ouvert à tous les ambassadeurs du secteur Est",
        "Pour les ambassadeurs de l'agence de Quimper",
        "Open to every ambassador living near Ghent",
    ],
)
def test_ambassadors_narrowed_by_a_place_are_internal(line: str) -> None:
    assert read_head(_head(line))[0] == "internal"


@pytest.mark.parametrize(
    "line",
    [
        "Pour tous les ambassadeurs, à Rennes comme ailleurs",
        "For all ambassadors, wherever you are",
        "Open to all ambassadors based anywhere in France",
        "Pour toute la Brigade",
        "For every Brigade member",
    ],
)
def test_the_whole_program_stays_open(line: str) -> None:
    assert read_head(_head(line), ["Brigade"])[0] == "public"


@pytest.mark.parametrize(
    "line",
    [
        "Pour les membres de la ambassadeurs",
        "Pour l'ensemble des ambassadeurs",
        "Pour la Fête des voisins",
        "Pour la Fête Nationale",
        "Nous cherchons des ambassadeurs basés à Rennes pour la rentrée.",
        "tous les ambassadeurs de France et de Belgique",
        "Pour les ambassadeurs et ambassadrices",
    ],
)
def test_no_part_is_read(line: str) -> None:
    assert not names_a_part(line)


@pytest.mark.parametrize(
    "line",
    [
        "For our ambassadors overseas (all of them) — share it on the forum",
        "Réservé aux ambassadeurs du département (donc à vous tous, les Brodeuses !)",
        "À l'attention de l'ensemle des ambassadeurs",
    ],
)
def test_all_of_them_said_after_is_no_part(line: str) -> None:
    assert not names_a_part(line)


@pytest.mark.parametrize(
    "line", ["Pour chaque membre de la Brigade", "Pour tous les membres de la Brigade"]
)
def test_every_member_of_a_declared_name_with_its_article_opens(line: str) -> None:
    assert read_head(_head(line), ["Brigade"])[0] == "public"
    assert read_head(_head(line))[0] != "public"
