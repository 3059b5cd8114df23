"""Restrictions in shorthand or in a foreign scheme (`knowledge.marking_shorthand`): invented."""

from __future__ import annotations

import pytest

from knowledge.marking_shorthand import shorthand_level


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("privé — Inès & Hugo seulement merci", "confidential"),
        ("Restricted — CFO and legal lead only", "confidential"),
        ("Protected B — access: Maya, Omar (privacy officer)", "confidential"),
        ("Diffusion restreinte : Lou + Max (il y a les marges)", "confidential"),
        ("Secret médical — dossier du bénévole", "confidential"),
        ("conf. RH — ne pas faire suivre", "confidential"),
        ("Us. int. — atelier maintenance", "internal"),
        ("INTERN", "internal"),
        ("VS-NfD", "internal"),
        ("Nur für den Dienstgebrauch", "internal"),
    ],
)
def test_restrictions(line: str, level: str) -> None:
    assert shorthand_level(line) == level


@pytest.mark.parametrize(
    "line",
    [
        "Le secret médical expliqué aux bénévoles",
        "Conf. de presse du 4 juin",
        "Intern",
        "Nantes & Rennes uniquement",
        "Google Drive · General access: Lin & Co — anyone in this group with the link",
    ],
)
def test_no_restriction(line: str) -> None:
    assert shorthand_level(line) is None
