"""Readers written as every one of a program's members: « de tous niveaux », « chaque
ambassadeur », "every ambassador", the members with people invited to join; declared names in
their English form, a declared body name (« la Tribu »), a declared program name after the
body word. Nothing narrowed, restricted or undeclared opens. Invented names."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head


def _head(line: str) -> str:
    return f"# Guide du programme\n{line}\n\nUn avis rapporte 10 points."


@pytest.mark.parametrize(
    "line",
    [
        "Pour les ambassadeurs de tous niveaux : ce que nous vous demanderons d'ici mai.",
        "À lire par chaque ambassadrice et chaque ambassadeur avant de rejoindre le Club.",
        "This guide is for every ambassador, and in particular for our hosts in Ghent.",
        "For all members – starter kit, English edition.",
        "Information destinée aux ambassadeurs et à toute personne invitée à rejoindre le Club.",
        "Notice — pour tous les ambassadeurs et les personnes invitées à rejoindre le programme.",
    ],
)
def test_every_member_opens(line: str) -> None:
    assert read_head(_head(line))[0] == "public"


@pytest.mark.parametrize(
    "line",
    [
        "Pour tous les ambassadeurs qui acceptent de filmer un témoignage.",
        "Pour tous les ambassadeurs de Nantes.",
        "Pour chaque ambassadeur, sauf les nouveaux.",
        "For every member of the board.",
        "For all members of the steering committee.",
        "Pour tous les membres — équipe uniquement.",
        "Pour chaque ambassadeur niveau Or.",
        "Information destinée aux ambassadeurs et aux personnes de l'équipe.",
        "Réservé aux ambassadeurs et aux personnes invitées uniquement.",
        "Pour tous les ambassadeurs et les salariés du siège.",
    ],
)
def test_a_part_or_a_restriction_does_not_open(line: str) -> None:
    assert read_head(_head(line))[0] != "public"


@pytest.mark.parametrize(
    ("line", "names", "clients"),
    [
        ("Open to all Pilots of the Club Azur. Feel free to forward.", ["Pilotes"], ["Club Azur"]),
        (
            "Pour tous les Pilotes du Club Azur — version 2, validée en comité.",
            ["Pilotes"],
            ["Azur"],
        ),
        ("Diffusion : membres du programme Club Azur (tous niveaux).", [], ["Club Azur"]),
        ("Diffusion : membres du programme Club Azur.", [], ["Azur"]),
        ("Diffusion : tous les membres du Club Azur.", [], ["Azur Voyages", "Club Azur"]),
        ("Pour tous les membres de la Meute, quel que soit leur niveau.", ["la Meute"], []),
        ("À lire par chaque membre de la Meute avant de dire oui.", ["la Meute"], []),
    ],
)
def test_declared_names_open(line: str, names: list[str], clients: list[str]) -> None:
    assert read_head(_head(line), names, clients)[0] == "public"


@pytest.mark.parametrize(
    ("line", "names", "clients"),
    [
        # an undeclared program may be a sub-program: closed until declared
        ("Diffusion : membres du programme Club Azur (tous niveaux).", [], []),
        ("Diffusion : tous les membres du Club Azur.", ["Pilotes"], []),
        # a declared program beside a tier, a staff group or an exception stays closed
        ("Diffusion : membres du Club Azur Or.", [], ["Azur"]),
        ("Diffusion : membres du Club Azur — équipe uniquement.", [], ["Azur"]),
        ("Diffusion : membres du programme Club Azur et équipe commerciale.", [], ["Azur"]),
        ("Diffusion : tous les membres du Club Azur sauf les nouveaux.", [], ["Azur"]),
        ("Diffusion : membres du programme Club Gold.", [], ["Azur"]),
        ("Réservé aux Pilots niveau Cap.", ["Pilotes"], []),
    ],
)
def test_undeclared_or_narrowed_stays_closed(
    line: str, names: list[str], clients: list[str]
) -> None:
    assert read_head(_head(line), names, clients)[0] != "public"


@pytest.mark.parametrize(
    "line",
    [
        "Pour chaque ambassadeur, nous conservons les données suivantes :",
        "Pour tous les membres, le barème change au 1er mars.",
        "For every ambassador who attends, we offer a drink.",
    ],
)
def test_a_sentence_about_them_opens_nothing(line: str) -> None:
    assert read_head(_head(line))[0] != "public"
