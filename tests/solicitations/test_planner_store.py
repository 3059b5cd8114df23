"""The fair list, its confirmation and the answers, on SQLite and PostgreSQL (issue 16)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlmodel import select

from bot.clock import ManualClock
from bot.handoff.records import Handoff
from bot.outbox import OutboxMessage
from bot.people import Roster
from bot.people.roster import RosterEntry
from bot.solicitations import SolicitationBook
from bot.solicitations.answers import Answer, Answers
from bot.solicitations.auto import start_auto
from bot.solicitations.drafts import NewSolicitation
from bot.solicitations.fairness import LeftOut
from bot.solicitations.planner import Planner, Recipient
from bot.store import Database
from bot.tenants import ClientConfig

NOW = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)  # Monday 10:00 in Paris
# One invitation per place: these tests are about the list, the messages and stopping; the
# invitations for expected silence have their own (test_i16_fill_places.py).
CONFIG = ClientConfig(name="acme", solicitations={"invitations_per_place": 1})
CM = Recipient("slack", "UCM")


def setup_program(db: Database, *, auto: bool = False) -> int:
    Roster(db).import_entries(
        "acme",
        [
            RosterEntry("slack", "U1", "Léa", groups=("amb",)),
            RosterEntry("slack", "U2", "Marc", groups=("amb",)),
            RosterEntry("slack", "U3", "Zoé", groups=("amb",)),
            RosterEntry("slack", "UCM", "Camille", groups=("staff",)),
        ],
    )
    item = NewSolicitation(
        client="acme",
        kind="testimonial",
        title="Témoignage",
        description=None,
        start_at=None,
        deadline_at=NOW + timedelta(days=11, hours=8),  # Friday 12 March, 18:00 in Paris
        timezone="Europe/Paris",
        places=1,
        points=50,
        target_groups=("amb",),
        target_person_ids=(),
        auto=auto,
        source="cli",
        external_uid=None,
        created_by="slack:UCM",
    )
    [row] = SolicitationBook(db).create([item]).created
    assert row.id is not None
    return row.id


def outbox(db: Database) -> dict[str, str]:
    with db.session() as session:
        return {m.key: m.status for m in session.exec(select(OutboxMessage))}


def test_i16_3_an_open_handoff_leaves_a_person_out(database: Database) -> None:
    sid = setup_program(database)
    with database.session() as session:
        session.add(
            Handoff(
                client="acme",
                platform="slack",
                conversation_key="k",
                user_id="U1",
                category="complaint",
                rule="r",
                urgency="normal",
            )
        )
    result = Planner(database, ManualClock(NOW)).propose(CONFIG, sid)
    assert [listed.name for listed in result.listed] == ["Marc"]
    why = {e.candidate.name: e.why for e in result.proposal.left_out}
    assert why == {"Léa": LeftOut.IN_HANDOFF, "Camille": LeftOut.NOT_IN_TARGET}


def test_i16_4_confirm_decides_every_message_once(database: Database) -> None:
    sid = setup_program(database)
    clock = ManualClock(NOW)
    planner = Planner(database, clock)
    planner.propose(CONFIG, sid)
    planner.confirm(CONFIG, sid, CM)
    keys = outbox(database)
    prefix = f"solicitation:{sid}:person:1"
    assert set(keys) == {
        f"{prefix}:invitation",
        f"{prefix}:reminder:72h",
        f"{prefix}:reminder:24h",
        f"solicitation:{sid}:summary",
    }
    # A decline drops Léa's reminders and asks the community manager, in one transaction.
    clock.advance(timedelta(hours=2))
    result = Answers(database, clock).answer(CONFIG, sid, 1, Answer.DECLINE)
    assert result.manager_asked and result.response.response_delay_seconds is None
    keys = outbox(database)
    assert keys[f"{prefix}:reminder:72h"] == "cancelled"
    assert keys[f"solicitation:{sid}:replace:1"] == "pending"
    _, name = Answers(database, clock).replace(CONFIG, sid, 2)
    assert name == "Marc" and f"solicitation:{sid}:person:2:invitation" in outbox(database)


def test_i16_6_stop_cancels_pending_rows_with_the_change(database: Database) -> None:
    sid = setup_program(database, auto=True)
    clock = ManualClock(NOW)
    [started] = start_auto(Planner(database, clock), CONFIG)
    assert started.names == ["Léa"]
    assert start_auto(Planner(database, clock), CONFIG) == []  # once
    assert Answers(database, clock).stop(CONFIG, 1) == 3
    statuses = outbox(database)
    assert statuses[f"solicitation:{sid}:summary"] == "pending"  # for the manager, not Léa
    assert [k for k, s in statuses.items() if s == "pending" and ":person:1:" in k] == []
    # Léa will not see her invitation now: her place goes to Marc (an `auto` solicitation).
    assert statuses[f"solicitation:{sid}:person:2:invitation"] == "pending"
    assert Answers(database, clock).resume(CONFIG, 1).changed is True
