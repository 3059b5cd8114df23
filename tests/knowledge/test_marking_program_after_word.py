"""The ambassadors "of" a name: « Diffusion : ambassadeurs d'Opaline » stays closed until the
name is declared as the client's or the program's, and then opens; a sentence (« Document
destiné aux ambassadeurs de l'Équipage Opale ») is left to the client's default until the
name is declared, and then opens too. Invented names."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head


def _head(line: str) -> str:
    return f"# Barème 2027\n{line}\n\nUn avis rapporte 10 points."


@pytest.mark.parametrize(
    ("line", "names", "clients"),
    [
        ("Diffusion : ambassadeurs d'Opaline", [], ["Opaline"]),
        ("Diffusion : tous les ambassadeurs de l'Atelier Brume", ["Atelier Brume"], []),
    ],
)
def test_a_labelled_line_is_closed_until_the_name_is_declared(
    line: str, names: list[str], clients: list[str]
) -> None:
    assert read_head(_head(line))[0] == "internal"
    assert read_head(_head(line), names, clients)[0] == "public"


@pytest.mark.parametrize(
    ("line", "names", "clients"),
    [
        ("Document destiné aux ambassadeurs de l'Équipage Opale.", ["Équipage Opale"], []),
        ("Document destiné aux ambassadeurs d'Opaline.", [], ["Opaline"]),
    ],
)
def test_a_sentence_opens_once_the_name_is_declared(
    line: str, names: list[str], clients: list[str]
) -> None:
    assert read_head(_head(line))[0] != "public"  # the client's default until then
    assert read_head(_head(line), names, clients)[0] == "public"


@pytest.mark.parametrize(
    "line",
    [
        "Diffusion : ambassadeurs d'Opaline Nord",  # a region of them, declared or not
        "Réservé aux ambassadeurs de l'Équipage Opale de Lyon",
    ],
)
def test_a_part_of_them_stays_closed_once_declared(line: str) -> None:
    assert read_head(_head(line), ["Équipage Opale"], ["Opaline"])[0] == "internal"


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Mémo destiné aux ambassadeurs qui viennent aider à la fête du club", "none"),
        ("À l'usage des Loutres qui tiennent un stand au salon", "none"),
        ("Document destiné aux testeurs qui ont signé le NDA", "internal"),
        ("Document destiné aux membres qui ont signé l'accord de confidentialité", "internal"),
        ("Destiné aux membres du comité qui préparent le salon", "internal"),
    ],
)
def test_those_who_do_something_are_no_group_unless_named_one(line: str, level: str) -> None:
    assert read_head(_head(line))[0] == level
