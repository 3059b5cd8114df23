"""A part of the program named with « à l'intention de », a level or a counted group,
a chat's "dont share", a locked "conf." and a "diff :" field close a head (fail closed);
a capacity, a code diff or the whole program does not.

Invented examples (not from any bench set).
"""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head

RESTRICTED = [
    "À l'intention des Veilleurs de la région Nord\n\nSortie le 3 mai au lac.",
    "À l'intention des Grimpeurs de niveau Corde\n\nUn test du nouveau baudrier arrive.",
    "À l'intention des Loutres du secteur Est\n\nRéunion jeudi.",
    "Atelier « Printemps » — réservé aux 8 Loutres du panel\n\nChaque mardi, un essai.",
    "pls dont forward to members\nBeta notes\n\nThe coffee machine broke twice.",
    "diff : comité technique\n\nPoints du jour : le nouveau capteur.",
]
CONFIDENTIAL = [
    "🔐 conf. 🔐\nRachat d'un atelier à Nantes\n\nOffre de 120 k€ sur les murs.",
]
NOT_RESTRICTED = [
    ("Atelier cuisine — réservé aux 20 premiers inscrits\n\nVenez nombreux.", "none"),
    ("Dégustation — limité à 30 places\n\nInscriptions ouvertes.", "none"),
    ("À l'intention de tous les ambassadeurs\n\nLe programme du mois.", "public"),
    ("diff : +3 lignes\n\nLe correctif du module.", "none"),
    ("Le carnet dont vous parliez\n\nIl est en ligne.", "none"),
]


@pytest.mark.parametrize("head", RESTRICTED)
def test_part_or_counted_group_reads_internal(head: str) -> None:
    assert read_head(head)[0] == "internal"


@pytest.mark.parametrize("head", CONFIDENTIAL)
def test_locked_short_conf_reads_confidential(head: str) -> None:
    assert read_head(head)[0] == "confidential"


@pytest.mark.parametrize(("head", "level"), NOT_RESTRICTED)
def test_capacity_or_whole_program_stays(head: str, level: str) -> None:
    assert read_head(head)[0] == level
