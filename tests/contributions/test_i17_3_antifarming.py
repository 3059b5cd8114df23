"""Issue 17, item 3: review rules and `contributions suspectes` (bursts, duplicates,
approvals between the same two people), on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from bot.contributions.errors import ContributionError
from bot.contributions.suspects import suspects, suspects_lines
from bot.store import Database
from tests.contributions.support import program


def test_i17_3_reviewed_once_and_never_by_oneself(database: Database, tmp_path: Path) -> None:
    p = program(database, tmp_path)
    mine = p.add("U9", "testimonial")  # Camille, staff, logs her own
    with pytest.raises(ContributionError) as own:
        p.reviews.review(
            p.config,
            mine.contribution.id,
            approve=True,
            by="slack:U9",
            reviewer_person_id=p.ids["U9"],
        )  # type: ignore[arg-type]
    assert own.value.code == "own_contribution"
    lea = p.add("U1", "testimonial")
    done = p.reviews.review(
        p.config, lea.contribution.id, approve=True, by="slack:U9", reviewer_person_id=p.ids["U9"]
    )  # type: ignore[arg-type]
    assert done.logged.contribution.status == "approved"
    with pytest.raises(ContributionError) as again:
        p.reviews.review(p.config, lea.contribution.id, approve=False, by="slack:U9")  # type: ignore[arg-type]
    assert again.value.code == "already_reviewed" and again.value.values["status"] == "approved"
    with pytest.raises(ContributionError) as missing:
        p.reviews.review(p.config, 999, approve=True, by="slack:U9")
    assert missing.value.code == "unknown"
    other = p.config.model_copy(update={"name": "globex"})
    with pytest.raises(ContributionError):  # another client's number is unknown here
        p.reviews.review(other, lea.contribution.id, approve=True, by="slack:U9")  # type: ignore[arg-type]


def test_i17_3_pending_lists_the_oldest_first(database: Database, tmp_path: Path) -> None:
    p = program(database, tmp_path)
    first = p.add("U1", "testimonial")
    p.clock.advance(timedelta(minutes=5))
    p.add("U2", "event")
    p.add("U2", "review")  # approved at once: not waiting
    items, total = p.reviews.pending(p.config, limit=1)
    assert total == 2 and [i.contribution.id for i in items] == [first.contribution.id]


def test_i17_3_suspects_bursts_duplicates_and_pairs(database: Database, tmp_path: Path) -> None:
    p = program(database, tmp_path)
    # A burst: Marc logs six things within the hour (the client's threshold is five).
    for n in range(6):
        p.add("U2", "other", note=f"chose {n}")
        p.clock.advance(timedelta(minutes=8))
    # Duplicates: Zoé logs the same review twice for one day, and one note word for word.
    p.add("U3", "review", date(2027, 3, 2))
    p.add("U3", "review", date(2027, 3, 2))
    p.add("U3", "social_share", date(2027, 3, 3), note="Partagé le post du lancement produit")
    p.add("U3", "social_share", date(2027, 3, 4), note="partagé le post du  lancement produit")
    # Pairs: Camille approves every one of Léa's testimonials; Léa approves Camille's.
    for day in range(1, 6):
        p.clock.advance(timedelta(minutes=20))  # not a burst: at most 3 within an hour
        row = p.add("U1", "testimonial", date(2027, 2, day))
        p.reviews.review(p.config, row.contribution.id, approve=True, by="slack:U9")  # type: ignore[arg-type]
    for day in range(1, 3):
        row = p.add("U9", "event", date(2027, 2, day))
        p.reviews.review(p.config, row.contribution.id, approve=True, by="slack:U1")  # type: ignore[arg-type]
    found = suspects(database, p.config, p.clock.now())
    assert [(b.person, b.count) for b in found.bursts] == [("Marc", 6)]
    same_day = [d for d in found.duplicates if not d.same_note]
    assert [(d.person, d.kind, d.day) for d in same_day] == [("Zoé", "review", "2027-03-02")]
    assert [d.person for d in found.duplicates if d.same_note] == ["Zoé"]
    pairs = {(x.reviewer, x.person): x for x in found.pairs}
    assert pairs[("Camille", "Léa")].approved == 5 and pairs[("Camille", "Léa")].mutual
    assert pairs[("Léa", "Camille")].mutual and pairs[("Léa", "Camille")].share == 1.0
    text = "\n".join(suspects_lines(p.config, "fr", found))
    assert "Marc : 6 contributions en moins d'une heure" in text
    assert "Zoé : Avis en ligne déclaré plusieurs fois le 02/03/2027" in text
    assert "Camille et Léa valident les contributions l'un·e de l'autre" in text


def test_i17_3_nothing_suspicious_is_said_so(database: Database, tmp_path: Path) -> None:
    p = program(database, tmp_path)
    p.add("U1", "review")
    p.clock.advance(timedelta(hours=3))
    p.add("U1", "review", date(2027, 3, 9))
    found = suspects(database, p.config, p.clock.now())
    assert found.empty
    assert "Nothing suspicious" in "\n".join(suspects_lines(p.config, "en", found))
