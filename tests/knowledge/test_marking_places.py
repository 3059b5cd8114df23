"""Ambassadors of one place are a part of them: a document for them is not public."""

import pytest

from knowledge.loaders import load
from knowledge.marking_document import document_marking
from knowledge.marking_places import names_a_place

AMBASSADORS = ["Trafilati"]
CLIENT = ["Club Trafila", "Trafila"]


def _level(head: str) -> str | None:
    marking = document_marking(
        load("guide.md", f"{head}\n\nTexte.\n".encode()), AMBASSADORS, CLIENT
    )
    return marking.level if marking is not None else None


@pytest.mark.parametrize(
    "head",
    [
        "# Guide\nFor all Club Trafila members, every level in Milan.",
        "# Guide\nPour tous les membres du Club Trafila, tous niveaux, à Lyon.",
        "# Guide\nPour toutes les Trafilati installées à Nantes, tous niveaux.",
    ],
)
def test_every_member_of_one_city_is_not_every_member(head: str) -> None:
    assert _level(head) == "internal"


@pytest.mark.parametrize(
    "head",
    [
        "# Guide\nPour tous les membres du Club Trafila, tous niveaux.",
        "# Guide\nPour tous les Trafilati, partout en France.",
        "# Guide\nFor all Club Trafila members, every level, in English and French.",
        "# Guide\nPour tous les Trafilati, du niveau Bronze au niveau Or.",
    ],
)
def test_the_whole_program_stays_public(head: str) -> None:
    assert _level(head) == "public"


@pytest.mark.parametrize(
    ("line", "placed"),
    [
        ("For every Navigator based in Leeds", True),
        ("tous les membres dans la région de Lyon", True),
        ("Réservé aux Relais", False),  # « aux » + a name is the program, not a place
        ("Audience: everyone in the Sentinel Circle", False),
        ("PRESS RELEASE — Cragworks opens in Annecy", False),  # no readers before the place
        ("All members, in March", False),
        ("For all members at Trafila", False),  # the client's own name
        ("À Lyon, pour tous les membres", False),  # where the writer is
    ],
)
def test_a_place_follows_the_readers(line: str, placed: bool) -> None:
    assert names_a_place(line, CLIENT) is placed


def test_some_singled_out_after_all_of_them_are_still_all() -> None:
    line = "This handbook is for every ambassador, and in particular our hosts in Geneva"
    assert not names_a_place(line, CLIENT)
    assert not names_a_place("Pour tous les Trafilati, notamment ceux basés à Lyon", CLIENT)


def test_a_place_and_every_other_is_everywhere() -> None:
    assert not names_a_place("Pour tous les ambassadeurs, à Rennes comme ailleurs", CLIENT)
    assert not names_a_place("For all members, in Leeds and elsewhere", CLIENT)
