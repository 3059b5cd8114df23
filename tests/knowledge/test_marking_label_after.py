"""A line opened for all the ambassadors that ends on a bare label keeps the label
(`knowledge.marking_head._label_after`): invented heads."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head


@pytest.mark.parametrize(
    ("head", "level"),
    [
        ("Pour tous les ambassadeurs — document interne.\nPlanning des salons", "internal"),
        ("Pour toutes les ambassadrices - usage interne\nNotes", "internal"),
        ("For all ambassadors - internal use only\nBooth rota", "internal"),
        ("Pour tous les ambassadeurs. Confidentiel.\nBudget", "confidential"),
    ],
)
def test_a_bare_label_after_all_the_ambassadors_restricts(head: str, level: str) -> None:
    assert read_head(head)[0] == level


@pytest.mark.parametrize(
    "head",
    [
        "Pour tous les ambassadeurs — merci de ne pas diffuser à l'extérieur\nKit du salon",
        "Pour tous les ambassadeurs, ne pas diffuser\nKit",
        "Pour tous les ambassadeurs — version 2, validée en réunion\nCharte",
        "Open to all ambassadors. Feel free to forward\nGuide",
    ],
)
def test_keeping_it_among_them_or_a_remark_leaves_it_public(head: str) -> None:
    assert read_head(head)[0] == "public"
