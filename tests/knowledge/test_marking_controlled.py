"""Distribution controlled without a level named keeps a document from ambassadors: an
agreement covering it, the company's property, counted or personal copies, one request at
a time. A copyright line, or an agreement covering something else, is no marking.
Invented heads."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head

RESTRICTED = {"internal", "confidential"}


@pytest.mark.parametrize(
    "head",
    [
        "Feuille de route partenaires\nCouvert par l'accord de confidentialité signé avec Orvane",
        "Partner roadmap\nCovered by our mutual NDA",
        "Partner roadmap\nThis deck is protected by the confidentiality agreement of 2 May",
        "Étude de prix\nInformations propriétaires",
        "Pricing study\n© Orvane SAS. All rights reserved. Proprietary information.",
        "Plan de tournée\nExemplaire n° 7/20",
        "Tour plan\nCopy 2 of 15",
        "Tour plan\nPersonal copy for A. Rivière",
        "Plan de tournée\nExemplaire nominatif — Hugo B.",
        "Revue des contrats\nDiffusion au cas par cas, sur demande à la direction",
        "Contract review\nDistribution on a case-by-case basis",
        "Procédure qualité\nDocument numéroté — toute reproduction interdite",
    ],
)
def test_controlled_distribution_restricts(head: str) -> None:
    assert read_head(head)[0] in RESTRICTED, head


@pytest.mark.parametrize(
    "head",
    [
        "Guide des ambassadeurs\n© 2028 Orvane – tous droits réservés",
        "Customer panel — how it works\nPanel sessions are covered by an NDA each member signs.",
        "Kit salon\nTiré à 300 exemplaires pour le salon de Lyon.",
    ],
)
def test_ownership_or_an_agreement_about_something_else_is_no_marking(head: str) -> None:
    assert read_head(head)[0] == "none", head
