"""Scanned, OCR'd and mis-encoded heads read as the words they stand for
(`knowledge.marking_scanned`): invented heads of a fictitious client whose ambassadors are
the Lucioles."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head
from knowledge.marking_scanned import as_read


def test_mojibake_read_again_as_utf8() -> None:
    assert as_read(["RÃ©servÃ© aux Lucioles niveau Braise"]) == [
        "Réservé aux Lucioles niveau Braise"
    ]
    assert as_read(["Ã€ diffuser Ã  toutes les Lucioles"])[0].split() == [
        "À",
        "diffuser",
        "à",
        "toutes",
        "les",
        "Lucioles",
    ]


def test_spaced_letters_and_hyphenation_joined() -> None:
    assert as_read(["S T R I C T E M E N T   C O N F I D E N T I E L"]) == [
        "STRICTEMENT   CONFIDENTIEL"
    ]
    assert as_read(["Note aux ambassa-", "deurs et ambassadrices"]) == [
        "Note aux ambassadeurs et ambassadrices"
    ]
    assert as_read(["Il y a à faire"]) == ["Il y a à faire"]  # short lowercase runs stay


def test_ocr_confusions_read_as_marking_words_or_names() -> None:
    assert as_read(["lNTERNAL USE 0NLY"]) == ["INTERNAL USE ONLY"]
    assert as_read(["Usage lnterne — équipe"]) == ["Usage interne — équipe"]
    assert as_read(["Pour les arnbassadeurs"]) == ["Pour les ambassadeurs"]
    assert as_read(["T0UTES LES LUC1OLES"], ["Lucioles"]) == ["TOUTES LES LUCIOLES"]
    # words that are words already, or too short to tell, are left alone
    assert as_read(["Ail et huile", "internal dimensions"]) == [
        "Ail et huile",
        "internal dimensions",
    ]


@pytest.mark.parametrize(
    ("head", "level"),
    [
        ("RÃ©servÃ© aux Lucioles niveau Braise\nDégustation", "internal"),
        ("RÃ©servÃ© au conseil de surveillance\nRapport", "confidential"),
        ("lNTERNAL USE 0NLY\nAfter-sales escalation", "internal"),
        ("Usage lnterne — équipe accueil\nProcédure", "internal"),
        ("S T R I C T E M E N T   C O N F I D E N T I E L\nRapport", "confidential"),
        # traps keep their noise and stay unmarked
        ("NumÃ©risÃ© le 12/02 par scanner accueil\nMenu de la semaine", "none"),
        ("Cours privÃ© de code : tarifs 2027\nUne heure avec un moniteur", "none"),
    ],
)
def test_scanned_heads(head: str, level: str) -> None:
    assert read_head(head)[0] == level
