"""A body named after "every member of" is still that body: « tous les membres du comité de
pilotage », "all members of the board" restrict as « le comité de pilotage » does, while every
member of the program is still the whole program; « à l'attention des ambassadeurs » names no
part called "attention". Invented heads."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head

RESTRICTED = {"internal", "confidential"}


@pytest.mark.parametrize(
    "head",
    [
        "Feuille de route 2028\nÀ l'usage exclusif de tous les membres du comité de pilotage",
        "Arbitrages budgétaires\nRéservé à tous les membres du conseil d'administration",
        "Projet Horizon\nCe dossier est destiné à l'ensemble des membres du comité stratégique",
        "Budget review\nFor all members of the board of directors",
        "Notes de séance\nPour tous les membres du bureau",
        "Retours du panel\nFor each member of the advisory panel",
        "Succession plan\nFor the exclusive use of all members of the steering committee",
    ],
)
def test_every_member_of_a_body_restricts(head: str) -> None:
    level, _ = read_head(head)
    assert level in RESTRICTED, head


@pytest.mark.parametrize(
    "head",
    [
        "Guide de bienvenue\nPour tous les membres du programme",
        "Welcome pack\nFor all members of the programme",
    ],
)
def test_every_member_of_the_program_stays_open(head: str) -> None:
    assert read_head(head) == ("public", False)


@pytest.mark.parametrize(
    "head, names",
    [
        ("Guide des niveaux\nÀ l'attention des ambassadeurs, tous niveaux confondus", ()),
        ("Guide des niveaux\nÀ l'attention des Grimpeurs, tous niveaux confondus", ("Grimpeurs",)),
    ],
)
def test_for_the_attention_of_them_all_is_not_a_part_called_attention(
    head: str, names: tuple[str, ...]
) -> None:
    assert read_head(head, names) == ("public", False)


def test_a_part_of_them_still_restricts() -> None:
    level, _ = read_head("Note\nÀ l'attention des Couturières des ambassadeurs")
    assert level in RESTRICTED
