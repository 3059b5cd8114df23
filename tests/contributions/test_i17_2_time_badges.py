"""Issue 17, item 2 (leftover): badges that time alone earns ("one year in the program")
are given by a daily job of the running bot, told as any badge, once, and never to staff or
to people who left."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlmodel import select

from bot.assistant import Assistant
from bot.contributions.prefs import PreferenceBook
from bot.contributions.tables import BadgeAward, Contribution
from bot.contributions.tenure import award_time_badges
from bot.people import Roster
from bot.people.roster import RosterEntry
from bot.people.tables import Person
from bot.store import Database
from bot.tenants import ClientConfig
from skills.contributions.deliveries import build
from tests.contributions.support import NOW, program


def _joined(db: Database, person_id: int, when: datetime, status: str = "active") -> None:
    with db.session() as session:
        person = session.get(Person, person_id)
        assert person is not None
        person.created_at, person.status = when, status
        session.add(person)


def _badges(db: Database) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    with db.session() as session:
        for award in session.exec(select(BadgeAward).order_by(BadgeAward.id)):  # type: ignore[arg-type]
            found.setdefault(award.person_id, []).append(award.badge)
    return found


def test_i17_2_the_daily_job_gives_time_badges_once(database: Database, tmp_path: Path) -> None:
    config = ClientConfig.model_validate(
        {
            "name": "acme",
            "roles": {"facilitator": ["Animateurs"]},
            "contributions": {"community_channels": {"slack": "C-COMMUNITY"}},
        }
    )
    p = program(database, tmp_path, config)
    lea, marc, zoe, camille = (p.ids[u] for u in ("U1", "U2", "U3", "U9"))
    Roster(database).import_entries(
        "acme", [RosterEntry("slack", "U7", "Noé", groups=("animateurs",))]
    )
    with database.session() as session:
        noe = session.exec(select(Person.id).where(Person.name == "Noé")).one()
    year_ago = NOW - timedelta(days=366)
    for person_id in (lea, marc, camille, noe):
        _joined(database, person_id, year_ago)
    _joined(database, zoe, NOW - timedelta(days=300))  # not a year yet
    _joined(database, lea, year_ago, status="left")
    PreferenceBook(database, p.clock).set(marc, "channel_opt_in", True)

    assert award_time_badges(database, config, NOW) == 1
    # Marc only: Léa left, Zoé is too recent, Camille is a community manager (last role seen)
    # and Noé a facilitator by the roster group the client's roles map to staff.
    assert _badges(database) == {marc: ["one_year"]}
    messages = [m for m in p.outbox() if m.person_id == marc]
    assert sorted(m.kind for m in messages) == ["contrib.celebrate", "contrib.earned"]
    for message in messages:
        reply = build(database, config, message.id or 0, NOW)
        assert reply is not None and reply.text.strip()

    assert award_time_badges(database, config, NOW + timedelta(days=1)) == 0  # once
    assert len(p.outbox()) == len(messages)

    # Zoé's history, imported without recognition: a year after her first contribution
    # (joined: the earlier of that and her roster entry), both badges at once.
    with database.session() as session:
        old = Contribution(
            client="acme", person_id=zoe, kind="review", occurred_on=date(2026, 3, 1)
        )
        old.points, old.status, old.source = 20, "approved", "import"
        session.add(old)
    assert award_time_badges(database, config, NOW) == 2
    assert sorted(_badges(database)[zoe]) == ["first_contribution", "one_year"]


async def test_i17_2_the_running_bot_plans_the_time_badges_daily(assistant: Assistant) -> None:
    db = assistant.services.db
    Roster(db).import_entries("acme", [RosterEntry("slack", "U5", "Inès")])
    with db.session() as session:
        ines = session.exec(select(Person).where(Person.name == "Inès")).one()
        ines.created_at = datetime.now(UTC) - timedelta(days=400)
        session.add(ines)
        ines_id = ines.id

    async def deliver(incoming, replies):
        return None

    assistant.services.scheduler.run(assistant.handle, deliver, platform="console")
    job = assistant.services.scheduler._scheduler.get_job("time-badges")
    assert job is not None and job.trigger.interval == timedelta(hours=24)
    await job.func()  # what the daily run does
    assert _badges(db) == {ines_id: ["one_year"]}
