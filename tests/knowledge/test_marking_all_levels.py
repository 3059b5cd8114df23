"""A capitalised name beside "ambassadeurs" (the client's, undeclared) in a line that says
no level is left out (« quel que soit leur niveau », « sans distinction de niveau », « tous
niveaux », « du niveau X au niveau Y », "whatever your level"): the readers are every
ambassador, public with no names declared. Without such words, or with a tier, a region, a
team or a restriction, the line stays closed. Invented names."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head
from knowledge.marking_all_levels import without_own_name


def _head(line: str) -> str:
    return f"# Guide du programme\n\n{line}\n\n## Les points\n\nUn avis rapporte 10 points.\n"


@pytest.mark.parametrize(
    "line",
    [
        "Ce guide s'adresse à tous les ambassadeurs Ronceraie, quel que soit leur niveau : vous "
        "pouvez le lire,",
        "Cette FAQ est ouverte à tous les ambassadeurs Ronceraie, du niveau Graine au niveau "
        "Chêne.",
        "À l'attention de tous les ambassadeurs Ronceraie. Ce règlement s'applique à chacun "
        "d'eux, sans distinction de niveau.",
        "For every Ronceraie ambassador, whatever your level. Share it with new ambassadors.",
        "Réservé aux ambassadeurs Ronceraie, tous niveaux confondus.",
        "**Ce texte s'adresse à toutes les ambassadrices et à tous les ambassadeurs Ronceraie, "
        "quel que soit leur niveau.**",
    ],
)
def test_every_level_opens_beside_an_undeclared_name(line: str) -> None:
    assert read_head(_head(line))[0] == "public"


@pytest.mark.parametrize(
    "line",
    [
        "Ce guide s'adresse à tous les ambassadeurs Ronceraie.",
        "Pour tous les ambassadeurs Or.",
        "Pour tous les ambassadeurs Or, quel que soit leur niveau.",
        "Pour tous les ambassadeurs Nord, quel que soit leur niveau.",
        "Pour les ambassadeurs VIP, quel que soit leur niveau.",
        "Pour tous les ambassadeurs Ronceraie à Lyon, quel que soit leur niveau.",
        "Pour tous les ambassadeurs Ronceraie, quel que soit leur niveau. Ne pas diffuser.",
        "Diffusion : membres du programme Cercle Ronce (tous niveaux).",
    ],
)
def test_a_part_or_no_every_level_stays_closed(line: str) -> None:
    assert read_head(_head(line))[0] != "public"


def test_confidential_stays_confidential() -> None:
    line = "Confidentiel — tous les ambassadeurs Ronceraie, quel que soit leur niveau."
    assert read_head(_head(line))[0] == "confidential"


def test_the_name_is_left_only_with_every_level() -> None:
    assert without_own_name("Pour tous les ambassadeurs Ronceraie.") == (
        "Pour tous les ambassadeurs Ronceraie."
    )
    assert without_own_name("Pour tous les ambassadeurs Ronceraie, tous niveaux.") == (
        "Pour tous les ambassadeurs, tous niveaux."
    )
    assert without_own_name("Pour tous les ambassadeurs Or, tous niveaux.") == (
        "Pour tous les ambassadeurs Or, tous niveaux."
    )
