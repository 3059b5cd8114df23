"""Readerships said in a European colleague's language (`knowledge.marking_foreign`, the
foreign levels of `marking_settings`), an NDA tag in English jargon and a boundary named
like the title (`marking_contained`): invented heads of a fictitious client whose
ambassadors are the Lucioles."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head
from knowledge.marking_contained import contained_level
from knowledge.marking_foreign import in_french

_BODY = "\nCompte rendu de la réunion de mars\nOnze personnes présentes, trois excusées."


def test_foreign_only_for_read_as_reserved() -> None:
    assert in_french(["Solo per il gruppo Lombardia"]) == ["Réservé à gruppo Lombardia"]
    assert in_french(["Bilan — sólo para el equipo Andalucía"]) == [
        "Bilan — Réservé à equipo Andalucía"
    ]
    assert in_french(["Nur für die Gruppe Bayern"]) == ["Réservé à Gruppe Bayern"]
    # prose, not a mark: the lead is in the middle of a sentence
    line = "On a parlé du menu solo per il pranzo"
    assert in_french([line]) == [line]


@pytest.mark.parametrize(
    "mark",
    [
        "Solo per il gruppo Lombardia",
        "Sólo para el grupo Andalucía",
        "Só para o grupo Minho",
        "Nur für die Gruppe Bayern",
        "Alleen voor het team Gent",
        "Alleen intern",
        "Indicateurs du mois\nUitsluitend intern",
        "Hearing panel – NDA-covered",
    ],
)
def test_foreign_and_jargon_marks_restrict(mark: str) -> None:
    assert read_head(mark + _BODY)[0] == "internal"


def test_foreign_reader_of_all_ambassadors_opens() -> None:
    head = "Solo per le Lucioles" + _BODY
    assert read_head(head, ["Lucioles"], ["Lumière SA"])[0] == "public"


def test_boundary_named_in_title_is_no_program_name() -> None:
    line = "Comité éditorial — document de séance, à ne pas faire circuler hors du comité"
    assert contained_level(line) == "internal"
    assert contained_level("Merci de ne pas partager hors des Lucioles") is None


def test_foreign_traps_stay_unmarked() -> None:
    for head in ("Menu solo per il pranzo de Milan", "Vins de réserve : Riserva Privata"):
        assert read_head(head + _BODY)[0] == "none"


def test_foreign_for_all_ambassadors_read_in_french() -> None:
    assert in_french(["Voor alle ambassadeurs – ouvert à tous"]) == [
        "Pour tous les ambassadeurs – ouvert à tous"
    ]
    assert in_french(["Guide — Per tutti gli ambasciatori"]) == [
        "Guide — Pour tous les ambassadeurs"
    ]
    # the staff is no ambassador: left as written
    assert in_french(["Für alle Mitarbeiter"]) == ["Für alle Mitarbeiter"]
