"""A public claim answered "no" or "not yet" on its own line keeps the document closed."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head


@pytest.mark.parametrize(
    "head",
    [
        "Document public : non",
        "Diffusion publique : non",
        "Doc public ? Pas encore",
        "Document public — pas avant le 12 mai",
        "Document public (après validation)",
        "Public doc: not yet",
        "Diffusion : tous les ambassadeurs — après validation du CM",
    ],
)
def test_no_or_not_yet_closes(head: str) -> None:
    assert read_head(head)[0] == "internal"


@pytest.mark.parametrize(
    "head",
    [
        "Document public : oui",
        "Public — no login needed",
        "Document public — mis à jour le 3 mai",
        "Diffusion : tous les ambassadeurs",
    ],
)
def test_a_plain_or_confirmed_claim_stays_public(head: str) -> None:
    assert read_head(head)[0] == "public"
