"""Heads written to every ambassador of a program at once (invented examples)."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head
from knowledge.marking_ambassadors import as_ambassadors
from knowledge.marking_head import find_in_lines

NAMES = as_ambassadors(["Grimpeurs", "Brindilles", "Sentinelles"])


def level(head: str, said=NAMES) -> str | None:
    found = find_in_lines(head.splitlines(), said=said)
    return found.level if found else None


@pytest.mark.parametrize(
    "head",
    [
        "Pour tous les Grimpeurs — merci de ne pas diffuser hors du club\nTopo des voies",
        "For all Sentinelles ambassadors – please don't forward outside the program",
        "Réservé aux Brindilles – merci de ne pas partager en dehors du groupe\nCarnet de graines",
        "Diffusion : réseau Grimpeurs (tous), embargo jusqu'au salon d'automne\nNouveau logo",
        "classif : ambassadeurs (tous niveaux)\nFilmer un témoignage",
        "Audience: Sentinelles (all ambassadors)\nUnder embargo until 2031-05-02",
        "Diffusion : toutes les Brindilles + équipe boutique\n"
        "Merci de ne pas transférer en dehors du programme avant le 3 avril.",
        "Confidentiel\nPlanning\n"
        "(maj 04/05 par Zoé : c'est bon, on l'ouvre à toutes les Brindilles)",
        "#annonces-grimpeurs (Discord)\nMaud : le compte rendu est ici pour tout le monde",
        "Coucou les Sentinelles 🌿 voici le calendrier, c pour tout le monde, faites tourner",
        "TLP:GREEN — share within the Sentinelles community\nIncident review",
        "For everyone in the Grimpeurs community 🧗\nNew routes",
        "À : liste Brindilles (tous)\nObjet : sortie du 12",
        "À : club@exemple.org (tous les ambassadeurs)\nObjet : sortie du 12",
        "À publier sur l'espace communauté ambassadeurs\nTitre : pique-nique de juin",
        "Hi Sentinelles! Please keep this within the program until May 3.\nRelease notes",
        "Épinglé dans #les-grimpeurs : ce doc peut circuler entre vous, pas à l'extérieur",
        "Permissions : rôle Discord @Grimpeurs — lecture",
        "À toutes les Brindilles : embargo jusqu'au 4 juin, rien sur les réseaux avant !",
        "Sentinelles — all hands — please don't share outside the guild until launch",
        "Objet : [Toutes les Brindilles] Atelier semis",
        "Destinataires : ensemble des Grimpeurs",
        "For every Sentinelle, whatever their rank",
        "To all Sentinelles — embargoed until 9am Monday, then share away",
        "FYI all Grimpeurs — keep this within the community until the launch",
        "Réservé aux Brindilles (toutes) — ne pas transférer",
        "Les Grimpeurs uniquement — gardez ça entre vous jusqu'à la sortie",
        "Objet : Pour toutes les Brindilles — calendrier des semis",
        "All Sentinelles can read this",
        "Ce document est destiné à tous les Grimpeurs",
        "Doc partagé à toute la communauté des Brindilles",
    ],
)
def test_every_ambassador_opens(head: str) -> None:
    assert level(head) == "public"


@pytest.mark.parametrize(
    "head",
    [
        # a part of the ambassadors, the staff, a level or the company as the boundary
        "Pour les Grimpeurs niveau Or — merci de ne pas diffuser hors du club",
        "Pour tous les Grimpeurs de Grenoble — ne pas diffuser à l'extérieur",
        "Pour toutes les Brindilles — ne pas diffuser hors de l'entreprise",
        "Réservé à l'équipe — merci de ne pas diffuser hors du programme",
        "Merci de ne pas transférer en dehors du programme avant le 3 avril.",
        "Confidentiel — pour tous les Grimpeurs, ne pas diffuser hors du club",
        "Interne\n(maj 04/05 par Zoé : finalement pas pour les Brindilles)",
        "#staff-grimpeurs\nMaud : le compte rendu est ici pour tout le monde",
        "#grimpeurs-lyon\nMaud : le compte rendu est ici pour tout le monde",
        "Coucou les Sentinelles, c'est pour tout le monde dans l'équipe interne",
        "TLP:GREEN\nLessons learned",
        "Permissions : rôle Discord @Grimpeurs-Or — lecture",
        "Sentinelles — leads only — please don't share outside the guild",
        "Destinataires : direction + ensemble des Grimpeurs",
        "Objet : [Toutes les Brindilles niveau Or] Atelier",
        "Interne — à tous les Grimpeurs : ne pas diffuser hors du programme",
        "For every Sentinelle mentor, whatever their rank",
        "À diffuser à l'ensemble des Grimpeurs après validation",
        "Objet : Pour toutes les Brindilles de Lyon — calendrier",
        "Public : tous les Grimpeurs sauf les nouveaux",
        "All Sentinelles leads can read this",
        "Ce document est destiné à tous les Grimpeurs de Lyon",
        # not yet: a hold until a permission comes
        "Sous embargo jusqu'au lancement\nAprès, on peut le partager à tous les Grimpeurs",
        "Interne\nMAJ 04/05 (Zoé) : on attend l'ok avant de l'envoyer à toutes les Brindilles",
        "#annonces-grimpeurs\nMaud : sera dispo pour tout le monde une fois validé",
        "TLP:AMBER — Sentinelles community",
    ],
)
def test_part_or_staff_keeps_its_reading(head: str) -> None:
    assert level(head) != "public"


def test_program_name_unknown_stays_unread() -> None:
    assert level("#annonces-grimpeurs\nMaud : pour tout le monde", said=None) is None


@pytest.mark.parametrize(
    "head",
    [
        "[Discord · #atelier] Mila : le tuto est en ligne pour tout le monde ici",
        "@everyone dans #annonces : le vote est ouvert, c'est pour tout le monde !",
    ],
)
def test_a_community_post_for_everyone(head: str) -> None:
    assert read_head(head)[0] == "public"


@pytest.mark.parametrize(
    "head",
    [
        "[Discord #mods] Mila : @everyone réservé à l'équipe de modération",
        "Slack #general — @everyone the Q3 numbers are up for everyone",
        "[Discord #atelier] Mila : ping aux niveaux Or, pour tout le monde chez les Or",
    ],
)
def test_a_staff_or_tier_post_is_not_public(head: str) -> None:
    assert read_head(head)[0] != "public"
