"""All the ambassadors as the readers in forms the rules once missed: "n'importe quel" (any
one of them), a group tagged "(all members)", a declared name that looks like a person's,
and « toute la <name> » once the name is said: invented heads."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head

NAMES = ["Pic Verts", "la Harde", "Hérons"]
CLIENTS = ["Brasserie Quillon"]


@pytest.mark.parametrize(
    "head",
    [
        "OK pour partager avec n'importe quel ambassadeur\nCarte des sentiers",
        "Ok pour partager avec n'importe quelle ambassadrice — pas de restriction\nRecettes",
        "À montrer à n'importe quel ambassadeur\nPlanning des visites",
        "Signal · ambassadeurs (tous)\nLe nouveau fût arrive jeudi",
        "Telegram list · ambassadors (all members)\nNew tap room hours",
        "Pour toutes et tous les ambassadeurs\nRèglement du concours",
        "À l'attention de tous·tes les ambassadeurs\nPlanning",
    ],
)
def test_opens_without_names(head: str) -> None:
    assert read_head(head)[0] == "public"


@pytest.mark.parametrize(
    "head",
    [
        "To: Pic Verts (all)\nSubject: brewery tour",
        "To: Pic Verts (all members)\nSubject: autumn tasting",
        "Diffusion : toute la Harde (Alsace + Vosges)\nCalendrier",
        "Pour toute la Harde — bonne lecture\nSortie d'automne",
        "Liste WhatsApp · Hérons (tous les membres)\nSortie du 12",
        "OK pour partager avec n'importe quel Héron\nCarte",
    ],
)
def test_opens_with_names(head: str) -> None:
    assert read_head(head, NAMES, CLIENTS)[0] == "public"


@pytest.mark.parametrize(
    "head",
    [
        "Ne pas partager avec n'importe quel ambassadeur\nBudget",
        "Show it to the ambassador\nDraft contract",
        "Interne — ok pour partager avec n'importe quel ambassadeur après validation\nKit",
        "Pas de restriction — réservé à l'équipe\nPrimes",
        "Canal staff · ambassadeurs (all)\nObjectifs",
        "Espace ambassadeurs Or (tous) › FAQ\nAvant-premières",
        "Confidentiel — ambassadeurs (tous)\nRachat",
        "To: Léa Martin; Hugo Petit\nSubject: your testimonial",
        "Réservé à toutes et tous les ambassadeurs Or\nAvant-première",
    ],
)
def test_keeps_what_is_not_all_of_them(head: str) -> None:
    assert read_head(head, NAMES, CLIENTS)[0] != "public"
    assert read_head(head)[0] != "public"
