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


@pytest.mark.parametrize(
    "head",
    [
        "Diffusion libre à partir du 3 mai",
        "Free distribution after the launch on 3 May",
        "Diffusion libre après validation du bureau",
        "Document public dès le 12 mai",
        "Public web page from the 1st of June",
    ],
)
def test_a_claim_waiting_on_a_date_or_an_event_is_not_public_yet(head: str) -> None:
    assert read_head(head)[0] != "public"


@pytest.mark.parametrize(
    "head",
    [
        "Document non protégé (mot de passe à ajouter)\nBudget du bureau",  # no password
        "Brouillon non protégé",
    ],
)
def test_unprotected_is_no_readership(head: str) -> None:
    assert read_head(head)[0] != "public"


def test_a_time_of_day_is_no_condition() -> None:
    assert read_head("Pour tous les ambassadeurs — accueil à partir de 9 h")[0] == "public"
