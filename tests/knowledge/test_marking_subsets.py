"""Restrictions: some ambassadors, a few people, the staff only (`knowledge.marking_subsets`)."""

import pytest

from bot.bench.markings import read_head
from knowledge.marking_subsets import restriction


@pytest.mark.parametrize(
    ("head", "level"),
    [
        # some ambassadors: a tier or a place
        ("Pour les ambassadeurs de Lille uniquement\nParking du 12", "internal"),
        ("À l'attention des ambassadrices de l'agence de Metz\nHoraires", "internal"),
        ("Silver-tier Ambassadors only\nFactory visit", "internal"),
        ("Pour les ambassadeurs niveau Platine\nDîner des 10 ans", "internal"),
        ("Pour les Vigies de Brest seulement\nSortie en mer", "internal"),
        ("Pour les ambassadeurs lyonnais seulement\nAfterwork", "internal"),
        # named ambassadors, one person
        ("To: Lina Haddad; Paul Morel (ambassadors)\nSubject: your interview", "internal"),
        ("À : Sam Petit — envoi individuel\nObjet : ton retour", "internal"),
        # the staff among themselves
        ("entre nous les collègues, on montre pas ça aux ambassadeurs\nVerbatims", "internal"),
        ("les ambassadeurs n'ont pas à voir ça\nNotes de suivi", "internal"),
        ("c'est entre nous, pas dans le Discord\nRelances", "internal"),
        ("Partage : toute personne de l'organisation peut consulter\nOKR", "internal"),
        ("Note pour l'équipe, pas aux ambassadeurs svp\nPlanning", "internal"),
        # a few people
        ("Attorney-client privileged — do not forward\nRe: claims", "confidential"),
        ("c'est que pour Marc et moi hein\nListe", "confidential"),
        ("keep it between you and me\nPricing", "confidential"),
        ("Partage : Anne Roy, Luc Bel (2 personnes)\nArbitrage", "confidential"),
    ],
)
def test_a_restriction_is_read(head: str, level: str) -> None:
    assert read_head(head)[0] == level


@pytest.mark.parametrize(
    "line",
    [
        "Réservé aux membres niveau Argent",  # who qualifies for an offer
        "For ambassadors of Maison Brume. Public document.",  # the company's name
        "Les ambassadeurs ne doivent pas voir les scores des autres.",  # a rule about data
        "Offre réservée aux ambassadeurs de Lyon",  # an offer, no readership
        "Ce n'est pas aux ambassadeurs de fixer les prix de vente",
    ],
)
def test_lookalikes_restrict_nothing(line: str) -> None:
    assert restriction(line) is None


def test_an_offer_for_a_tier_is_no_readership() -> None:
    assert restriction("Réservé aux ambassadeurs niveau Or et au-dessus, hors promotions") is None
    assert read_head("Pour les Grillons Leads de Lyon uniquement\nParking", ["Grillons"])[0] == (
        "internal"
    )


@pytest.mark.parametrize(
    ("head", "level"),
    [
        ("Teams — 10:02\nguys, this stays in-house until the launch\nRoadmap", "internal"),
        ("sharing the churn sheet, keep it within the company please\nChurn", "internal"),
        (
            "je te mets le tableau, c'est hyper confidentiel, tu le gardes pour toi\nPrimes",
            "confidential",
        ),
    ],
)
def test_a_chat_request_to_keep_it_in_is_a_restriction(head: str, level: str) -> None:
    assert read_head(head)[0] == level


def test_your_data_staying_internal_is_no_marking() -> None:
    assert restriction("Vos données restent internes et ne sont jamais revendues.") is None


@pytest.mark.parametrize(
    ("head", "level"),
    [
        ("À : tous les ambassadeurs niveau Or\nObjet : dîner", "internal"),
        ("À : ambassadeurs du Club\nDiffusion : libre", "public"),  # the club is the company
        ("Objet : Ambassadeurs niveau Or : bilan\nChiffres", "none"),  # a subject, no readers
    ],
)
def test_a_mail_to_a_tier_is_for_some_ambassadors(head: str, level: str) -> None:
    assert read_head(head)[0] == level
