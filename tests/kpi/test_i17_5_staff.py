"""Issue 17 item 5 (leftover): staff never count in the KPIs, whatever record says they
are staff — the role last seen in chat, a roster group the client's settings map to a
staff role (case aside), or the handoff escalation chain — on SQLite and PostgreSQL, in
the SQL card and the naive one alike."""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.contributions.tables import Contribution, LevelChange, NpsAnswer
from bot.kpi.card import compute
from bot.kpi.naive import compute_naive
from bot.kpi.scope import staff_ids
from bot.kpi.settings import KpiSettings
from bot.people.tables import Person, PersonIdentity
from bot.store import Database
from bot.tenants import ClientConfig
from tests.kpi.program import CLIENT, NOW, build, scope_of
from tests.kpi.test_i17_5_kpis import KINDS, LEVELS, PERIOD

STAFF_BY_SETTINGS = ClientConfig.model_validate(
    {
        "name": CLIENT,
        "roles": {"community_manager": ["équipe CM"], "facilitator": ["ΩΜΆΔΑ"]},
        "handoff": {"contacts": ["U-T"], "staff_platform": "slack"},
    }
)


def _card(db: Database, config: ClientConfig, naive: bool = False) -> dict:
    scope = scope_of(db, config=config)
    work = compute_naive if naive else compute
    with db.engine.connect() as connection:
        data = work(
            connection, scope, PERIOD, levels=LEVELS, kinds=KINDS,
            settings=KpiSettings(min_n=2), zone="Europe/Paris", now=NOW,
        ).as_json()  # fmt: skip
    data.pop("generated_at")
    return data


def _add_people(db: Database) -> dict[str, int]:
    """Three active contributors whose last role seen is not a staff one."""
    people = {
        "S": ("ambassador", ["Nord", "Équipe cm"], "slack", "U-S"),  # roster group → CM
        "T": (None, ["Sud"], "slack", "U-T"),  # in the handoff escalation chain
        "U": ("ambassador", ["ωμάδα"], "discord", "77"),  # a group with no ASCII letter
    }
    ids: dict[str, int] = {}
    with db.session() as session:
        for name, (role, groups, platform, user_id) in people.items():
            person = Person(
                client=CLIENT,
                name=name,
                role=role,
                groups=groups,
                created_at=datetime(2025, 1, 5, tzinfo=UTC),
            )
            session.add(person)
            session.flush()
            ids[name] = person.id or 0
            session.add(
                PersonIdentity(
                    client=CLIENT, person_id=ids[name], platform=platform, user_id=user_id
                )
            )
            for day in (date(2026, 2, 3), date(2026, 6, 12)):
                row = Contribution(
                    client=CLIENT, person_id=ids[name], kind="event", occurred_on=day
                )
                row.points, row.status, row.source = 40, "approved", "import"
                session.add(row)
            session.add(
                LevelChange(
                    client=CLIENT,
                    person_id=ids[name],
                    from_level="member",
                    to_level="active",
                    direction="up",
                    changed_at=datetime(2026, 3, 1, 12, tzinfo=UTC),
                )
            )
            session.add(
                NpsAnswer(
                    client=CLIENT,
                    person_id=ids[name],
                    score=0,
                    survey="2026-04",
                    answered_at=datetime(2026, 4, 7, 9, tzinfo=UTC),
                )
            )
    return ids


def test_i17_5_staff_by_settings_or_records_never_count(database: Database) -> None:
    build(database)
    before = _card(database, STAFF_BY_SETTINGS)
    extra = _add_people(database)
    with database.engine.connect() as connection:
        found = set(staff_ids(connection, STAFF_BY_SETTINGS))
        plain = set(staff_ids(connection, ClientConfig(name=CLIENT)))
    assert set(extra.values()) <= found and not set(extra.values()) & plain
    assert len(found - plain) == 3  # E (community manager by role) is in both
    # Staff by settings or records: the card is the one without them, SQL and naive alike.
    assert _card(database, STAFF_BY_SETTINGS) == before
    assert _card(database, STAFF_BY_SETTINGS, naive=True) == before
    # A client whose settings name none of them counts all three.
    counted = _card(database, ClientConfig(name=CLIENT))
    assert counted == _card(database, ClientConfig(name=CLIENT), naive=True)
    assert counted["ambassadors"] == before["ambassadors"] + 3
    assert counted["contributions"] == before["contributions"] + 6
    assert counted["nps"]["n"] == before["nps"]["n"] + 3
