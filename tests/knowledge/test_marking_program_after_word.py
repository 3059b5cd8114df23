"""The ambassadors "of" a name ("destiné aux ambassadeurs de l'Équipage Opale", "Diffusion :
ambassadeurs d'Opaline") stay closed until the name is declared as the client's or the
program's; `ingest` names it, and declaring it opens the document. Invented names."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head
from knowledge.ingest_report import FileResult
from knowledge.marking_in_passing import destined_name
from knowledge.sensitivity import MARKER
from knowledge.unknown_names import bound_name


def _head(line: str) -> str:
    return f"# Barème 2027\n{line}\n\nUn avis rapporte 10 points."


@pytest.mark.parametrize(
    ("line", "names", "clients"),
    [
        ("Document destiné aux ambassadeurs de l'Équipage Opale.", ["Équipage Opale"], []),
        ("Dossier destiné aux ambassadeurs du Cercle Gravier", [], ["Cercle Gravier"]),
        ("Diffusion : ambassadeurs d'Opaline", [], ["Opaline"]),
        ("Diffusion : tous les ambassadeurs de l'Atelier Brume", ["Atelier Brume"], []),
    ],
)
def test_closed_until_the_name_is_declared(line: str, names: list[str], clients: list[str]) -> None:
    assert read_head(_head(line))[0] == "internal"
    assert read_head(_head(line), names, clients)[0] in ("public", "none")  # no longer closed


@pytest.mark.parametrize(
    "line",
    [
        "Diffusion : ambassadeurs d'Opaline Nord",  # a region of them, declared or not
        "Document destiné aux ambassadeurs de l'Équipage Opale de Lyon",
    ],
)
def test_a_part_of_them_stays_closed_once_declared(line: str) -> None:
    assert read_head(_head(line), ["Équipage Opale"], ["Opaline"])[0] == "internal"


def test_ingest_names_what_to_declare() -> None:
    line = "Document destiné aux ambassadeurs de l'Équipage Opale. Version 2."
    assert destined_name(line) == "Équipage Opale"
    assert destined_name("Document destiné aux ambassadeurs de la région.") is None
    result = FileResult(
        "bareme.md", "added", sensitivity="internal", reason=MARKER, reason_detail=line
    )
    assert bound_name(result) == "Équipage Opale"
