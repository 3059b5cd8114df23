"""The simulated program: its ambassadors (and how they answer) and its calendar of asks.

The response model: 15 % of people always answer, 10 % never, the rest in between (a
Beta(2, 2) spread of answer rates); an answer is an acceptance 80 % of the time, else a
decline; it comes 2 to 98 hours after the invitation left (uniform), and an answer that
would come after the deadline is silence. Each person's answer to each ask is drawn once
from a seed of its own, so both systems meet the same answers from the same people.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.solicitations.quiet import Quiet
from bot.tenants import QuietHours

ZONES = ("Europe/Paris", "America/Montreal", "Asia/Tokyo", "America/Los_Angeles", "Europe/London")
YEAR_START = datetime(2027, 1, 4, 9, 0, tzinfo=UTC)
NOTICE = timedelta(days=7)
REMINDER_OFFSETS = (timedelta(hours=72), timedelta(hours=24))
PLACES = (1, 1, 2, 2, 2, 3, 3, 4, 5, 6)
ACCEPT_SHARE = 0.8  # of those who answer, how many say yes
KINDS = ("testimonial", "review", "event", "referral", "social_share", "product_feedback")


@dataclass(frozen=True)
class Ambassador:
    person_id: int
    answer_rate: float  # chance of answering an ask at all
    zone: ZoneInfo
    quiet: Quiet
    preferred: tuple[str, ...]


@dataclass(frozen=True)
class Ask:
    solicitation: int
    kind: str
    places: int
    deadline: datetime


@dataclass(frozen=True)
class Reaction:
    """How one person reacts to one invitation (drawn once, whichever system asks)."""

    answers: bool
    accepts: bool
    delay: timedelta  # from the moment the invitation left


def ambassadors(rng: random.Random, count: int) -> list[Ambassador]:
    """15 % always answer, 10 % never, the rest in between (Beta(2, 2))."""
    people = []
    for person_id in range(1, count + 1):
        draw = rng.random()
        rate = 1.0 if draw < 0.15 else 0.0 if draw < 0.25 else rng.betavariate(2, 2)
        zone = ZoneInfo(ZONES[person_id % len(ZONES)])
        late = rng.random() < 0.2  # a fifth keep their own quiet hours
        quiet = quiet_hours("22:00", "07:00") if late else quiet_hours()
        preferred = tuple(rng.sample(KINDS, 2)) if rng.random() < 0.5 else ()
        people.append(Ambassador(person_id, rate, zone, quiet, preferred))
    return people


def quiet_hours(start: str = "20:00", end: str = "08:30") -> Quiet:
    """The client default (20:00–08:30 and weekends), or a person's own hours."""
    return Quiet.of(QuietHours(), {"start": start, "end": end})


def calendar(rng: random.Random, count: int, days: int) -> list[Ask]:
    asks = []
    for number in range(1, count + 1):
        offset = timedelta(days=8 + rng.random() * (days - 8), hours=rng.randint(0, 8))
        asks.append(Ask(number, rng.choice(KINDS), rng.choice(PLACES), YEAR_START + offset))
    return sorted(asks, key=lambda ask: ask.deadline)


def reaction(person: Ambassador, solicitation: int) -> Reaction:
    seeded = random.Random(solicitation * 100_003 + person.person_id)
    answers, yes, delay = seeded.random(), seeded.random(), seeded.random()
    return Reaction(
        answers=answers < person.answer_rate,
        accepts=yes < ACCEPT_SHARE,
        delay=timedelta(hours=2 + delay * 96),
    )
