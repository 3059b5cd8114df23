"""Issue 17, item 2: points, levels and badges — promotion at once, demotion by staff only,
told by DM (outside quiet hours) and in the community channel only for the opted-in."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from bot.contributions.errors import ContributionError
from bot.contributions.prefs import PreferenceBook
from bot.contributions.recognition import standing
from bot.contributions.tables import BadgeAward, LevelChange
from bot.store import Database
from bot.tenants import ClientConfig
from tests.contributions.support import TODAY, program


def levels(db: Database, person_id: int) -> list[tuple[str | None, str, str, str | None]]:
    with db.session() as session:
        return [
            (c.from_level, c.to_level, c.direction, c.changed_by)
            for c in session.exec(
                select(LevelChange)
                .where(LevelChange.person_id == person_id)
                .order_by(LevelChange.id)  # type: ignore[arg-type]
            )
        ]


def test_i17_2_promotion_needs_points_and_variety(database: Database, tmp_path: Path) -> None:
    p = program(database, tmp_path)
    lea = p.ids["U1"]
    for day in range(1, 6):  # 5 reviews: 100 points, but one kind only
        p.add("U1", "review", date(2027, 3, day))
    assert levels(database, lea) == []
    share = p.add("U1", "social_share")  # a second kind: "active" (100 points, 2 kinds)
    assert [x.level.id for x in share.promotions] == ["active"]
    assert levels(database, lea) == [("member", "active", "up", None)]
    assert share.standing is not None and share.standing.next is not None
    assert share.standing.next.id == "expert"


def test_i17_2_a_jump_of_two_levels_is_one_promotion(database: Database, tmp_path: Path) -> None:
    config = ClientConfig.model_validate(
        {
            "name": "acme",
            "contributions": {
                "levels": [
                    {"id": "member"},
                    {"id": "active", "min_points": 10},
                    {"id": "expert", "min_points": 20, "perks": {"fr": "une invitation"}},
                ]
            },
        }
    )
    p = program(database, tmp_path, config)
    logged = p.add("U1", "testimonial", approved=True)  # 50 points at once
    assert [x.level.id for x in logged.promotions] == ["expert"]
    assert levels(database, p.ids["U1"]) == [("member", "expert", "up", None)]


def test_i17_2_demotion_only_by_staff_and_moving_up_again_counts_from_then(
    database: Database, tmp_path: Path
) -> None:
    p = program(database, tmp_path)
    lea = p.ids["U1"]
    p.add("U1", "testimonial", approved=True)
    p.add("U1", "event", approved=True)
    p.add("U1", "review")  # 110 points, 3 kinds: active
    assert levels(database, lea)[-1][1] == "active"
    p.clock.advance(timedelta(days=1))
    done = p.reviews.set_level(p.config, lea, "member", by="slack:U9", reason="inactive")
    assert done.change.direction == "down"
    assert levels(database, lea)[-1] == ("active", "member", "down", "slack:U9")
    p.clock.advance(timedelta(hours=1))
    again = p.add("U1", "review", TODAY + timedelta(days=1))  # old points do not lift her
    assert again.promotions == []
    assert again.standing is not None and again.standing.points == 20
    assert again.standing.counted_since is not None
    with pytest.raises(ContributionError) as unknown:
        p.reviews.set_level(p.config, lea, "légende", by="slack:U9")
    assert unknown.value.code == "unknown_level"
    messages = {m.kind for m in p.outbox()}
    assert "contrib.level" in messages  # she is told of the staff's decision


def test_i17_2_badges_follow_their_rules_once(database: Database, tmp_path: Path) -> None:
    p = program(database, tmp_path)
    first = p.add("U1", "review")
    assert [b.rule.id for b in first.badges] == ["first_contribution"]
    for day in (1, 2):
        p.add("U1", "event", date(2027, 3, day), approved=True)
    third = p.add("U1", "event", date(2027, 3, 3), approved=True)
    assert "three_events" in [b.rule.id for b in third.badges]
    with database.session() as session:
        awarded = session.exec(select(BadgeAward.badge).where(BadgeAward.person_id == p.ids["U1"]))
        badges = list(awarded)
    assert badges.count("first_contribution") == 1 and "three_events" in badges


def test_i17_2_capped_rejected_and_pending_count_nothing(
    database: Database, tmp_path: Path
) -> None:
    p = program(database, tmp_path)
    pending = p.add("U1", "testimonial")
    with database.session() as session:
        state = standing(session, p.config, p.ids["U1"], TODAY)
    assert state.total_points == 0 and state.badges == []
    p.reviews.review(p.config, pending.contribution.id, approve=False, by="slack:U9", note="flou")  # type: ignore[arg-type]
    with database.session() as session:
        state = standing(session, p.config, p.ids["U1"], TODAY)
    assert state.total_points == 0 and state.contributions == 0


def test_i17_2_tenure_badge_and_points_window(database: Database, tmp_path: Path) -> None:
    """Levels count the window's points; badges and the total count everything."""
    config = ClientConfig.model_validate(
        {"name": "acme", "contributions": {"points_window_days": 30}}
    )
    p = program(database, tmp_path, config)
    old = p.add("U1", "review", date(2025, 1, 10), approved=True)  # over a year ago
    assert "one_year" in [b.rule.id for b in old.badges]  # in the program since then
    recent = p.add("U1", "review", TODAY, approved=True)
    assert recent.standing is not None
    assert (recent.standing.points, recent.standing.total_points) == (20, 40)


def test_i17_2_told_by_dm_outside_quiet_hours_and_in_the_channel_if_opted_in(
    database: Database, tmp_path: Path
) -> None:
    config = ClientConfig.model_validate(
        {"name": "acme", "contributions": {"community_channels": {"slack": "C0COMMUNITY"}}}
    )
    p = program(database, tmp_path, config)
    p.clock.set(datetime(2027, 3, 10, 21, 30, tzinfo=UTC))  # 22:30 in Paris: quiet
    # The person logs it in chat: no DM, the reply tells her (the skill's `tell_person`).
    logged = p.add("U1", "review", tell_person=False)
    assert [m.key for m in p.outbox()] == []
    testimonial = p.add("U1", "testimonial")
    assert logged.badges and testimonial.pending
    p.reviews.review(p.config, testimonial.contribution.id, approve=True, by="slack:U9")  # type: ignore[arg-type]
    (dm,) = p.outbox()
    assert dm.kind == "contrib.reviewed" and dm.recipient == "U1"
    assert dm.payload["badges"] == ["first_testimonial"] and dm.payload["approved"]
    assert dm.due_at.astimezone(UTC) == datetime(2027, 3, 11, 7, 30, tzinfo=UTC)  # 08:30
    # Opted in: the next badge is also celebrated in the community channel.
    PreferenceBook(database, p.clock).set(p.ids["U1"], "channel_opt_in", True)
    event = p.add("U1", "event")
    p.reviews.review(p.config, event.contribution.id, approve=True, by="slack:U9")  # type: ignore[arg-type]
    channel = [m for m in p.outbox() if m.kind == "contrib.celebrate"]
    assert [(m.platform, m.recipient) for m in channel] == [("slack", "C0COMMUNITY")]
    assert channel[0].payload["levels"] == ["active"]  # 110 points, 3 kinds


def test_i17_2_a_pending_contribution_reaches_the_staff_channel(
    database: Database, tmp_path: Path
) -> None:
    config = ClientConfig.model_validate({"name": "acme", "slack": {"handoff_channel": "C0STAFF"}})
    p = program(database, tmp_path, config)
    p.add("U1", "testimonial")
    (card,) = p.outbox()
    assert (card.kind, card.platform, card.recipient) == ("contrib.pending", "slack", "C0STAFF")
