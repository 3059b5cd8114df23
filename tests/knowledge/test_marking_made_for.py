"""Whom a document was made for names its readers: a cover page's "Prepared for: the
leadership team", « Pour qui : l'équipe commerciale », "To be read by the service desk",
« À lire par les chefs d'équipe » keep it for them; one made for every ambassador, or written
by the team for them, is not restricted by it; a campaign's target is no readership.
Invented heads."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head
from knowledge.marking_made_for import made_for_level

RESTRICTED = {"internal", "confidential"}


@pytest.mark.parametrize(
    "head",
    [
        "Tarifs revendeurs 2028\nPour qui : l'équipe des ventes",
        "Relance des inactifs\nQui peut lire : les salariés du service client",
        "Escalation matrix\nWho should read this: the service desk team",
        "Escalation matrix\nIntended for: support staff",
        "Pricing sheet\nMeant for: our sales team",
        "Pricing sheet\nWritten for: the onboarding team",
        "Revue trimestrielle\nÀ destination de : l'équipe produit",
        "Revue trimestrielle\nÀ lire : les chefs d'équipe",
        "Planning des stands\nLecture : managers et plus",
        "Board pack Q3\nPrepared for: the executive committee",
        "Synthèse des verbatims\nRédigé pour : le comité de direction",
    ],
)
def test_a_made_for_label_naming_staff_or_leadership_restricts(head: str) -> None:
    level, _ = read_head(head)
    assert level in RESTRICTED, head


@pytest.mark.parametrize(
    "head",
    [
        "Board pack Q3\nPrepared for the executive committee",
        "Plan de relance\nCe document a été préparé pour l'équipe marketing.",
        "Onboarding checklist\nTo be read by the customer success team",
        "Consignes salon\nÀ lire par les salariés présents sur le stand",
        "Argumentaire\nCe doc est pour l'équipe commerciale",
        "Argumentaire\nFor our managers' eyes only",
        "Grille tarifaire\nNot customer-facing",
        "Grille tarifaire\nNot client-facing — keep inside",
    ],
)
def test_a_sentence_saying_whom_it_was_made_for_restricts(head: str) -> None:
    level, _ = read_head(head)
    assert level in RESTRICTED, head


@pytest.mark.parametrize(
    "line",
    [
        "Rédigé pour les ambassadeurs par l'équipe communauté",
        "Written for our ambassadors by the community team",
        "Ce guide a été conçu pour tous nos ambassadeurs.",
        "Prepared for: Maison Verlaine",
        "À lire : avant la réunion de lancement",
        "Target audience: IT managers at mid-size companies",
    ],
)
def test_made_for_reads_no_restriction_where_the_readers_are_not_staff(line: str) -> None:
    assert made_for_level(line) is None, line


def test_a_campaign_target_of_managers_stays_unmarked() -> None:
    head = "# Campagne avis\n\nCible : IT managers des PME.\nObjectif : 150 avis d'ici mars."
    assert read_head(head)[0] == "none"
