"""Holds for outsiders (`knowledge.marking_hold_scope`): invented lines."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head


@pytest.mark.parametrize(
    "head",
    [
        "Embargo jusqu'au 3 mai — merci de ne pas diffuser hors du club\nNouvelle saison",
        "Embargoed until Tuesday 9:00, don't share outside the community please",
        "EMBARGO until 9 May, 08:00. After that: free to use by anyone.",
        "Sous embargo jusqu'au 21/06 ; ensuite libre pour tous",
        "Embargo: nothing on social media before Friday — inside the circle, go ahead.",
    ],
)
def test_a_hold_for_outsiders_is_public(head: str) -> None:
    assert read_head(head)[0] == "public"


@pytest.mark.parametrize(
    "head",
    [
        "Embargo jusqu'au 3 mai — ne pas diffuser hors de l'équipe",
        "Embargo until Friday — board only, don't share outside the club",
        "Embargo jusqu'au 3 mai",
        "Sous embargo jusqu'au 21/06 — document confidentiel, ensuite libre",
    ],
)
def test_a_hold_kept_among_few_is_not_public(head: str) -> None:
    assert read_head(head)[0] != "public"


def test_a_not_before_beside_leave_to_circulate_is_public() -> None:
    head = "Calendrier 2028 — version club\n"
    head += "(peut circuler librement ; merci de ne pas le publier avant le salon du 4 mai)"
    assert read_head(head)[0] == "public"
    assert read_head("Merci de ne pas le publier avant le salon du 4 mai")[0] != "public"
