"""A readership window whose end is written as "closes on", "se termine le", or a banner
"For all ambassadors until …": once the day has passed, no ambassador audience holds."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.loaders import load
from knowledge.marking_document import document_marking

TODAY = date(2026, 12, 7)


def level(line: str) -> str | None:
    marking = document_marking(
        load("guide.md", f"# Guide\n{line}\n\nTexte.".encode()), (), (), TODAY
    )
    return marking.level if marking else None


@pytest.mark.parametrize(
    "line",
    [
        "Audience: all ambassadors — window closes on 15 November 2026",
        "For all ambassadors until 30 November 2026.",
        "Pour tous les ambassadeurs, diffusion se termine le 30/11/2026",
    ],
)
def test_a_window_that_ended_reads_internal(line: str) -> None:
    assert level(line) == "internal"


@pytest.mark.parametrize(
    "line",
    [
        "Audience: all ambassadors — window closes on 15 December 2026",
        "For all ambassadors until 30 December 2026.",
    ],
)
def test_a_window_still_open_reads_public(line: str) -> None:
    assert level(line) == "public"
