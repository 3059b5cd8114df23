"""Issue 16 items 3-4: how many to invite and how long a silent invitation holds its place
(the pure rules of `bot/solicitations/places.py`, and a person's record)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.solicitations.fairness import AskRecord, Candidate, propose, tally
from bot.solicitations.places import (
    answer_by,
    answer_chance,
    invite_count,
    program_rate,
    stretch,
    uncovered,
)
from bot.tenants import ClientConfig

NOW = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)


def test_i16_4_the_answer_window_is_shortened_near_the_deadline() -> None:
    far, near = NOW + timedelta(days=10), NOW + timedelta(hours=30)
    assert answer_by(NOW, far, 72) == NOW + timedelta(hours=72)
    assert answer_by(NOW, near, 72) == NOW + timedelta(hours=15)  # half the time left
    assert answer_by(NOW, NOW - timedelta(hours=1), 72) == NOW  # past: no window at all


def test_i16_3_the_defaults_are_a_3_day_window_and_up_to_2_invitations_per_place() -> None:
    settings = ClientConfig(name="acme").solicitations
    assert settings.answer_window_hours == 72 and settings.invitations_per_place == 2
    with pytest.raises(ValueError):
        ClientConfig(name="acme", solicitations={"invitations_per_place": 0.5})
    with pytest.raises(ValueError):
        ClientConfig(name="acme", solicitations={"answer_window_hours": 0})


def test_i16_3_a_chance_of_answering_is_a_record_pulled_toward_the_program() -> None:
    assert program_rate([]) == 0.5  # nothing known yet
    rate = program_rate([(3, 4), (0, 4)])  # 3 answers out of 8 finished asks
    assert rate == pytest.approx(4 / 10)
    assert answer_chance(0, 0, rate) == pytest.approx(rate)  # a newcomer: the program's
    assert answer_chance(5, 5, rate) > 0.8 > answer_chance(5, 6, rate)
    assert answer_chance(0, 6, rate) < 0.15


def test_i16_3_invitations_cover_the_places_with_expected_answers() -> None:
    # Two places, people with an even chance: four invitations (twice the places at most).
    assert invite_count([0.5] * 10, needed=2, waiting=[], per_place=2) == 4
    # Reliable people: one each.
    assert invite_count([0.95, 0.95, 0.5], needed=2, waiting=[], per_place=2) == 3
    assert invite_count([1.0, 1.0, 0.5], needed=2, waiting=[], per_place=2) == 2
    # Those still waiting count; nobody more when they cover the places.
    assert invite_count([0.5] * 5, needed=1, waiting=[0.5, 0.5], per_place=2) == 0
    assert not uncovered(1, [0.5, 0.5], 2)
    assert invite_count([0.5] * 5, needed=1, waiting=[0.4], per_place=2) == 1
    # One per place: exactly the free places, whatever the chances.
    assert invite_count([0.1] * 5, needed=3, waiting=[0.2], per_place=1) == 2
    assert invite_count([0.5], needed=0, waiting=[], per_place=2) == 0
    assert invite_count([0.5], needed=3, waiting=[], per_place=2) == 1  # nobody else left


def test_i16_3_stretch_keeps_the_fair_order() -> None:
    people = [
        Candidate(person_id=n, name=f"P{n}", in_target=True, status="active") for n in range(1, 7)
    ]
    proposal = propose(people, kind="review", places=2, now=NOW, max_asks=2, unanswered_limit=3)
    assert [r.person_id for r in proposal.picked] == [1, 2]
    stretch(proposal, 0.5, 2, [], 2)
    assert [r.person_id for r in proposal.picked] == [1, 2, 3, 4]
    assert [r.person_id for r in proposal.spare] == [5, 6]


def test_i16_3_a_record_counts_lapsed_silences_and_forgives_after_a_resume() -> None:
    day = timedelta(days=1)

    def ask(days: int, **facts: bool) -> AskRecord:
        return AskRecord(NOW + days * day, facts.pop("finished", True), **facts)

    silent = [ask(1, answered=False), ask(2, answered=False), ask(3, answered=False)]
    record = tally(silent)
    assert (record.silent_in_a_row, record.answered, record.finished) == (3, 0, 3)
    # A still-open ask gives no verdict; the latest answer ends the streak.
    assert tally([*silent, ask(4, finished=False, answered=False)]).silent_in_a_row == 3
    assert tally([*silent, ask(4, answered=True)]).silent_in_a_row == 0
    # Told it was full before answering: neither silence nor answer.
    full = ask(4, answered=False, released=True)
    assert tally([*silent, full]) == tally(silent)
    # "Keep me in": the silences before no longer count, the later ones do.
    forgiven = [ask(n, answered=False, forgiven=True) for n in (1, 2, 3)]
    assert tally(forgiven).silent_in_a_row == 0 and tally(forgiven).finished == 3
    assert tally([*forgiven, ask(5, answered=False)]).silent_in_a_row == 1
