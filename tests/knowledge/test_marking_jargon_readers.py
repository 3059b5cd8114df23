"""Readers named in a company's own jargon: leadership shorthand ("For the SLT", « Diffusion
N-1 et plus », « la gérance »), the staff's representatives (« Pour le CSE », "for the works
council"), a team named by its job and a crew word ("the billing pod"), a bare banner
naming them, a document handed to them (« Document remis aux élus du CSE »), for their sole
use, for managers' eyes, a tool the staff fill in ("Internal checklist"), and a note that
tells the readers it addresses that it is theirs alone. Invented heads."""

from __future__ import annotations

import pytest

from knowledge.loaders import load
from knowledge.marking_document import rules_marking
from knowledge.marking_made_for import made_for_level


def _rules_level(head: str) -> str | None:
    marking = rules_marking(load("document.md", (head + "\n\n1\n").encode("utf-8")))
    return marking.level if marking is not None else None


@pytest.mark.parametrize(
    "head",
    [
        "For the SLT\nHiring freeze options\nv2",
        "Diffusion N-1 et plus\nPlan de transformation 2029",
        "Pour le seul usage de la gérance\nPartage des bénéfices",
        "For the sole use of the executive leadership team\nExit scenarios",
        "À l'attention du comité de direction\nArbitrages budgétaires",
    ],
)
def test_leadership_in_shorthand_is_confidential(head: str) -> None:
    assert _rules_level(head) == "confidential", head


@pytest.mark.parametrize(
    "head",
    [
        "For managers' eyes\nBonus calibration guide",
        "This one's for the support crew\nMacros to use in December",
        "Note de synthèse — pour le CSE\nRéorganisation des horaires",
        "Document remis aux élus du CSE\nBilan social 2027",
        "For the works council\nShift pattern consultation",
        "Pour le comité éditorial\nPlanning des numéros d'été",
        "Internal checklist\nNew starter laptop setup",
        "Questionnaire interne\nClimat social 2027",
        "Relecteurs du guide (8 personnes) : ce formulaire vous est réservé.\nVos retours",
        "Pilot stores: this survey is just for you\nWeek 1",
    ],
)
def test_staff_in_jargon_is_internal(head: str) -> None:
    assert _rules_level(head) == "internal", head


@pytest.mark.parametrize(
    "line",
    [
        "Pour les ambassadeurs",
        "For managers",
        "Diffusion nationale",
        "Chers ambassadeurs : ce contenu vous est réservé",
        "Hello everyone: this is for you",
        "Prepared for the ambassadors' day by the events team",
    ],
)
def test_no_restriction_where_the_readers_are_everyone_or_none(line: str) -> None:
    assert made_for_level(line) is None, line
