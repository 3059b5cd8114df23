"""Readerships narrowed by an act, an awaited approval, a part left out, a trial or a hush
(`knowledge.marking_conditions`): invented heads."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head
from knowledge.marking_conditions import conditioned_level, hushed


@pytest.mark.parametrize(
    "head",
    [
        # readers defined by what they did
        "Réservé aux Grimpeurs ayant suivi la formation sécurité\n\n# Topo falaise",
        "Réservé aux ambassadeurs qui ont assisté au salon de Nantes\n\n# Contacts",
        "Only for members who completed the barista course\n\n# Recipe cards",
        "Reserved for Pathfinders who stayed at the Oak lodge last spring\n\n# Survey",
        "Participants à la visite d'usine du 4 avril uniquement\n\n# Photos",
        # a share that waits on an approval
        "À diffuser aux Grimpeurs dès que Léon aura validé\n\n# Calendrier 2028",
        "To be shared with all Pathfinders once legal has signed off\n\n# FAQ",
        "Fiche à transmettre après approbation du service qualité\n\n# Fiche produit",
        "Can be forwarded when approved by Nora\n\n# Launch kit",
        # a part left out, for now
        "Pour les Guides et les Éclaireurs (pas les Novices pour le moment)\n\n# Parcours",
        "For the Gold and Silver circles (not the rest of the community yet)\n\n# Roadmap",
        "Pour les Grimpeurs confirmés — pas encore ouvert à tous\n\n# Voies",
        # a trial's members
        "For everyone in the early-access group\n\n# Release notes",
        "Pour les inscrits au pilote de l'appli\n\n# Guide de test",
        # a colloquial hush
        "Playtesters: mum's the word until the launch\nRules v3",
        "hush-hush for now pls\n\n# New flavours",
        "Motus et bouche cousue jusqu'à l'annonce\n\n# Nouvelle gamme",
        "on garde ça sous le coude 🤫\n\n# Idées",
        "Keep it under wraps till Friday\n\n# Teaser",
    ],
)
def test_restricted(head: str) -> None:
    assert read_head(head)[0] == "internal"
    assert read_head(head, ["Grimpeurs", "Pathfinders"])[0] == "internal"


@pytest.mark.parametrize(
    "line",
    [
        "Pour tous les ambassadeurs qui le souhaitent",
        "Merci à tous ceux qui ont participé !",
        "Thanks to everyone who attended the meetup",
        "Pour tous les ambassadeurs (pas besoin de s'inscrire)",
        "For all ambassadors, not the public",
        "Réservé aux adhérents ayant 500 points : -20 % sur la boutique",
        "Nouvelle version publiée après validation par l'équipe",
        "For all Pathfinders, including those who joined this month",
        "Ambassadors who signed up for the newsletter get a free mug",
        "Bienvenue dans la bêta publique !",
        "How to send your after-visit review",
    ],
)
def test_not_narrowed(line: str) -> None:
    assert conditioned_level(line) is None


@pytest.mark.parametrize(
    "head",
    [
        "Quiz de Noël 🎄\nTirage lundi, ne dites rien à personne de votre binôme !",
        "ma recette de crumble\nle secret c'est le beurre salé, chut",
        "Secret Santa 2027 🎁\nBudget 10 €, draw on Friday, don't tell anyone who you drew!",
        "Gazette n°3\nNovembre\nCoucou !\nMotus sur le nouveau parfum jusqu'au lancement",
    ],
)
def test_a_secret_about_something_else_is_no_marking(head: str) -> None:
    assert read_head(head)[0] == "none"


def test_a_hush_under_every_ambassador_keeps_it_among_them() -> None:
    head = "Pour tous les Grimpeurs\nMotus jusqu'à l'annonce !\n\n# Nouvelle gamme"
    assert read_head(head, ["Grimpeurs"])[0] == "public"


def test_hushed_parts() -> None:
    assert hushed("Beta circle — keep this under your hat until the reveal")
    assert not hushed("Le secret de la pâte, chut")
