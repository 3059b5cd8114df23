"""Free distribution in other words opens a head; beside a restriction it opens nothing.

Invented examples: the lowest level of a protection scale ("Non protégé"), "free
distribution", a public web page; and restricted heads that also say them.
"""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head

OPEN = [
    "Not protected – free distribution\nSpring newsletter",
    "Distribution libre\nCalendrier des marchés",
    "Page web publique — exemple.fr/programme\nDevenir ambassadeur",
    "Public web page — example.org/club\nJoin the club",
]
STILL_RESTRICTED = [
    "Non protégé par mot de passe — réservé au bureau",
    "Not protected yet — internal only, do not share",
    "Lien non protégé : ne pas diffuser hors équipe",
    "Page web publique (brouillon, ne pas diffuser)",
    "Brouillon de la page web publique — interne, ne pas diffuser",
    "Free distribution after 12 March — until then, board only",
    "Distribution libre interdite",
    "Dossier non protégé\nConfidentiel — direction uniquement",
    "Public web page draft — for the marketing team only",
    "Fichier non protégé, réservé aux ambassadeurs Or",
]


@pytest.mark.parametrize("head", OPEN)
def test_free_distribution_in_other_words_is_public(head: str) -> None:
    assert read_head(head)[0] == "public"


@pytest.mark.parametrize("head", STILL_RESTRICTED)
def test_beside_a_restriction_it_opens_nothing(head: str) -> None:
    assert read_head(head)[0] in ("internal", "confidential")
