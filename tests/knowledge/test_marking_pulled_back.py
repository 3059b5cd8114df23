"""A later correction that takes a document back from some of its readers
(`marking_pulled_back`): the document no longer reads as for everyone."""

from __future__ import annotations

import pytest

from knowledge.marking_ambassadors import as_ambassadors
from knowledge.marking_head import find_in_lines


def _level(lines: list[str], names: tuple[str, ...] = ()) -> str | None:
    marking = find_in_lines(lines, said=as_ambassadors(names) if names else None)
    return marking.level if marking is not None else None


@pytest.mark.parametrize(
    ("lines", "names"),
    [
        (
            [
                "Diffusion : tous les Randonneurs",
                "Rectif (Joëlle, 9h) : finalement non, seulement "
                "les randonneurs du Jura pour l'instant",
            ],
            ("Randonneurs", "randonneurs"),
        ),
        (
            [
                "Audience: all ambassadors",
                "UPDATE 3 June: pulled back - Gold tier only until the prices are signed off",
            ],
            (),
        ),
        (
            [
                "Pour tous les ambassadeurs",
                "MAJ de Karim : on le garde pour les Cobalt seulement, "
                "les autres l'auront à la rentrée",
            ],
            (),
        ),
        # opening words that keep it for a few are no opening
        (
            ["Diffusion : tous les ambassadeurs", "MAJ 12/03 (Léa) : ouvert aux Cobalt seulement"],
            (),
        ),
        (["Audience: all ambassadors", "Update 4 May (Sam): now open to the pilot group only"], ()),
        (
            ["Classification : Public", "Edit 12/04 (Nora): not yet - keep it for the pilot group"],
            (),
        ),
    ],
)
def test_a_correction_taking_readers_away_keeps_the_document_internal(
    lines: list[str], names: tuple[str, ...]
) -> None:
    assert _level(lines, names) == "internal"


def test_a_correction_saying_confidential_makes_it_confidential() -> None:
    lines = ["Réservé Cobalt", "Correction de Nora : erreur, strictement confidentiel, direction"]
    assert _level(lines) == "confidential"


@pytest.mark.parametrize(
    "lines",
    [
        ["Diffusion : tous les ambassadeurs", "MAJ 12/03 : seulement les dates ont changé"],
        ["Audience: all ambassadors", "Update 4 May (Priya): only the figures in table 2 moved"],
        ["Public", "MAJ 02/02 (Sabine) : on peut le partager à tous les ambassadeurs"],
        [
            "MAJ : l'ancien bandeau « réservé Cobalt » ne s'applique plus, ouvert à tous les "
            "ambassadeurs"
        ],
    ],
)
def test_a_correction_of_the_content_or_opening_it_stays_public(lines: list[str]) -> None:
    assert _level(lines) == "public"


@pytest.mark.parametrize(
    "line",
    [
        "Diffusion : tous les ambassadeurs sauf les Bronze",
        "Diffusable à tous les ambassadeurs sauf les Bronze",
        "Audience: all ambassadors except the Bronze tier",
        "Pour l'ensemble des ambassadeurs, à l'exception des nouveaux inscrits",
    ],
)
def test_every_ambassador_but_some_is_a_part(line: str) -> None:
    assert _level([line, "Guide des avantages"]) == "internal"


def test_a_default_is_no_exception_among_the_readers() -> None:
    assert _level(["Classification : Public, sauf mention contraire", "Guide"]) == "public"
