"""Read as of today: the latest mark of a changed one is in force, an ended embargo gives
the readership it opens to ("ensuite diffusable à …", "shareable with …")."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.markers import line_level
from knowledge.marking_as_of_today import as_of_today
from knowledge.marking_changed_mark import latest_version_only, mark_in_force, opened_at_event

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("line", "in_force"),
    [
        ("Was: internal. Now: all ambassadors.", "Diffusion : all ambassadors."),
        (
            "Anciennement confidentiel — désormais ouvert à tous les ambassadeurs.",
            "Diffusion : tous les ambassadeurs.",
        ),
        ("Statut : ~~interne~~ → tous les ambassadeurs", "Diffusion : tous les ambassadeurs"),
        (
            "Was: all ambassadors. Now: confidential (management only)",
            "confidential (management only)",
        ),
    ],
)
def test_the_latest_mark_is_read(line: str, in_force: str) -> None:
    assert mark_in_force(line, TODAY, line_level) == in_force


@pytest.mark.parametrize(
    "line",
    [
        "Was: internal. Now: all ambassadors (from 1 March 2027).",
        "Le secret était bien gardé, maintenant tout le monde le sait.",
        "Compte rendu de la réunion",
    ],
)
def test_no_change_in_force_is_left(line: str) -> None:
    assert mark_in_force(line, TODAY, line_level) is None


@pytest.mark.parametrize(
    "line",
    [
        "Sous embargo jusqu'au 1er décembre 2026 — ensuite diffusable à tous les ambassadeurs.",
        "Embargo lifted 30 Nov 2026 — shareable with all ambassadors",
    ],
)
def test_an_ended_embargo_opens_to_its_readers(line: str) -> None:
    rewritten = as_of_today([line], TODAY)[0]
    assert rewritten.startswith("Diffusion : ") and line_level(rewritten) == "public"


def test_a_running_embargo_is_left() -> None:
    line = "Sous embargo jusqu'au 20 janvier 2027 — ensuite diffusable à tous les ambassadeurs."
    assert as_of_today([line], TODAY) == [line]


def test_only_the_latest_version_is_read() -> None:
    lines = ["v3 – approved for release to all ambassadors", "v2 – draft, internal", "# FAQ"]
    assert latest_version_only(lines) == [lines[0], "", "# FAQ"]


def test_a_single_version_line_is_kept() -> None:
    lines = ["v2 – draft, internal", "# FAQ"]
    assert latest_version_only(lines) == lines


@pytest.mark.parametrize(
    ("line", "readers"),
    [
        (
            "Diffusable aux ambassadeurs à partir du lancement — lancement effectué le 16 "
            "novembre 2026.",
            "Diffusable aux ambassadeurs",
        ),
        ("Open to all members from the fair (held 3 October 2026).", "Open to all members"),
    ],
)
def test_an_event_that_happened_opens(line: str, readers: str) -> None:
    assert opened_at_event(line, TODAY) == readers


@pytest.mark.parametrize(
    "line",
    [
        "Diffusable aux ambassadeurs à partir du lancement.",
        "Diffusable à tous les ambassadeurs à partir du salon (prévu le 14 février 2027).",
    ],
)
def test_an_event_not_shown_to_have_happened_opens_nothing(line: str) -> None:
    assert opened_at_event(line, TODAY) is None
