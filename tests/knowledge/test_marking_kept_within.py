"""A ban on spreading a document outside a leadership circle reads as that circle's level;
outside any other group the ban keeps its own reading (`knowledge.marking_kept_within`)."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head
from knowledge.marking_kept_within import with_circles_read


@pytest.mark.parametrize(
    "line",
    [
        "Note de travail — diffusion interdite hors comité de direction et service juridique.",
        "Circulation strictement interdite en dehors du conseil d'administration.",
        "Working paper — distribution prohibited outside the board and legal.",
    ],
)
def test_a_ban_outside_the_leadership_is_confidential(line: str) -> None:
    assert read_head(f"# Plan 2028\n\n{line}\n\nTexte.")[0] == "confidential"


def test_a_ban_outside_another_group_is_left_as_written() -> None:
    lines = ["Diffusion interdite hors de l'équipe support.", "Distribution prohibited outside EU."]
    assert with_circles_read(lines) == lines
    assert read_head(f"# Plan\n\n{lines[0]}\n\nTexte.")[0] == "internal"
