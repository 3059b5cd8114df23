"""Issue 16 items 3, 4 and 6 in the database (SQLite and PostgreSQL): an unanswered
invitation gives its place after the answer window, a late yes, "it is full", stopping,
and resuming that plans the dropped reminders again."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlmodel import select

from bot.clock import ManualClock
from bot.core.messages import Reply
from bot.outbox import Outbox, OutboxMessage, SenderLoop
from bot.people import Roster
from bot.people.roster import RosterEntry
from bot.solicitations import SolicitationBook
from bot.solicitations.answers import Answer, Answers
from bot.solicitations.drafts import NewSolicitation
from bot.solicitations.fairness import LeftOut
from bot.solicitations.planner import Planner, Recipient
from bot.solicitations.tables import SolicitationResponse
from bot.store import Database
from bot.tenants import ClientConfig
from skills.solicitations import deliveries
from skills.solicitations.render import proposal_text

NOW = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)  # Monday 10:00 in Paris
DEADLINE = NOW + timedelta(days=11, hours=8)  # Friday 12 March, 18:00 in Paris
CONFIG = ClientConfig(name="acme")  # the defaults: a 72 h window, up to 2 invitations a place
AUTO = ClientConfig(name="acme", solicitations={"replace_on_decline": "auto"})
CM = Recipient("slack", "UCM")
LEA, MARC, ZOE, NOE = 1, 2, 3, 4


def program(db: Database, places: int = 1, *, people: int = 4) -> int:
    names = ["Léa", "Marc", "Zoé", "Noé", "Inès"][:people]
    entries = [RosterEntry("slack", f"U{n}", name, groups=("amb",)) for n, name in enumerate(names)]
    Roster(db).import_entries("acme", [*entries, RosterEntry("slack", "UCM", "Camille")])
    item = NewSolicitation(
        client="acme",
        kind="testimonial",
        title="Témoignage",
        description=None,
        start_at=None,
        deadline_at=DEADLINE,
        timezone="Europe/Paris",
        places=places,
        points=50,
        target_groups=("amb",),
        target_person_ids=(),
        auto=False,
        source="cli",
        external_uid=None,
        created_by="slack:UCM",
    )
    [row] = SolicitationBook(db).create([item]).created
    assert row.id is not None
    return row.id


@dataclass
class Courier:
    """The sender loop without the chat pipeline: each due row built as the skill builds it."""

    db: Database
    clock: ManualClock
    config: ClientConfig
    sent: list[Reply] = field(default_factory=list)

    def until(self, end: datetime) -> list[Reply]:
        outbox = Outbox(self.db, self.clock)
        loop = SenderLoop(outbox, self._send, clock=self.clock)
        start = len(self.sent)
        while True:
            loop.run_once()
            due = outbox.next_due()
            if due is None or due > end:
                break
            self.clock.set(max(due, self.clock.now()))
        self.clock.set(max(end, self.clock.now()))
        loop.run_once()
        return self.sent[start:]

    def _send(self, message: OutboxMessage) -> None:
        assert message.id is not None
        reply = deliveries.build(self.db, self.config, message.id, self.clock.now())
        if reply is not None:
            self.sent.append(reply)


def statuses(db: Database, sid: int) -> dict[int, str]:
    with db.session() as session:
        rows = session.exec(
            select(SolicitationResponse).where(SolicitationResponse.solicitation_id == sid)
        )
        return {r.person_id: r.status for r in rows}


def outbox(db: Database) -> dict[str, OutboxMessage]:
    with db.session() as session:
        return {m.key: m for m in session.exec(select(OutboxMessage))}


def confirmed(db: Database, clock: ManualClock, config: ClientConfig, places: int = 1) -> int:
    sid = program(db, places)
    planner = Planner(db, clock)
    planner.propose(config, sid)
    planner.confirm(config, sid, CM)
    return sid


def test_i16_3_the_list_covers_the_places_with_expected_answers_and_says_why(
    database: Database,
) -> None:
    sid = program(database, places=1)
    result = Planner(database, ManualClock(NOW)).propose(CONFIG, sid)
    # Nothing known yet: each newcomer has an even chance; two of them cover one place.
    assert [listed.name for listed in result.listed] == ["Léa", "Marc"]
    assert result.expected_answers == 1.0
    assert [r.candidate.name for r in result.proposal.spare] == ["Zoé", "Noé"]
    text, _ = proposal_text("fr", CONFIG, result, 2)
    assert "2 invitations pour 1 place(s)" in text and "environ 1,0 réponse(s)" in text
    assert "Les premiers « oui » prennent les places" in text
    assert "sans réponse sous 72 h" in text and "que je vous proposerai" in text
    one = ClientConfig(name="acme", solicitations={"invitations_per_place": 1})
    result = Planner(database, ManualClock(NOW)).propose(one, sid)
    assert [listed.name for listed in result.listed] == ["Léa"]
    english, _ = proposal_text("en", AUTO, result, 2)
    assert "invitations for" not in english and "invited at once" in english


def test_i16_4_an_unanswered_invitation_gives_its_place_to_the_next_person(
    database: Database,
) -> None:
    clock = ManualClock(NOW)
    sid = confirmed(database, clock, CONFIG)
    courier = Courier(database, clock, CONFIG)
    invitations = courier.until(NOW)
    assert [r.user_id for r in invitations] == ["U0", "U1"]
    assert "Merci de répondre avant le 04/03/2027 10:00" in invitations[0].text
    window = outbox(database)[f"solicitation:{sid}:person:{LEA}:window"]
    assert window.status == "pending"
    # Léa declines: Marc alone (an even chance) does not cover the place; Camille is asked.
    clock.advance(timedelta(hours=1))
    Answers(database, clock).answer(CONFIG, sid, LEA, Answer.DECLINE)
    [declined] = courier.until(clock.now())
    assert declined.user_id == "UCM"
    assert declined.text == "Léa a décliné « Témoignage ». Au tour de : Zoé. L'inviter ?"
    # She does nothing; three days without a word from Marc: his invitation lapses, and
    # Camille is asked again, now for two people (nobody is left covering the place).
    [offer] = courier.until(NOW + timedelta(days=3, minutes=1))
    assert statuses(database, sid)[MARC] == "lapsed"
    assert offer.user_id == "UCM"
    assert "Marc n'a pas répondu à « Témoignage » dans le délai de réponse" in offer.text
    assert "Au tour de : Zoé, Noé" in offer.text  # two even chances for the open place
    assert [c.value for c in offer.choices] == [f"{sid}:{ZOE}", f"{sid}:{NOE}"]
    _, name = Answers(database, clock).replace(CONFIG, sid, ZOE)
    assert name == "Zoé" and statuses(database, sid)[ZOE] == "invited"


def test_i16_4_automatic_replacement_after_the_window(database: Database) -> None:
    clock = ManualClock(NOW)
    sid = confirmed(database, clock, AUTO)
    courier = Courier(database, clock, AUTO)
    courier.until(NOW)
    sent = courier.until(NOW + timedelta(days=3, minutes=1))  # both lapse: two more invited
    assert sorted(r.user_id or "" for r in sent) == ["U2", "U3"]
    assert statuses(database, sid) == {
        LEA: "lapsed",
        MARC: "lapsed",
        ZOE: "invited",
        NOE: "invited",
    }
    # The silent get one reminder while a place is free, worded for their late answer.
    reminders = courier.until(DEADLINE - timedelta(hours=71))
    lapsed = [r for r in reminders if r.user_id in ("U0", "U1")]
    assert len(lapsed) == 2 and all("Il reste de la place" in r.text for r in lapsed)


def test_i16_4_a_late_yes_takes_a_free_place_then_the_others_are_told_it_is_full(
    database: Database,
) -> None:
    clock = ManualClock(NOW)
    sid = confirmed(database, clock, AUTO)
    courier = Courier(database, clock, AUTO)
    courier.until(NOW + timedelta(days=3, minutes=1))  # Léa and Marc lapse; Zoé, Noé invited
    answers = Answers(database, clock)
    late = answers.answer(AUTO, sid, LEA, Answer.ACCEPT)
    assert late.late and not late.full and late.response.status == "accepted"
    # The last place is taken: Zoé and Noé, still invited, are told it is full; their
    # reminders and windows go.
    assert statuses(database, sid)[ZOE] == statuses(database, sid)[NOE] == "full"
    keys = outbox(database)
    assert keys[f"solicitation:{sid}:person:{ZOE}:reminder:72h"].status == "cancelled"
    assert keys[f"solicitation:{sid}:person:{ZOE}:full"].status == "pending"
    told = courier.until(clock.now())
    assert sorted(r.user_id or "" for r in told) == ["U2", "U3"]
    assert all("Toutes les places de « Témoignage » sont prises" in r.text for r in told)
    # Marc's yes now: thanked, told it is full; nothing changes, his answer is on record.
    result = answers.answer(AUTO, sid, MARC, Answer.ACCEPT)
    assert result.full and result.response.status == "full"
    assert result.response.answered_at is not None
    # Zoé answers after being told: thanked too, and her answer counts as an answer.
    assert answers.answer(AUTO, sid, ZOE, Answer.ACCEPT).full
    # No silent reminder goes to anyone any more.
    later = courier.until(DEADLINE - timedelta(hours=1))
    assert [r.user_id for r in later if r.user_id != "UCM"] == ["U0", "U0"]  # Léa's two


def test_i16_4_an_invitation_not_sent_when_the_places_fill_is_withdrawn(
    database: Database,
) -> None:
    clock = ManualClock(NOW.replace(hour=21))  # 22:00 in Paris: invitations wait for 08:30
    sid = confirmed(database, clock, CONFIG)
    Answers(database, clock).answer(CONFIG, sid, LEA, Answer.DONE)  # done before asked
    assert statuses(database, sid) == {LEA: "done", MARC: "set_aside"}
    keys = outbox(database)
    assert keys[f"solicitation:{sid}:person:{MARC}:invitation"].status == "cancelled"
    assert f"solicitation:{sid}:person:{MARC}:full" not in keys


def test_i16_6_stop_gives_the_places_and_resume_plans_the_reminders_again(
    database: Database,
) -> None:
    clock = ManualClock(NOW)
    sid = confirmed(database, clock, AUTO, places=2)  # 4 invited for 2 places
    courier = Courier(database, clock, AUTO)
    courier.until(NOW)
    answers = Answers(database, clock)
    answers.answer(AUTO, sid, LEA, Answer.ACCEPT)
    clock.advance(timedelta(days=1))
    assert answers.stop(AUTO, LEA) == 2  # her two reminders (the window is no message)
    assert answers.stop(AUTO, MARC) == 2  # his reminders; and his place is no longer held
    assert statuses(database, sid)[MARC] == "lapsed"
    clock.advance(timedelta(days=5))  # Sunday 7 March: the 72 h reminder is still ahead
    resumed = answers.resume(AUTO, LEA)
    assert resumed.changed and resumed.reminders == 2
    keys = outbox(database)
    again = [k for k in keys if ":person:1:reminder:" in k and ":resumed:" in k]
    assert len(again) == 2 and all(keys[k].status == "pending" for k in again)
    assert answers.resume(AUTO, LEA).reminders == 0  # nothing twice
    sent = courier.until(DEADLINE)
    to_lea = [r for r in sent if r.user_id == "U0"]
    assert [r.text.split(" :")[0] for r in to_lea] == ["Rappel", "Rappel"]
    # Not for what she did not accept, nor once the deadline is past.
    clock.set(DEADLINE + timedelta(hours=1))
    answers.stop(AUTO, LEA)
    assert answers.resume(AUTO, LEA).reminders == 0


def test_i16_3_resuming_forgives_the_silences_that_paused_someone(database: Database) -> None:
    clock = ManualClock(NOW)
    one = ClientConfig(
        name="acme", solicitations={"invitations_per_place": 1, "max_asks_per_30_days": 5}
    )
    db, planner = database, Planner(database, clock)
    sids = []
    for week in range(3):  # three asks Léa leaves unanswered, one a week
        sid = program(db, people=1) if week == 0 else _again(db, week)
        planner.propose(one, sid)
        planner.confirm(one, sid, CM)
        Courier(db, clock, one).until(clock.now() + timedelta(days=3, minutes=1))
        clock.advance(timedelta(days=4))
        sids.append(sid)
    fourth = _again(db, 3)
    result = planner.propose(one, fourth)
    why = {e.candidate.name: e.why for e in result.proposal.left_out}
    assert why["Léa"] is LeftOut.UNRESPONSIVE and result.paused_now == ["Léa"]
    Answers(db, clock).resume(one, LEA)  # "keep me in"
    with db.session() as session:
        reasons = [
            json.loads(r.reason or "{}")
            for r in session.exec(select(SolicitationResponse))
            if r.solicitation_id in sids
        ]
    assert all(reason.get("forgiven") for reason in reasons)
    result = planner.propose(one, fourth)
    assert [listed.name for listed in result.listed] == ["Léa"]  # not paused again at once


def _again(db: Database, week: int) -> int:
    item = NewSolicitation(
        client="acme",
        kind="review",
        title=f"Avis {week}",
        description=None,
        start_at=None,
        deadline_at=DEADLINE + timedelta(weeks=week),
        timezone="Europe/Paris",
        places=1,
        points=20,
        target_groups=("amb",),
        target_person_ids=(),
        auto=False,
        source="cli",
        external_uid=None,
        created_by="slack:UCM",
    )
    [row] = SolicitationBook(db).create([item]).created
    assert row.id is not None
    return row.id
