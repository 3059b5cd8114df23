""" "Tous les X" opens a document to everyone only when the reader knows X: a staff group
("tous les commerciaux") or a name the client has not declared as its ambassadors' is not
everyone, and such a labelled line keeps the document internal (fail closed)."""

from __future__ import annotations

import pytest

from knowledge.ingest import document_marking
from knowledge.loaders import load
from knowledge.marking_ambassadors import unknown_readers
from knowledge.marking_groups import unknown_quantified_group


def _level(head: str, names: tuple[str, ...] = (), clients: tuple[str, ...] = ()) -> str | None:
    document = load("note.md", f"{head}\n\n# Titre\n\nUn paragraphe.\n".encode())
    marking = document_marking(document, names, clients)
    return marking.level if marking is not None else None


@pytest.mark.parametrize(
    "head",
    [
        "Diffusion : tous les commerciaux",
        "Audience: all store managers",
        "À : tous les franchisés",
        "Diffusion : tous les chefs de rayon",
        "Lecteurs : toutes les Hirondelles",
        "Visibility: every Kestrel",
    ],
)
def test_a_group_the_reader_does_not_know_is_not_everyone(head: str) -> None:
    assert _level(head) == "internal"


@pytest.mark.parametrize(
    "head",
    [
        "Diffusion : tous",
        "Diffusion : tous les ambassadeurs",
        "Diffusion : tous les membres",
        "Diffusion : tous les nouveaux ambassadeurs",
        "Diffusion : tous publics",
        "Diffusion : tous les clients",
        "To: all Northwind champions",
    ],
)
def test_everyone_and_known_groups_stay_public(head: str) -> None:
    assert _level(head) == "public"


def test_a_company_beside_the_word_opens_once_declared() -> None:
    assert _level("To: all Northwind ambassadors") == "internal"
    assert _level("To: all Northwind ambassadors", clients=("Northwind",)) == "public"


def test_the_clients_name_for_its_ambassadors_opens_it() -> None:
    assert _level("Lecteurs : toutes les Hirondelles", ("Hirondelles",)) == "public"
    assert _level("Visibility: every Kestrel", ("Kestrels",)) == "public"
    assert _level("Diffusion : tous les commerciaux", ("Hirondelles",)) == "internal"


def test_the_unknown_word_is_named() -> None:
    assert unknown_quantified_group("diffusion tous les commerciaux") == "commerciaux"
    assert unknown_quantified_group("tous les chefs de rayon") == "chefs"
    assert unknown_quantified_group("all acme champions") is None
    assert unknown_quantified_group("tous ceux qui le souhaitent") is None
    assert unknown_quantified_group("every new and existing ambassador") is None


def test_ingest_suggests_the_unknown_name_as_the_ambassadors() -> None:
    assert unknown_readers("Diffusion : tous les Hirondelles") == "Hirondelles"
    assert unknown_readers("Visibility: every Kestrel") == "Kestrel"
    assert unknown_readers("Diffusion : tous les commerciaux") is None
    assert unknown_readers("Lecteurs : toutes les Hirondelles", ("Hirondelles",)) is None
