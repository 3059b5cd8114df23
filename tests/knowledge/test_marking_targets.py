"""A campaign's target named as the public at large is no readership
(`knowledge.marking_targets`)."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head
from knowledge.marking_targets import without_open_targets


@pytest.mark.parametrize(
    "line",
    [
        "Cible de la campagne : grand public, 25–45 ans",
        "Target audience: general public, UK",
        "Public visé par l'atelier : tout public",
        "Public cible : grand public",
    ],
)
def test_a_target_at_large_opens_nothing(line: str) -> None:
    assert without_open_targets([line]) == [""]
    assert read_head(f"Brief campagne de printemps\n{line}\nBudget : 8 k€")[0] != "public"


@pytest.mark.parametrize(
    "line",
    [
        "Public cible : grand public — brief interne",
        "Diffusion : grand public",
        "Cible : les ambassadeurs niveau Or",
    ],
)
def test_a_restriction_or_a_readership_stays(line: str) -> None:
    assert without_open_targets([line]) == [line]
