"""The handoff log: state changes, tenancy, and the times the KPIs need."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.handoff.records import ChangeRefused, Handoff, HandoffLog, NewHandoff
from bot.store import Database

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def new(category: str, client: str = "acme") -> NewHandoff:
    return NewHandoff(
        client=client,
        platform="console",
        conversation_key=f"console:{client}:x:lea",
        user_id="lea",
        user_name="Léa",
        language="fr",
        category=category,
        rule="r",
        urgency="high",
        danger=False,
        summary="Message déclencheur : <EMAIL>",
    )


def set_times(db: Database, handoff_id: int, **moments: datetime) -> None:
    with db.session() as session:
        row = session.get(Handoff, handoff_id)
        assert row is not None
        for name, moment in moments.items():
            setattr(row, name, moment)
        session.add(row)


def test_claim_then_resolve_records_who_and_when(database: Database):
    log = HandoffLog(database)
    row = log.open(new("anger"))
    assert row.id is not None and row.status == "open"
    claimed = log.claim("acme", row.id, "camille")
    assert claimed.status == "claimed" and claimed.claimed_by == "camille"
    with pytest.raises(ChangeRefused) as refused:
        log.claim("acme", row.id, "hugo")
    assert refused.value.reason == "claimed" and refused.value.claimed_by == "camille"
    resolved = log.resolve("acme", row.id, "camille")
    assert resolved.status == "resolved" and resolved.resolved_at is not None
    with pytest.raises(ChangeRefused, match="resolved"):
        log.resolve("acme", row.id, "camille")
    assert log.active("acme") == []


def test_escalation_is_refused_once_claimed(database: Database):
    log = HandoffLog(database)
    row = log.open(new("legal"))
    assert row.id is not None
    assert log.escalate("acme", row.id, "boss").escalations[0]["to"] == "boss"
    log.claim("acme", row.id, "camille")
    with pytest.raises(ChangeRefused):
        log.escalate("acme", row.id, "director")


def test_another_clients_handoff_is_not_found(database: Database):
    log = HandoffLog(database)
    row = log.open(new("legal", client="bravo"))
    assert row.id is not None
    assert log.get("acme", row.id) is None
    with pytest.raises(ChangeRefused, match="not_found"):
        log.claim("acme", row.id, "camille")


def test_time_to_claim_and_resolve_per_category(database: Database):
    log = HandoffLog(database)
    ids = [log.open(new(c)).id for c in ("distress", "distress", "distress", "anger")]
    assert all(i is not None for i in ids)
    minutes = timedelta(minutes=1)
    set_times(
        database, ids[0], created_at=T0, claimed_at=T0 + 4 * minutes, resolved_at=T0 + 30 * minutes
    )
    set_times(database, ids[1], created_at=T0, claimed_at=T0 + 10 * minutes)
    set_times(database, ids[2], created_at=T0)  # still waiting
    set_times(database, ids[3], created_at=T0 - timedelta(days=40), claimed_at=T0)
    log.open(new("distress", client="bravo"))

    anger, distress = log.claim_times("acme")
    assert (distress.category, distress.count, distress.claimed, distress.resolved) == (
        "distress",
        3,
        2,
        1,
    )
    assert distress.median_seconds_to_claim == 7 * 60
    assert distress.median_seconds_to_resolve == 30 * 60
    assert anger.median_seconds_to_resolve is None
    recent = log.claim_times("acme", since=T0 - timedelta(days=1))
    assert [t.category for t in recent] == ["distress"]
