"""A readership not in force today (ended window, opening still to come, review pending)
is internal; one in force, or words about something else, is left to the other rules."""

from __future__ import annotations

from datetime import date

import pytest

from bot.bench.markings import read_head
from knowledge.marking_not_in_force import not_in_force_marking

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    "head",
    [
        # windows that ended
        "Diffusion aux membres : du 15 septembre au 15 novembre 2026",
        "Diffusion tous Compagnons : du 1er juin au 30 septembre 2026 — période terminée",
        "Audience: all ambassadors — window closed on 30 November 2026",
        "Offre réservée aux membres Fleur — diffusable du 1er au 30 octobre 2026.",
        # openings still to come
        "Diffusable à tous les membres à partir du salon (prévu le 14 février 2027).",
        "Open to all members from 1 February 2027. Until then: staff and the beta group.",
        "Réservé aux membres Or jusqu'au 1er mars 2027, puis à tous les membres.",
        "Diffusable aux membres à partir de l'ouverture de la boutique.",
        "Validation juridique en cours — diffusion aux membres après accord de l'avocat",
        # a release approved for no one named
        "Version validated for distribution",
        "Version validée pour diffusion — v2",
        # reviews pending
        "Relecture : en cours (Léa)\nDiffusion envisagée : tous les membres",
        "BROUILLON v0.2 — relecture en cours",
        "Relecture : Chloé ✔ — Validation juridique : en attente",
        "Legal review: pending",
    ],
)
def test_a_readership_not_in_force_is_internal(head: str) -> None:
    found = not_in_force_marking(head.splitlines(), TODAY)
    assert found is not None and found.level == "internal"


@pytest.mark.parametrize(
    "head",
    [
        # windows and openings in force today
        "Audience: all ambassadors, from 1 Dec 2026 to 15 Jan 2027",
        "Diffusion : toutes les Plumes, du 1er décembre 2026 au 31 janvier 2027",
        "Diffusion : tous les Gardiens — jusqu'au 31 décembre 2026",
        "Diffusable à tous à partir du lancement — lancement effectué le 16 novembre 2026.",
        "Ouvert à tous les membres à partir du salon (tenu du 14 au 16 novembre 2026).",
        "Open to the whole crew from the Oktoberfest evening (held 3 October 2026).",
        "Sous embargo jusqu'au 1er décembre 2026 — ensuite diffusable à tous les membres.",
        "Embargoed until 20 November 2026 — then open to all members.",
        "Relecture ✔ · Validation juridique ✔ (04/12/2026)",
        # about something else
        "Le stand est ouvert au public du 12 au 14 décembre 2026.",
        "Nous avons réduit la réglisse après vos retours de dégustation.",
        "La garantie expire cinq ans après la date d'achat.",
        "Article 1 : Le jeu est ouvert à tous les membres inscrits au 1er décembre 2026.",
        "Service Diffusion — planning des livraisons aux bars partenaires",
        "Le webinaire de jeudi est ouvert à tous, replay posté ici ensuite",
        "Valid until the end of the show; after that, use the 2027 leaflet. Audience: anyone",
        "V1 — relecture en cours",
        "Accès réservé aux passagers cabine après 22 h.",
        "Mention « Confidentiel » supprimée après validation juridique — diffusable à tous",
        "v3 – approved for release to all ambassadors",
        "Version validée pour diffusion à l'ensemble des membres",
        "External — Approved for distribution",
    ],
)
def test_a_readership_in_force_or_none_is_left(head: str) -> None:
    assert not_in_force_marking(head.splitlines(), TODAY) is None


@pytest.mark.parametrize(
    "head",
    [
        "Diffusable aux membres du club à partir de l'ouverture de la boutique.\n# Le projet",
        "# Atelier — compte rendu\nRelecture : en cours\nDiffusion envisagée : tous les membres",
        "Diffusion tous membres : période terminée\n# Festival d'été",
        "Version validated for distribution\n# 2027 colour palette",
        "Document obsolète (remplacé par la v3) — ne plus diffuser\n# Barème",
    ],
)
def test_the_head_reads_internal(head: str) -> None:
    assert read_head(head)[0] == "internal"
