"""A small program whose KPIs are computed by hand in `test_i17_5_kpis.py`.

Period 2026-01-01 → 2026-06-30, client time zone Europe/Paris. Every row is written
through the ORM, so the database triggers keep the KPI roll-ups (nothing is bulk-loaded).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from bot.contributions.tables import Contribution, LevelChange, NpsAnswer
from bot.kpi.scope import Scope, scope_for
from bot.people.tables import Person, PersonIdentity
from bot.solicitations.tables import Solicitation, SolicitationResponse
from bot.store import Database
from bot.tenants import ClientConfig

CLIENT = "acme"
NOW = datetime(2026, 7, 10, 12, tzinfo=UTC)
POINTS = {"review": 20, "event": 40, "testimonial": 50, "social_share": 10, "referral": 30}

# name: (created, status, role, groups, [(day, kind, status)])
PEOPLE: dict[str, tuple] = {
    "A": (
        "2024-03-01",
        "active",
        "ambassador",
        ["Nord"],
        [
            ("2025-02-10", "review", "approved"),
            ("2026-01-15", "review", "approved"),
            ("2026-03-03", "event", "approved"),
            ("2026-06-20", "testimonial", "approved"),
            ("2026-05-05", "review", "pending"),
            ("2026-05-06", "review", "rejected"),
        ],
    ),
    "B": (
        "2025-06-01",
        "active",
        None,
        ["Sud"],
        [
            ("2026-06-25", "social_share", "approved"),
            ("2026-06-26", "social_share", "approved"),
            ("2026-06-27", "review", "approved"),
        ],
    ),
    "C": ("2024-01-10", "left", "ambassador", ["Nord"], [("2025-05-05", "review", "approved")]),
    "D": ("2026-02-01", "active", "ambassador", ["Sud"], []),
    "E": (
        "2024-01-01",
        "active",
        "community_manager",
        ["Nord"],
        [
            ("2026-02-02", "review", "approved"),
            ("2026-03-03", "event", "approved"),
        ],
    ),
    "F": ("2026-08-01", "active", "ambassador", ["Sud"], []),
    "G": (
        "2023-05-01",
        "active",
        "ambassador",
        ["Nord"],
        [
            ("2024-09-10", "review", "approved"),
            ("2026-06-05", "review", "approved"),
        ],
    ),
    "H": (
        "2025-01-01",
        "active",
        "ambassador",
        ["Nord"],
        [
            ("2026-04-10", "event", "approved"),
            ("2026-04-11", "event", "approved"),
            ("2026-06-10", "referral", "approved"),
        ],
    ),
}

LEVELS = [  # (person, from, to, direction, when)
    ("A", None, "active", "up", "2025-06-01T10:00"),
    ("A", "active", "expert", "up", "2026-03-04T10:00"),
    ("B", None, "active", "up", "2026-06-28T10:00"),
    ("B", "active", "expert", "up", "2026-07-05T10:00"),  # after the period
    ("G", None, "active", "up", "2024-10-01T10:00"),
    ("G", "active", "member", "down", "2026-02-01T10:00"),
]

INVITED = datetime(2026, 3, 1, 9, tzinfo=UTC)
RESPONSES = [  # (person, invited_at, status, delay seconds or None)
    ("A", INVITED, "accepted", 10 * 3600),
    ("B", INVITED, "declined", 72 * 3600),
    ("D", INVITED, "silent", None),
    ("G", datetime(2026, 6, 30, 20, tzinfo=UTC), "done", 3600),  # 22:00 in Paris: June 30
    ("H", datetime(2025, 12, 31, 23, 30, tzinfo=UTC), "accepted", 30 * 3600),  # Jan 1st, Paris
    ("E", INVITED, "accepted", 3600),  # staff: not counted
    ("C", datetime(2025, 11, 1, 9, tzinfo=UTC), "accepted", 3600),  # before the period
]

NPS = [  # (person, score, answered_at, survey)
    ("A", 10, datetime(2026, 4, 2, 10, tzinfo=UTC), "2026-04"),
    ("B", 9, datetime(2026, 4, 3, 10, tzinfo=UTC), "2026-04"),
    ("D", 7, datetime(2026, 4, 4, 10, tzinfo=UTC), "2026-04"),
    ("G", 3, datetime(2026, 4, 5, 10, tzinfo=UTC), "2026-04"),
    ("H", 6, datetime(2026, 1, 5, 10, tzinfo=UTC), "2026-01"),
    ("E", 0, datetime(2026, 4, 6, 10, tzinfo=UTC), "2026-04"),  # staff
    ("C", 2, datetime(2025, 10, 3, 10, tzinfo=UTC), "2025-10"),  # before the period
]


def scope_of(db: Database, group: str | None = None, config: ClientConfig | None = None) -> Scope:
    """The card's scope as the service builds it (staff found by every record)."""
    with db.engine.connect() as connection:
        scope = scope_for(connection, config or ClientConfig(name=CLIENT), group)
    assert scope is not None
    return scope


def _at(value: str) -> datetime:
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


def build(db: Database, client: str = CLIENT) -> dict[str, int]:
    """Write the program; the person ids by name."""
    ids: dict[str, int] = {}
    with db.session() as session:
        for name, (created, status, role, groups, _) in PEOPLE.items():
            person = Person(
                client=client,
                name=f"Personne {name}",
                role=role,
                groups=groups,
                status=status,
                created_at=_at(f"{created}T08:00"),
            )
            session.add(person)
            session.flush()
            ids[name] = person.id or 0
            session.add(
                PersonIdentity(
                    client=client,
                    person_id=person.id or 0,
                    platform="console",
                    user_id=name.lower(),
                )
            )
    with db.session() as session:
        for name, (*_, rows) in PEOPLE.items():
            for day, kind, status in rows:
                session.add(
                    Contribution(
                        client=client,
                        person_id=ids[name],
                        kind=kind,
                        occurred_on=date.fromisoformat(day),
                        points=POINTS[kind],
                        status=status,
                        source="import",
                    )
                )
        for name, before, after, direction, when in LEVELS:
            session.add(
                LevelChange(
                    client=client,
                    person_id=ids[name],
                    from_level=before,
                    to_level=after,
                    direction=direction,
                    changed_at=_at(when),
                )
            )
        ask = Solicitation(
            client=client,
            kind="testimonial",
            title="Témoignage",
            deadline_at=NOW,
            timezone="Europe/Paris",
            status="closed",
        )
        session.add(ask)
        session.flush()
        for name, invited, status, delay in RESPONSES:
            answered = invited + timedelta(seconds=delay) if delay is not None else None
            session.add(
                SolicitationResponse(
                    client=client,
                    solicitation_id=ask.id or 0,
                    person_id=ids[name],
                    status=status,
                    invited_at=invited,
                    answered_at=answered,
                    response_delay_seconds=delay,
                )
            )
        for name, score, answered, survey in NPS:
            session.add(
                NpsAnswer(
                    client=client,
                    person_id=ids[name],
                    score=score,
                    answered_at=answered,
                    survey=survey,
                )
            )
    return ids
