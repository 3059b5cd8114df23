"""Readerships bound to a day or a stage (pass `mark-time2`): month-first dates where the
line says so or day-first is impossible, openings said in a banner ("Share with all …
from …", « Ouvert aux … ; aux autres … à partir du … »), a document in review with a
stated audience, an opening after an approval or a committee's review, a release approved
for a named tier, and a restriction held until a later day."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.marking_as_of_today import as_of_today
from knowledge.marking_dates import dates_in
from knowledge.marking_not_in_force import not_in_force_marking
from knowledge.marking_release_audience import release_audience_marking

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("à partir du 10/12/2026", date(2026, 12, 10)),
        ("from 12/15/2026", date(2026, 12, 15)),
        ("from 12/10/2026 (US office dates, month/day)", date(2026, 12, 10)),
        ("12/10/2026 (MM/DD/YYYY)", date(2026, 12, 10)),
        ("le 3 décembre 2026", date(2026, 12, 3)),
    ],
)
def test_numeric_dates_read_month_first_only_when_said_or_forced(line: str, expected: date) -> None:
    assert dates_in(line) == [expected]


def test_month_first_can_be_given_for_a_cut_line() -> None:
    assert dates_in("12/10/2026 (US of", month_first=True) == [date(2026, 12, 10)]


@pytest.mark.parametrize(
    "head",
    [
        "Share with all Passeurs from 12/15/2026.",
        "Open to all ambassadors from 12/10/2026 (US office dates, month/day).",
        "Ouvert aux membres Or ; aux autres membres à partir du 1er avril 2027.",
        "Status: DRAFT v2 — in legal review. Audience once approved: all members.",
        "Réservé au groupe pilote. Ouverture à tous les membres après le bilan du comité.",
        "Diffusion à tous les membres une fois validée par la direction.",
    ],
)
def test_a_readership_still_to_open_is_internal(head: str) -> None:
    found = not_in_force_marking(head.splitlines(), TODAY)
    assert found is not None and found.level == "internal"


@pytest.mark.parametrize(
    "head",
    [
        "Le dossier INPI est en cours de validation juridique ; réponse attendue en 2027.",
        "Ouvert au public à partir du 1er mars 2027.",
        "Open to all ambassadors from 12/01/2026.",
        "Share with all members from 1 December 2026.",
        "Réservé aux membres ; ouverture à tous après le bilan du comité, tenu le 2 décembre 2026.",
    ],
)
def test_words_about_something_else_or_already_open_are_left(head: str) -> None:
    assert not_in_force_marking(head.splitlines(), TODAY) is None


@pytest.mark.parametrize(
    "line",
    [
        "**Version validée pour diffusion aux Complices Maîtres**",
        "Approved for release to Confirmed Members",
        "OK pour diffusion aux Lynx Or",
    ],
)
def test_a_release_approved_for_a_named_tier_is_internal(line: str) -> None:
    found = release_audience_marking([line])
    assert found is not None and found.level == "internal"


@pytest.mark.parametrize(
    "line",
    [
        "Version validée pour diffusion à tous les ambassadeurs",
        "Approved for release to all ambassadors",
        "validée pour diffusion à l'ensemble des Gardiens",
    ],
)
def test_a_release_to_all_is_left(line: str) -> None:
    assert release_audience_marking([line]) is None


def test_a_declared_name_is_no_tier() -> None:
    line = "Version validée pour diffusion aux Passeurs Babel"
    assert release_audience_marking([line]) is not None
    assert release_audience_marking([line], ["Passeurs Babel"]) is None


def test_a_restriction_held_until_a_later_day_is_in_force() -> None:
    head = ["# Plan", "SECRET until 2 January 2027. After that: internal use."]
    assert as_of_today(head, TODAY) == ["# Plan", "SECRET"]
    assert as_of_today(head, date(2027, 1, 3)) == head


def test_a_restriction_held_until_an_event_is_in_force() -> None:
    head = ["Confidentiel jusqu'au lancement. Ensuite : tous les membres."]
    assert as_of_today(head, TODAY) == ["Confidentiel"]


def test_a_mark_passed_to_a_level_is_the_mark_in_force() -> None:
    line = "Anciennement « usage interne », passé en **Confidentiel** le 2 décembre 2026."
    assert as_of_today([line], TODAY) == ["Confidentiel** le 2 décembre 2026."]


def test_a_change_to_something_that_is_no_level_is_left() -> None:
    line = "Anciennement « Club des Anciens », le programme est passé en mode hiver."
    assert as_of_today([line], TODAY) == [line]


@pytest.mark.parametrize(
    ("line", "read"),
    [
        (
            "*Diffusion : tous les membres — à partir du 7 décembre 2026.*",
            "*Diffusion : tous les membres.*",
        ),
        ("Shareable with all ambassadors from 2 December 2026.", "Shareable with all ambassadors."),
        ("Audience: all members · Valid from 1 December 2026", "Audience: all members"),
    ],
)
def test_a_readership_opened_on_a_past_day_is_read_without_its_opening(
    line: str, read: str
) -> None:
    assert as_of_today([line], TODAY) == [read]


@pytest.mark.parametrize(
    "line",
    [
        "Diffusion : tous les membres — à partir du 8 décembre 2026.",
        "Diffusion : tous les membres, from 1 Nov 2026 to 30 Nov 2026.",
        "Diffusion : tous les membres à partir du 1er décembre 2026 jusqu'au 3 décembre 2026.",
        "Le nouveau tarif s'applique à partir du 1er décembre 2026.",
    ],
)
def test_an_opening_still_to_come_or_a_window_is_left(line: str) -> None:
    assert as_of_today([line], TODAY) == [line]


def test_an_ended_embargo_gives_the_readers_a_later_sentence_names() -> None:
    line = "Embargoed until 1 December 2026, 9:00 CET. After that: all members."
    assert as_of_today([line], TODAY) == ["Diffusion : all members"]
    assert as_of_today([line], date(2026, 11, 30)) == [line]


def test_a_press_embargo_with_a_colon_ends_on_its_day() -> None:
    line = "Embargo presse : 30 novembre 2026, 6 h. Diffusion libre ensuite."
    assert as_of_today([line], TODAY) == ["Diffusion : libre"]


def test_an_embargo_until_an_event_the_head_says_happened_ends() -> None:
    head = [
        "Embargoed until launch, then shareable with all members.",
        "Launch happened on 30 November 2026: the embargo no longer applies.",
    ]
    assert as_of_today(head, TODAY)[0] == "Diffusion : all members"


@pytest.mark.parametrize(
    "other",
    ["Launch date: 18 January 2027.", "Launch happened on 10 December 2026.", "Launch soon."],
)
def test_an_embargo_until_an_event_not_shown_to_have_happened_holds(other: str) -> None:
    head = ["Embargoed until launch, then shareable with all members.", other]
    assert as_of_today(head, TODAY) == head


@pytest.mark.parametrize(
    "line",
    [
        "Les échantillons sont confidentiels jusqu'au salon : ne pas les photographier.",
        "le nom du prochain jeu reste confidentiel jusqu'à l'annonce officielle",
    ],
)
def test_a_sentence_about_something_kept_secret_until_later_is_no_held_mark(line: str) -> None:
    assert as_of_today([line], TODAY) == [line]
