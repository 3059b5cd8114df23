"""A message, a channel or a file kept for one group in a sentence closes the head; the same
shapes for every ambassador, an offer, a date, a place or an activity's public don't.

Invented examples: mails, pinned channel posts, board signs and wiki pages of programs
whose ambassadors are called "Grimpeurs".
"""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head
from knowledge.marking_kept_for import kept_for_group, members_of_a_named_part

NAMES = ["Grimpeurs", "grimpeurs du Club Vertige"]
RESTRICTED = [
    "Objet : Accueil des nouveaux\nBonjour ! Ce message est réservé aux grimpeurs arrivés en 2027.",
    "📌 Épinglé dans #ouvreurs\nCe salon est réservé aux ouvreurs. Merci de garder les topos ici.",
    "Épinglé dans #chefs-de-cordée\nCe canal est réservé aux chefs de cordée 🙏",
    "Objet : Planning des prêts de matériel\nUniquement pour les foyers qui prêtent une corde.",
    "Pour les moniteurs seulement ✋\nComment présenter le parrainage en séance",
    "Groupe Vercors · sorties de printemps\nvisible par les grimpeurs du groupe Vercors seulement",
    "AFFICHE — local du club\nPlanning des ouvertures de voies · pour l'équipe d'accueil",
    "This channel is reserved for the route setters. Please keep the plans here.",
    "Only for the youth coaches\nSpring camp logistics",
]
EVERY_AMBASSADOR = [
    "Ce message est réservé aux Grimpeurs.\nNouveautés de la salle",
    "Ce canal est réservé à tous les Grimpeurs 🧗\nLes photos de la soirée",
]
NO_READERSHIP = [
    "Uniquement pour les membres Or : -20 % sur les chaussons",
    "Pour ce soir seulement",
    "Pour les familles uniquement",
    "Uniquement à la salle de Grenoble, du mardi au samedi",
    "Ce créneau est réservé par Léa",
]


@pytest.mark.parametrize("head", RESTRICTED)
def test_a_group_named_in_a_sentence_closes_the_head(head: str) -> None:
    assert read_head(head)[0] == "internal"
    assert read_head(head, NAMES, ["Club Vertige"])[0] == "internal"


@pytest.mark.parametrize("head", EVERY_AMBASSADOR)
def test_every_ambassador_by_their_name_is_no_part(head: str) -> None:
    assert read_head(head, NAMES, ["Club Vertige"])[0] in ("public", "none")


def test_without_the_names_an_unknown_group_fails_closed() -> None:
    assert read_head("Ce message est réservé aux Grimpeurs.\nNouveautés de la salle")[0] == (
        "internal"
    )


@pytest.mark.parametrize("line", NO_READERSHIP)
def test_an_offer_a_date_a_place_or_an_activity_public_is_no_readership(line: str) -> None:
    assert kept_for_group(line) is None


def test_the_members_of_a_circle_the_head_names_are_that_circle() -> None:
    head = "Compte rendu – groupe escalade de bloc (canal #bloc)\nRéservé aux membres du groupe"
    assert read_head(head)[0] == "internal"
    assert members_of_a_named_part(head.splitlines(), "Réservé aux membres du groupe")


def test_all_the_members_of_a_named_circle_are_no_part() -> None:
    lines = ["Cercle Vertige — guide 2027", "Diffusion : tous les membres du Cercle"]
    assert not members_of_a_named_part(lines, lines[1])
    assert not members_of_a_named_part(["Guide du cercle"], "Réservé aux membres du cercle")
