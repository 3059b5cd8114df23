"""`marking_review.next_review`: the first day after today on which a head's reading may
change (a written date, or the day after it), so that a level read "as of today" at
ingestion is read again when its day comes."""

from __future__ import annotations

from datetime import date

from knowledge.document import LoadedDocument
from knowledge.marking_review import is_due, next_review, review_lines, review_on

TODAY = date(2026, 12, 7)


def test_no_date_ahead_means_no_review() -> None:
    assert next_review([], TODAY) is None
    assert next_review(["Diffusion : tous les ambassadeurs"], TODAY) is None
    # Past dates changed nothing after their day: nothing to read again.
    assert next_review(["Compte rendu du 3 mars 2026", "Mis à jour le 05/12/2026"], TODAY) is None


def test_a_date_ahead_and_the_day_after_it_are_change_points() -> None:
    window = ["Diffusion : tous les ambassadeurs (du 1er au 15 décembre 2026)"]
    assert next_review(window, TODAY) == date(2026, 12, 15)  # « à partir du 15 »
    assert next_review(window, date(2026, 12, 15)) == date(2026, 12, 16)  # « jusqu'au 15 »
    assert next_review(window, date(2026, 12, 16)) is None
    # Today's own date: the day after it is still ahead.
    assert next_review(["Embargo lifted on 7 Dec 2026 — for all ambassadors"], TODAY) == date(
        2026, 12, 8
    )


def test_the_earliest_of_several_dates_in_any_writing() -> None:
    lines = [
        "Embargo jusqu'au 10 décembre 2026, ensuite diffusion à tous les ambassadeurs",
        "Open to all members from 2027-01-04",
        "Valid until December 20, 2026",
    ]
    assert next_review(lines, TODAY) == date(2026, 12, 10)
    assert next_review(lines, date(2026, 12, 11)) == date(2026, 12, 20)
    assert next_review(lines, date(2027, 1, 4)) == date(2027, 1, 5)


def test_the_title_and_properties_count_with_the_head() -> None:
    document = LoadedDocument(
        title="Kit",
        sections=[],
        head=["# Kit"],
        properties={"header 1": "Diffusion : tous les ambassadeurs jusqu'au 15/12/2026"},
    )
    assert "Diffusion : tous les ambassadeurs jusqu'au 15/12/2026" in review_lines(document)
    assert review_on(document, TODAY) == "2026-12-15"


def test_a_stored_day_is_due_on_it_and_after_it_and_an_unreadable_one_is_due() -> None:
    assert not is_due(None, TODAY) and not is_due("", TODAY)
    assert not is_due("2026-12-08", TODAY)
    assert is_due("2026-12-07", TODAY) and is_due("2026-11-30", TODAY)
    assert is_due("le 8 décembre", TODAY)  # not a day we wrote: read it again, fail closed
