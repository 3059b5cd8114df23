"""Staff saying a document stays in-house, and stricter corrections: invented lines."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head
from knowledge.marking_in_house import in_house_level
from knowledge.marking_reclassed import stricter_correction


@pytest.mark.parametrize(
    "line",
    [
        "Paul : le tableau des relances c'est interne hein, on le poste pas sur le Discord",
        "rappel : les chiffres du salon restent en interne, pas de capture svp",
        "Zoé : je le mets dans le canal staff, pas dans celui des bénévoles",
        "FYI this one stays internal",
    ],
)
def test_kept_in_house(line: str) -> None:
    assert in_house_level(line) == "internal"


@pytest.mark.parametrize(
    "line",
    [
        "Vos chiffres restent en interne, promis.",
        "Ce compte rendu reste interne au programme.",
        "Le club reste ouvert tout l'été",
        "Vous n'êtes pas sur le serveur ? Rejoignez-nous",
    ],
)
def test_promises_and_the_community_are_no_restriction(line: str) -> None:
    assert in_house_level(line) is None


@pytest.mark.parametrize(
    ("line", "level"),
    [
        (
            "MAJ 14/03 (Lou) : non, reclassé confidentiel direction, il y a les marges dedans",
            "confidential",
        ),
        ("Update 3 May, Jo: no — moved to internal, the figures are not final yet", "internal"),
        ("MAJ 14/03 : reclassé public", None),
        ("Le guide a été reclassé confidentiel l'an dernier", None),
    ],
)
def test_stricter_corrections(line: str, level: str | None) -> None:
    assert stricter_correction(line) == level


def test_a_stricter_correction_replaces_an_opening() -> None:
    head = "Public (tous les bénévoles)\nGrille tarifaire\n"
    head += "EDIT 02/05 (Lou) : NON, reclassé confidentiel direction, "
    head += "il y a les marges négociées dedans"
    assert read_head(head)[0] == "confidential"
