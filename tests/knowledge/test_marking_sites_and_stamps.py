"""A transcriber's note and a dictation's punctuation left out (`marking_scanned`), a body
or testers "only" (`marking_only`), a board's initials as a folder (`marking_tools`) and a
SharePoint site named for some readers (`marking_sites`): invented heads of a fictitious
client whose ambassadors are the Lucioles."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head
from knowledge.loaders import load
from knowledge.marking_document import rules_marking
from knowledge.marking_scanned import as_read

_BODY = "\nPoint d'étape de mars\nOnze personnes présentes, trois excusées."


def test_transcriber_note_and_dictated_colon_left_out() -> None:
    assert as_read(["[tampon] SECRET — conseil"]) == ["SECRET — conseil"]
    assert as_read(["(stamp) CONFIDENTIAL"]) == ["CONFIDENTIAL"]
    assert as_read(["deux points réservé au bureau"]) == ["réservé au bureau"]
    assert as_read(["Deux points à retenir"]) == ["Deux points à retenir"]


@pytest.mark.parametrize(
    ("head", "level"),
    [
        ("[tampon] SECRET — conseil de surveillance", "confidential"),
        (
            "Note vocale, transcription\ndeux points réservé à l'équipe de l'atelier point",
            "internal",
        ),
        ("Jury du concours de dessin uniquement", "internal"),
        ("Lucioles Lab — testers only", "internal"),
        ("/Drive partagé/CA/2027/plan.xlsx — onglet Lucioles", "confidential"),
        ("Site : Lucioles Braise\nSharePoint > Documents partagés > Sortie d'avril", "internal"),
    ],
)
def test_marks_read_through_the_tool_or_the_paper(head: str, level: str) -> None:
    found = rules_marking(load("document.md", (head + _BODY).encode("utf-8")))
    assert found is not None and found.level == level


def test_site_of_the_whole_program_or_a_place_is_no_part() -> None:
    whole = "Site : Lucioles\nSharePoint > Documents partagés > Guide" + _BODY
    assert read_head(whole, ["Lucioles"], ["Lumière SA"])[0] != "internal"
    assert read_head("Site : Usine de Lyon\nConsignes de sécurité" + _BODY)[0] == "none"
