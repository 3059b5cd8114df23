"""All the ambassadors given as the readers in people's own words (`knowledge.marking_all_readers`,
the list addresses and whole-program forms beside it): invented heads."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head

NAMES = ["Marcheurs", "Marcheuse", "Lanternes"]


@pytest.mark.parametrize(
    "head",
    [
        "Ce guide n'est PAS réservé aux modérateurs : tous les Marcheurs peuvent le lire\nCartes",
        "Pas réservé à l'équipe : ouvert à toutes les Marcheuses et tous les Marcheurs\nRèglement",
        "Cette fiche n'est ni interne ni confidentielle : elle est destinée à l'ensemble des "
        "Marcheurs.\nFiche sentiers",
        "Sensible ? Non ! partagez avec tous les Marcheurs\nRecette du pique-nique",
        "Not for the committee only — share it with all Lanternes\nLantern walk FAQ",
        "This isn't Gold-only, it's for all Lanternes:\nPhoto guidelines",
        "Ancien bandeau « Diffusion restreinte » supprimé — document désormais ouvert à tous les "
        "Marcheurs\nGuide du témoignage",
        'Old banner "Internal draft" lifted — now open to all Lanternes\nTips',
        "Ancien marquage (v2) : « Interne »\nv3 du 04/05 : diffusable à tous les Marcheurs\nKit",
        "~~Usage interne~~ diffusable à tous les Marcheurs\nCalendrier",
        "Pas besoin de garder ça pour vous : à partager entre tous les Marcheurs !\nAgenda",
        "À partager entre Marcheurs\nKit photo",
        "À lire et à faire lire par tous les Marcheurs\nGazette n°3",
        "À : marcheurs-tous@rando-exemple.fr\nObjet : sorties de mai",
        "To: lanternes.all@lantern-example.org\nSubject: spring walk",
        "À : sentiers@rando-exemple.fr (liste de tous les ambassadeurs)\nObjet : rappel",
        "Ancienne mention : Interne. Nouvelle mention : partageable avec les Marcheurs\nBilan",
        "Classification : était « usage interne », désormais ouvert aux Marcheurs\nConsignes",
        "À DIFFUSER À TOUS LES MARCHEURS\nFiche balisage",
        "Document destiné aux Marcheurs\nFiche",
    ],
)
def test_opens_to_all_of_them(head: str) -> None:
    assert read_head(head, NAMES)[0] == "public"


@pytest.mark.parametrize(
    "head",
    [
        "Ce document n'est pas public : destiné à tous les Marcheurs Gold\nx",
        "Pas réservé à l'équipe : à envoyer à tous les Marcheurs\nModèle de mail",
        "Pas confidentiel : à partager entre managers\nx",
        "Cette note n'est pas réservée à la direction : tous les managers peuvent la lire\nx",
        "Le budget cadeaux est pour tous les Marcheurs\nx",
        "Destiné à tous les Marcheurs après validation\nx",
        'Previously marked "Public" — now internal only\nx',
        "Ancien bandeau « Public » supprimé — confidentiel\nx",
        "Interne\nPas besoin de garder ça pour vous : à partager entre tous les Marcheurs",
        "Approved for the whole executive circle\nx",
        "Tout le monde dans le programme pilote peut lire\nx",
        "À : managers-tous@rando-exemple.fr\nObjet : primes",
        "À : guides-tous@rando-exemple.fr\nObjet : sorties",
        "Pour les Marcheurs\nProcédure de recrutement",
        "Statut : anciennement public → désormais interne\nx",
        "Document destiné aux Marcheurs Gold\nx",
    ],
)
def test_keeps_what_is_not_all_of_them(head: str) -> None:
    assert read_head(head, NAMES)[0] != "public"


@pytest.mark.parametrize(
    "head",
    [
        "Salut ! (tout le monde dans le programme peut lire)\nPlanning",
        "Ce doc n'est pas confidentiel : vous pouvez le partager entre membres du Club.\nFiche",
        "This is NOT confidential. Any member of the Club can read it.\nGuide",
    ],
)
def test_whole_program_without_names(head: str) -> None:
    assert read_head(head)[0] == "public"
