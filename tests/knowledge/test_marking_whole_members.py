"""Readers given as every member of the program with words that keep them whole (« sans
distinction de niveau », « que vous ayez déjà … ou non », "whatever their level"), a
roundabout name for the program (« programme d'ambassadeurs », « inscrits au programme »),
or a declared program's head noun alone (« du Cercle » for « Cercle Sablon »): public.
A part (a region, a level, a committee, a pilot) or an undeclared name stays closed.
Invented names."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head
from knowledge.marking_short_names import short_forms
from knowledge.marking_whole_members import plainly

CLIENTS = ("Cercle Sablon", "Verrerie Sablon")


def _head(line: str) -> str:
    return f"# Guide du programme\n{line}\n\nUn avis rapporte 10 points."


@pytest.mark.parametrize(
    "line",
    [
        "Diffusion : tous les ambassadeurs du Cercle, sans distinction de niveau.",
        "Destinataires : toutes les personnes membres du programme d'ambassadeurs, tous niveaux "
        "confondus.",
        "Public : tous les ambassadeurs inscrits au programme, qu'ils aient déjà tenu un stand "
        "ou non.",
        "À lire par chaque ambassadrice et chaque ambassadeur du Cercle, que vous ayez déjà "
        "témoigné ou non.",
        "Page réservée aux ambassadeurs du Cercle : chacun d'entre vous peut la consulter, quel "
        "que soit son niveau, depuis le lien épinglé sur le forum.",
    ],
)
def test_whole_membership_opens_with_the_program_declared(line: str) -> None:
    assert read_head(_head(line), (), CLIENTS)[0] == "public"


def test_a_wrapped_whole_qualifier_opens() -> None:
    head = (
        "Guide des salons\n"
        "Public : tous les ambassadeurs inscrits au programme, qu'ils aient déjà tenu un stand\n"
        "ou non.\n\nLes inscriptions ouvrent six semaines avant."
    )
    assert read_head(head)[0] == "public"


def test_a_language_is_no_readership() -> None:
    head = (
        "# Handbook for members abroad\n"
        "Audience: every ambassador of the programme.\n"
        "Workshops are currently held in French only.\n"
    )
    assert read_head(head)[0] == "public"


@pytest.mark.parametrize(
    "line",
    [
        "Diffusion : tous les ambassadeurs du Cercle Nord, sans distinction de niveau.",
        "Diffusion : les ambassadeurs du Cercle de Lyon, tous niveaux confondus.",
        "Diffusion : tous les membres du Cercle Or, quel que soit leur ancienneté.",
        "Pour les membres du pilote, tous niveaux confondus.",
        "Réservé au comité du Cercle, tous niveaux confondus.",
        "Pour les ambassadeurs du Cercle, niveau Or uniquement.",
        "Page réservée aux ambassadeurs du Cercle : chacun d'entre vous peut la consulter, mais "
        "ne la diffusez pas hors de l'équipe.",
        "Public : tous les ambassadeurs inscrits à l'atelier de Lyon, qu'ils aient déjà tenu un "
        "stand ou non.",
        "Members in Lyon only.",
    ],
)
def test_a_part_stays_closed(line: str) -> None:
    assert read_head(_head(line), (), CLIENTS)[0] != "public"


def test_an_undeclared_program_stays_closed() -> None:
    line = "Diffusion : tous les ambassadeurs du Cercle Sablon, sans distinction de niveau."
    assert read_head(_head(line))[0] != "public"


def test_plainly_leaves_out_whole_qualifiers_only() -> None:
    assert plainly("Pour tous les membres, tous niveaux confondus.") == "Pour tous les membres."
    assert plainly("For all members (all levels)") == "For all members"
    assert plainly("Pour tous les membres de Lyon.") == "Pour tous les membres de Lyon."


def test_short_forms_write_the_declared_name() -> None:
    short = short_forms(["Cercle Sablon", "Hop Circle", "Cévennes Air"])
    assert short is not None
    assert short("membres du Cercle.") == "membres du Cercle Sablon."
    assert short("every member of the Circle") == "every member of the Cercle Sablon"
    assert short("all Cercle ambassadors") == "all Cercle Sablon ambassadors"
    assert short("membres du Cercle Nord") == "membres du Cercle Nord"
    assert short("membres du Cercle de Lyon") == "membres du Cercle de Lyon"
    assert short("membres du cercle") == "membres du cercle"
    assert short("Hop Circle members") == "Hop Circle members"
    assert short_forms(["Cévennes Air", "Sablon"]) is None


@pytest.mark.parametrize(
    "line",
    [
        "Diffusion : tous les ambassadeurs du Club Sablon.",
        "Diffusion : tous les ambassadeurs du Club, tous niveaux confondus.",
        "À lire par chaque ambassadeur du Club.",
    ],
)
def test_a_declared_club_is_the_program(line: str) -> None:
    assert read_head(_head(line), (), ("Club Sablon",))[0] == "public"


def test_another_club_stays_closed() -> None:
    line = "Diffusion : tous les ambassadeurs du Club de Lyon."
    assert read_head(_head(line), (), ("Club Sablon",))[0] != "public"
