"""A long line's fields read one by one (`knowledge.marking_fields`): invented lines."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head


@pytest.mark.parametrize(
    "head",
    [
        "Fiche pratique n°3 sur les retours clients en boutique – pour tous les ambassadeurs",
        "— Document destiné à tous nos ambassadeurs et ambassadrices. Partage libre, merci !",
        "À lire par chaque ambassadeur avant la rentrée — diffusion libre dans le programme",
    ],
)
def test_a_field_giving_all_the_ambassadors_opens(head: str) -> None:
    assert read_head(head)[0] == "public"


@pytest.mark.parametrize(
    "head",
    [
        "Fiche pratique n°3 sur les retours clients en boutique – pour tous les ambassadeurs Or",
        "Guide de la saison des vendanges, version longue — interne — pour tous les ambassadeurs",
        "Nous avons écrit ce guide avec soin pendant tout l'été. Il restera confidentiel.",
    ],
)
def test_a_part_or_a_restriction_keeps_it_closed(head: str) -> None:
    assert read_head(head)[0] != "public"
