"""Issue 17, items 1 and 3: the log on SQLite and PostgreSQL — checked whole, capped,
the same proof once, approval for the kinds marked so, imports all or nothing."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from bot.contributions.errors import ContributionError
from bot.contributions.importer import Importer
from bot.contributions.tables import Contribution
from bot.contributions.views import Filters, listing
from bot.solicitations import SolicitationBook
from bot.solicitations.drafts import NewSolicitation
from bot.store import Database
from tests.contributions.support import TODAY, program


def rows(db: Database) -> list[Contribution]:
    with db.session() as session:
        return list(session.exec(select(Contribution).order_by(Contribution.id)))  # type: ignore[arg-type]


def test_i17_1_logged_approved_or_pending_by_kind(database: Database, tmp_path: Path) -> None:
    p = program(database, tmp_path)
    review = p.add("U1", "review", url="https://g2.com/acme")
    assert review.contribution.status == "approved" and review.contribution.points == 20
    assert review.contribution.reviewed_by is None  # approved without review: not staff's
    testimonial = p.add("U1", "testimonial")
    assert testimonial.pending and testimonial.contribution.points == 50
    assert testimonial.standing is None and testimonial.promotions == []
    stored = rows(database)
    assert [r.kind for r in stored] == ["review", "testimonial"]
    assert stored[0].proof_url == "https://g2.com/acme" and stored[0].occurred_on == TODAY


def test_i17_1_bad_input_saves_nothing(database: Database, tmp_path: Path) -> None:
    p = program(database, tmp_path)
    with pytest.raises(ContributionError) as unknown:
        p.add("U1", "tricot")
    assert unknown.value.code == "unknown_kind"
    assert "testimonial" in unknown.value.values["known"]
    with pytest.raises(ContributionError) as future:
        p.add("U1", "review", TODAY + timedelta(days=1))
    assert future.value.code == "future_date"
    with pytest.raises(ContributionError) as bad_link:
        p.add("U1", "review", url="ftp://example.org/x")
    assert bad_link.value.code == "bad_link"
    assert rows(database) == []


def test_i17_3_the_same_proof_counts_once(database: Database, tmp_path: Path) -> None:
    p = program(database, tmp_path)
    p.add("U1", "review", url="https://www.g2.com/acme/?utm_source=mail")
    with pytest.raises(ContributionError) as again:
        p.add("U2", "review", url="http://g2.com/acme#reviews")  # someone else, same page
    assert again.value.code == "duplicate_proof" and again.value.values["id"] == "1"
    shot = b"\x89PNG screenshot bytes"
    first = p.add("U1", "social_share", file=shot)
    kept = tmp_path / str(first.contribution.proof_file)
    assert kept.read_bytes() == shot and len(first.contribution.proof_sha256 or "") == 64
    with pytest.raises(ContributionError) as same_file:
        p.add("U2", "social_share", file=shot)
    assert same_file.value.code == "duplicate_proof"
    assert len(rows(database)) == 2


def test_i17_3_daily_caps_keep_the_row_without_points(database: Database, tmp_path: Path) -> None:
    p = program(database, tmp_path)
    shares = [p.add("U1", "social_share") for _ in range(6)]  # cap 5 a day
    assert [s.contribution.capped for s in shares] == [False] * 5 + [True]
    assert shares[-1].contribution.points == 0
    assert p.add("U1", "social_share", TODAY - timedelta(days=1)).contribution.points == 10
    assert p.add("U2", "social_share").contribution.points == 10  # caps are per person
    state = shares[-1].standing
    assert state is not None and state.total_points == 50


def test_i17_1_a_solicitation_done_logs_once(database: Database, tmp_path: Path) -> None:
    p = program(database, tmp_path)
    book = SolicitationBook(database, p.clock)
    (row,) = book.create(
        [
            NewSolicitation(
                client="acme",
                kind="event",
                title="Salon",
                description=None,
                start_at=None,
                deadline_at=p.clock.now() + timedelta(days=10),
                timezone="Europe/Paris",
                places=1,
                points=60,
                target_groups=(),
                target_person_ids=(),
                auto=False,
                source="cli",
                external_uid=None,
                created_by="cli",
            )
        ]
    ).created
    assert row.id is not None
    with database.session() as session:
        first = p.log.for_done(session, p.config, row.id, "event", 60, p.ids["U1"], "slack:U1")
    with database.session() as session:
        again = p.log.for_done(session, p.config, row.id, "event", 60, p.ids["U1"], "slack:U1")
    assert first.contribution.id == again.contribution.id
    assert first.pending and first.contribution.points == 60  # the ask's own points
    assert first.contribution.solicitation_id == row.id
    assert first.contribution.source == "solicitation"


def csv_file(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "history.csv"
    path.write_text("date,person,kind,proof,note\n" + body, encoding="utf-8")
    return path


def test_i17_1_import_is_all_or_nothing_with_line_numbers(
    database: Database, tmp_path: Path
) -> None:
    p = program(database, tmp_path)
    (tmp_path / "shot.png").write_bytes(b"png bytes")
    path = csv_file(
        tmp_path,
        "2026-05-04,slack:U1,testimonial,https://acme.example/case/lea,vidéo\n"
        "04/05/2026,lea@example.org,avis,shot.png,\n"
        "2026-05-05,slack:U7,review,,inconnu\n"
        "2026-05-06,slack:U2,tricot,,\n"
        "2099-01-01,slack:U2,review,,\n"
        "2026-05-07,slack:U2,review,missing.png,\n"
        "2026-05-08,slack:U2,review,https://ACME.example/case/lea/,même page\n"
        "2026-05-09,not a person,review,,\n",
    )
    importer = Importer(database, tmp_path, p.clock)
    report = importer.import_file(p.config, path)
    assert not report.saved and rows(database) == []
    assert [(x.line, x.code) for x in report.problems] == [
        (4, "unknown_person"),
        (5, "unknown_kind"),
        (6, "future_date"),
        (7, "proof_not_found"),
        (8, "duplicate_proof"),
        (9, "bad_person"),
    ]
    report = importer.import_file(p.config, path, skip_bad=True)
    assert report.saved and len(report.imported) == 2
    stored = rows(database)
    assert {r.status for r in stored} == {"approved"}  # history counts as approved
    assert {r.source for r in stored} == {"import"}
    assert report.badges >= 2  # first contribution, first testimonial
    assert p.outbox() == []  # history is not news: nobody is messaged


def test_i17_1_import_refuses_a_file_without_the_columns(
    database: Database, tmp_path: Path
) -> None:
    p = program(database, tmp_path)
    path = tmp_path / "bad.csv"
    path.write_text("when,who\n2026-01-01,slack:U1\n", encoding="utf-8")
    report = Importer(database, tmp_path, p.clock).import_file(p.config, path)
    assert report.file_problem is not None and report.file_problem.code == "bad_header"


def test_i17_1_listing_filters(database: Database, tmp_path: Path) -> None:
    p = program(database, tmp_path)
    p.add("U1", "review", date(2027, 3, 1))
    p.add("U1", "testimonial", date(2027, 3, 2))
    p.add("U2", "review", date(2027, 3, 3))
    everyone = listing(database, p.config, Filters())
    assert [item.contribution.occurred_on.day for item in everyone] == [3, 2, 1]
    lea = listing(database, p.config, Filters(person_id=p.ids["U1"], kind="review"))
    assert len(lea) == 1 and lea[0].identities == ["slack:U1"]
    pending = listing(database, p.config, Filters(status="pending"))
    assert [i.contribution.kind for i in pending] == ["testimonial"]
    march = listing(database, p.config, Filters(since=date(2027, 3, 2), until=date(2027, 3, 2)))
    assert [i.contribution.kind for i in march] == ["testimonial"]
    assert listing(database, p.config.model_copy(update={"name": "globex"}), Filters()) == []
