"""The fair choice and quiet hours, as pure functions (issue 16 items 3 and 4)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.solicitations.fairness import Candidate, LeftOut, propose
from bot.solicitations.quiet import Quiet, next_allowed
from bot.tenants import QuietHours

NOW = datetime(2027, 3, 1, 10, 0, tzinfo=UTC)  # a Monday


def person(pid: int, **facts: object) -> Candidate:
    values: dict[str, object] = {"in_target": True, "status": "active", "name": f"p{pid}"}
    values.update(facts)
    return Candidate(person_id=pid, **values)  # type: ignore[arg-type]


def ago(days: float) -> datetime:
    return NOW - timedelta(days=days)


def choose(candidates: list[Candidate], places: int = 2, kind: str = "testimonial"):
    return propose(candidates, kind=kind, places=places, now=NOW, max_asks=2, unanswered_limit=3)


def test_i16_3_rotation_puts_the_never_asked_and_the_longest_unasked_first():
    proposal = choose(
        [
            person(1, asked_at=(ago(3),)),
            person(2, asked_at=(ago(40),)),
            person(3),
            person(4, asked_at=(ago(20),)),
        ],
        places=2,
    )
    assert [r.person_id for r in proposal.picked] == [3, 2]
    assert [r.person_id for r in proposal.spare] == [4, 1]
    assert proposal.picked[0].days_since_last_ask is None
    assert proposal.picked[1].days_since_last_ask == 40


def test_i16_3_load_cap_counts_every_solicitation_in_a_rolling_30_days():
    busy = person(1, asked_at=(ago(29), ago(2)))
    old = person(2, asked_at=(ago(31), ago(35)))  # outside the window: not counted
    proposal = choose([busy, old], places=2)
    assert [r.person_id for r in proposal.picked] == [2]
    [excluded] = proposal.left_out
    assert excluded.why is LeftOut.OVER_LOAD and excluded.asks_in_window == 2
    assert proposal.short == 1 and proposal.eligible == 1


def test_i16_3_preference_then_responsiveness_break_ties_within_a_week():
    same_week = (ago(10),)
    proposal = choose(
        [
            person(1, asked_at=same_week),
            person(2, asked_at=same_week, preferred_kinds=("testimonial",)),
            person(3, asked_at=same_week, unanswered_in_a_row=1),
            person(4, asked_at=same_week, unanswered_in_a_row=0),
        ],
        places=4,
    )
    assert [r.person_id for r in proposal.picked] == [2, 1, 4, 3]
    assert proposal.picked[0].prefers_kind


def test_i16_3_everyone_left_out_has_a_reason():
    proposal = choose(
        [
            person(1, in_target=False),
            person(2, status="left"),
            person(3, status="paused", paused_until=NOW + timedelta(days=3)),
            person(4, status="paused", paused_until=ago(1)),  # the pause is over
            person(5, in_handoff=True),
            person(6, reminders_stopped=True),
            person(7, unanswered_in_a_row=3),
            person(8, already_asked=True),
            person(9, set_aside=True),
            person(10, status="paused"),  # until they resume
        ],
        places=3,
    )
    assert [r.person_id for r in proposal.picked] == [4]
    why = {e.candidate.person_id: e.why for e in proposal.left_out}
    assert why == {
        1: LeftOut.NOT_IN_TARGET,
        2: LeftOut.LEFT,
        3: LeftOut.PAUSED,
        5: LeftOut.IN_HANDOFF,
        6: LeftOut.STOPPED,
        7: LeftOut.UNRESPONSIVE,
        8: LeftOut.ALREADY_ASKED,
        9: LeftOut.SET_ASIDE,
        10: LeftOut.PAUSED,
    }
    assert [c.person_id for c in proposal.unresponsive] == [7]
    assert proposal.short == 2
    assert proposal.reasons()[LeftOut.PAUSED] == 2


def test_i16_3_the_same_facts_give_the_same_list():
    people = [person(i, asked_at=(ago(i),)) for i in range(1, 30)]
    first = [r.person_id for r in choose(people, places=5).picked]
    again = [r.person_id for r in choose(list(reversed(people)), places=5).picked]
    assert first == again


PARIS = ZoneInfo("Europe/Paris")
DEFAULT = Quiet.of(QuietHours())


def local(text: str, zone: ZoneInfo = PARIS) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=zone)


def test_i16_4_a_moment_in_quiet_hours_moves_to_the_next_allowed_minute():
    # Tuesday 22:10 in Paris -> Wednesday 08:30 in Paris
    assert next_allowed(local("2027-03-02T22:10"), PARIS, DEFAULT) == local("2027-03-03T08:30")
    # Wednesday 07:00 -> the same morning at 08:30
    assert next_allowed(local("2027-03-03T07:00"), PARIS, DEFAULT) == local("2027-03-03T08:30")
    # Friday 21:00 -> Monday 08:30 (the weekend is quiet)
    assert next_allowed(local("2027-03-05T21:00"), PARIS, DEFAULT) == local("2027-03-08T08:30")
    # An allowed moment is kept as it is.
    assert next_allowed(local("2027-03-03T14:00"), PARIS, DEFAULT) == local("2027-03-03T14:00")


def test_i16_4_quiet_hours_are_read_in_the_persons_own_zone_and_overrides():
    tokyo = ZoneInfo("Asia/Tokyo")
    moment = local("2027-03-03T14:00")  # 22:00 in Tokyo: quiet there
    assert next_allowed(moment, tokyo, DEFAULT) == local("2027-03-04T08:30", tokyo)
    owl = Quiet.of(QuietHours(), {"start": "23:30", "end": "10:00", "weekends": False})
    assert next_allowed(local("2027-03-06T22:00"), PARIS, owl) == local("2027-03-06T22:00")
    assert next_allowed(local("2027-03-06T23:45"), PARIS, owl) == local("2027-03-07T10:00")


def test_i16_3_a_long_list_of_people_left_out_is_counted_by_reason():
    from bot.solicitations.planner import ProposalResult
    from bot.solicitations.tables import Solicitation
    from bot.tenants import ClientConfig
    from skills.solicitations.render import proposal_text

    people = [person(i, status="paused") for i in range(1, 16)]
    people += [person(i, asked_at=(ago(1), ago(2))) for i in range(16, 20)]
    proposal = choose(people, places=2)
    row = Solicitation(
        id=7,
        client="acme",
        kind="review",
        title="Avis",
        deadline_at=NOW + timedelta(days=9),
        timezone="Europe/Paris",
        places=2,
    )
    body, choices = proposal_text("fr", ClientConfig(name="acme"), ProposalResult(row, proposal), 2)
    assert "Seulement 0 personne(s) éligible(s) pour 2 place(s)." in body
    assert "Écarté·es (19) :" in body and "… et 7 autre(s)." in body
    assert "En tout, par raison : en pause : 15, déjà 2 sollicitation(s)" in body
    assert choices == ()  # nothing to confirm
