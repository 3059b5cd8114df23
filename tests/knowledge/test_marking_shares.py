"""A tool's sharing settings (`knowledge.marking_shares`): invented lines."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head
from knowledge.marking_shares import share_level


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Notion · Shared with: Lumen workspace (all members)", "internal"),
        ("Partage Drive : toute l'équipe Brindille (lecture)", "internal"),
        ("Shared with: everyone at the company — can comment", "internal"),
        ("SharePoint · Specific people: Ana Lima, Tom Berg · Can view", "confidential"),
        ("Partage : Léa Martin, Paul Roux", "confidential"),
        ("Public link: off", "internal"),
        ("Lien public : désactivé", "internal"),
    ],
)
def test_restrictive_settings(line: str, level: str) -> None:
    assert share_level(line) == level


@pytest.mark.parametrize(
    "line",
    [
        "Shared with: volunteers-all@exemple.org (can view)",
        "Shared with: All Lanterns (ambassador community) — can view",
        "Partage : tous les ambassadeurs",
        "Shared with: anyone with the link",
        "Le partage des tâches : voir plus bas",
        "Sharing: public - may be shared with volunteers and shop staff.",
    ],
)
def test_open_or_group_settings_are_left_alone(line: str) -> None:
    assert share_level(line) is None


def test_public_link_off_beside_a_workspace_is_not_public() -> None:
    head = "Notion · Shared with: Lumen workspace (all members)\nPublic link: off\nBudget"
    assert read_head(head)[0] == "internal"


@pytest.mark.parametrize(
    ("head", "level"),
    [
        ("Wiki — On-call rota\nShared with: Everyone at Brindille", "internal"),
        ("Diffusion : tout le monde chez Lumen", "internal"),
        ("Diffusion : tout le monde chez les ambassadeurs", "public"),
    ],
)
def test_everyone_at_a_company_is_its_staff(head: str, level: str) -> None:
    assert read_head(head)[0] == level


@pytest.mark.parametrize(
    ("head", "level"),
    [
        ("---\ntitle: Open day\nshare: everyone\n---", "public"),
        ("---\ntitle: Payroll\nshare: staff only\n---", "internal"),
        ("Market update\nShare: 40% of revenue", "none"),
        ("Notion · Publié sur le web ✅\nKit presse", "public"),
    ],
)
def test_share_field_and_published_to_the_web(head: str, level: str) -> None:
    assert read_head(head)[0] == level
