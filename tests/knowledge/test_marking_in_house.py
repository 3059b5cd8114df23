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
        ("MAJ 2/11 (Inès) : en fait c'est confidentiel, on attend le feu vert", "confidential"),
        ("Edit 9/10, Sam: on hold — this stays with the board until the vote", "confidential"),
        ("rectif 3/04 par Tom : on le garde pour l'équipe produit pour l'instant", "internal"),
        ("MAJ 2/11 (Inès) : c'est pas confidentiel du tout, partagez", None),
        (
            "Correction du 4/05 (Paul) : contient les salaires, lecture limitée au comex",
            "confidential",
        ),
        ("Erratum 4/05 (Paul) : le budget bouge, ne circule plus qu'en interne", "internal"),
        ("Update 4/05 (Paul): withdrawn from distribution until the figures are final", "internal"),
        ("MAJ 2/11 (Inès) : ça reste entre nous, hein", None),
        ("En fait c'est confidentiel, on attend le feu vert", None),
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


def test_a_correction_keeping_it_for_a_few_replaces_an_audience() -> None:
    head = "Diffusion : tous les bénévoles\n"
    head += "Update 12/01 (Noor): actually it's confidential — we keep it for the board for now"
    assert read_head(head)[0] == "confidential"


def test_kept_among_colleagues_is_staff() -> None:
    head = "Diffusion libre\nMAJ 3/03 (Léo) : finalement on garde ça entre collègues, merci"
    assert read_head(head)[0] == "internal"
    assert read_head("Shared with: my colleagues in finance")[0] == "internal"
