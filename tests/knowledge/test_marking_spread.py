"""Material its author asks to spread everywhere is public; spreading among some readers,
or a negation, opens nothing.

Invented examples: flyers and posters of a climbing club's sponsorship program.
"""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head
from knowledge.marking_spread import spread_widely

SPREAD = [
    "Flyer — Parrainez un ami grimpeur\nUn mois offert\nImprimez-le + à partager largement",
    "Climb with a friend: one month free\nPin it up, share it everywhere.",
]
NOT_SPREAD = [
    "à partager largement avec l'équipe",
    "Ne pas partager largement",
    "Don't share it everywhere yet",
    "Affiche à coller dans la salle",
]


@pytest.mark.parametrize("head", SPREAD)
def test_spread_everywhere_is_public(head: str) -> None:
    assert read_head(head)[0] == "public"


@pytest.mark.parametrize("line", NOT_SPREAD)
def test_spread_among_some_or_denied_opens_nothing(line: str) -> None:
    assert not spread_widely(line)


def test_a_restriction_elsewhere_still_wins() -> None:
    assert read_head("Usage interne\nFlyer à distribuer partout")[0] == "internal"


@pytest.mark.parametrize(
    "head",
    [
        "À partager largement entre collègues du service",
        "Flyer à distribuer partout sauf aux clients",
        "Share it widely within the team",
        "À afficher partout, excepté en boutique",
    ],
)
def test_spread_within_a_circle_or_to_all_but_some_is_not_public(head: str) -> None:
    assert read_head(head)[0] != "public"
