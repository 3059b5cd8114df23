"""A simulated year of solicitations: the product's fair choice beside "most responsive first".

Pure and seeded (no database, no clock): the product's own ranking (`fairness.propose`)
and quiet hours (`quiet.next_allowed`) decide, and its rules apply — at most
`max_asks` asks per person in any 30 days, a person silent on the last
`unanswered_limit` asks is paused and asked "keep me in / later / stop", a decline
frees the place for the next in line (replace on decline: auto). The baseline runs the
same calendar and the same people but always asks the most responsive people first,
with no cap and no pause: what a busy community manager does by hand.

The response model: some people always answer, some never, most in between (a Beta
spread); an answer is an acceptance most of the time, else a decline; it comes a few
hours to a few days after the invitation, and an answer that would come after the
deadline is silence.
"""

from __future__ import annotations

import heapq
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.solicitations.fairness import Candidate, propose
from bot.solicitations.quiet import Quiet, next_allowed
from bot.tenants import QuietHours

ZONES = ("Europe/Paris", "America/Montreal", "Asia/Tokyo", "America/Los_Angeles", "Europe/London")
YEAR_START = datetime(2027, 1, 4, 9, 0, tzinfo=UTC)
NOTICE = timedelta(days=7)
REMINDER_OFFSETS = (timedelta(hours=72), timedelta(hours=24))
PLACES = (1, 1, 2, 2, 2, 3, 3, 4, 5, 6)
ACCEPT_SHARE = 0.8  # of those who answer, how many say yes
KINDS = ("testimonial", "review", "event", "referral", "social_share", "product_feedback")
WINDOW = timedelta(days=30)


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


@dataclass
class Standing:
    """What the simulation knows of one person as time goes on."""

    asked_at: list[datetime] = field(default_factory=list)
    unanswered_in_a_row: int = 0
    paused: bool = False


@dataclass
class SystemOutcome:
    name: str
    places: int = 0
    filled: int = 0
    asks: dict[int, list[datetime]] = field(default_factory=dict)
    messages: int = 0
    quiet_violations: int = 0
    paused: int = 0

    @property
    def fill_rate(self) -> float:
        return self.filled / self.places if self.places else 0.0

    def max_asks_in_30_days(self) -> int:
        best = 0
        for moments in self.asks.values():
            ordered = sorted(moments)
            start = 0
            for end, moment in enumerate(ordered):
                while moment - ordered[start] >= WINDOW:
                    start += 1
                best = max(best, end - start + 1)
        return best

    def counts(self, people: int) -> list[int]:
        return [len(self.asks.get(person, [])) for person in range(1, people + 1)]

    def share_asked(self, people: int) -> float:
        return sum(1 for n in self.counts(people) if n) / people

    def gini(self, people: int) -> float:
        return gini(self.counts(people))

    def as_dict(self, people: int) -> dict[str, float | int | str]:
        return {
            "system": self.name,
            "places": self.places,
            "filled": self.filled,
            "fill_rate": round(self.fill_rate, 4),
            "max_asks_30_days": self.max_asks_in_30_days(),
            "share_asked": round(self.share_asked(people), 4),
            "gini": round(self.gini(people), 4),
            "messages": self.messages,
            "quiet_violations": self.quiet_violations,
            "paused": self.paused,
        }


def gini(values: Sequence[int]) -> float:
    """0: everyone asked as often; 1: one person asked every time."""
    ordered = sorted(values)
    total = sum(ordered)
    if not ordered or total == 0:
        return 0.0
    weighted = sum((index + 1) * value for index, value in enumerate(ordered))
    n = len(ordered)
    return (2 * weighted) / (n * total) - (n + 1) / n


def ambassadors(rng: random.Random, count: int) -> list[Ambassador]:
    """15 % always answer, 10 % never, the rest in between (Beta(2, 2))."""
    people = []
    for person_id in range(1, count + 1):
        draw = rng.random()
        rate = 1.0 if draw < 0.15 else 0.0 if draw < 0.25 else rng.betavariate(2, 2)
        zone = ZoneInfo(ZONES[person_id % len(ZONES)])
        late = rng.random() < 0.2  # a fifth keep their own quiet hours
        quiet = _quiet("22:00", "07:00") if late else _quiet()
        preferred = tuple(rng.sample(KINDS, 2)) if rng.random() < 0.5 else ()
        people.append(Ambassador(person_id, rate, zone, quiet, preferred))
    return people


def _quiet(start: str = "20:00", end: str = "08:30") -> Quiet:
    """The client default (20:00–08:30 and weekends), or a person's own hours."""
    return Quiet.of(QuietHours(), {"start": start, "end": end})


def calendar(rng: random.Random, count: int, days: int) -> list[Ask]:
    asks = []
    for number in range(1, count + 1):
        offset = timedelta(days=8 + rng.random() * (days - 8), hours=rng.randint(0, 8))
        asks.append(Ask(number, rng.choice(KINDS), rng.choice(PLACES), YEAR_START + offset))
    return sorted(asks, key=lambda ask: ask.deadline)


Ranker = Callable[[list[Ambassador], dict[int, Standing], Ask, set[int], datetime, int], list[int]]


class Simulation:
    """One system through the year: invitations, answers, declines replaced, deadlines."""

    def __init__(
        self,
        name: str,
        people: list[Ambassador],
        asks: list[Ask],
        seed: int,
        *,
        fair: bool,
        max_asks: int,
        unanswered_limit: int,
    ) -> None:
        self.people = {p.person_id: p for p in people}
        self.asks = asks
        self.rng = random.Random(seed)  # the same draws for both systems
        self.fair = fair
        self.max_asks = max_asks
        self.unanswered_limit = unanswered_limit
        self.standing = {p.person_id: Standing() for p in people}
        self.outcome = SystemOutcome(name)
        self.manager = Ambassador(0, 1.0, ZoneInfo("Europe/Paris"), _quiet(), ())
        self._events: list[tuple[datetime, int, str, tuple]] = []
        self._order = 0
        self._asked: dict[int, set[int]] = {}
        self._answered: dict[int, dict[int, bool]] = {}  # solicitation -> person -> accepted
        self._answer_draws: dict[tuple[int, int], tuple[float, float, float]] = {}

    # -- the year --------------------------------------------------------------------------
    def run(self) -> SystemOutcome:
        for ask in self.asks:
            self.outcome.places += ask.places
            self._push(ask.deadline - NOTICE, "open", (ask,))
            self._push(ask.deadline, "deadline", (ask,))
        while self._events:
            moment, _, kind, data = heapq.heappop(self._events)
            getattr(self, f"_on_{kind}")(moment, *data)
        self.outcome.paused = sum(1 for s in self.standing.values() if s.paused)
        return self.outcome

    def _push(self, moment: datetime, kind: str, data: tuple) -> None:
        self._order += 1
        heapq.heappush(self._events, (moment, self._order, kind, data))

    def _on_open(self, moment: datetime, ask: Ask) -> None:
        self._asked[ask.solicitation] = set()
        self._answered[ask.solicitation] = {}
        for person_id in self._choose(ask, moment, ask.places):
            self._invite(ask, person_id, moment)

    def _on_answer(self, moment: datetime, ask: Ask, person_id: int, accepted: bool) -> None:
        self._answered[ask.solicitation][person_id] = accepted
        self.standing[person_id].unanswered_in_a_row = 0
        if accepted:
            for offset in REMINDER_OFFSETS:  # to those who accepted and are not done
                self._message(self.people[person_id], ask.deadline - offset, ask.deadline)
            return
        for person in self._choose(ask, moment, 1):  # a decline frees the place
            self._invite(ask, person, moment)

    def _on_deadline(self, moment: datetime, ask: Ask) -> None:
        answers = self._answered[ask.solicitation]
        self.outcome.filled += min(ask.places, sum(1 for yes in answers.values() if yes))
        for person_id in self._asked[ask.solicitation] - answers.keys():
            standing = self.standing[person_id]
            standing.unanswered_in_a_row += 1
        summary_at = ask.deadline - REMINDER_OFFSETS[-1] + timedelta(hours=1)
        self._message(self.manager, summary_at, None)

    def _on_sent(self, moment: datetime, person_id: int, index: int) -> None:
        self.standing[person_id].asked_at[index] = moment

    def _on_checkin(self, moment: datetime, person_id: int) -> None:
        """A paused person's "keep me in / later / stop": those who answer come back."""
        standing = self.standing[person_id]
        if self.rng.random() < self.people[person_id].answer_rate:
            standing.paused = False
            standing.unanswered_in_a_row = 0

    # -- choosing and inviting -------------------------------------------------------------
    def _choose(self, ask: Ask, moment: datetime, places: int) -> list[int]:
        asked = self._asked[ask.solicitation]
        if not self.fair:
            eligible = [p for p in self.people.values() if p.person_id not in asked]
            eligible.sort(key=lambda p: (-p.answer_rate, p.person_id))
            return [p.person_id for p in eligible[:places]]
        candidates = [self._candidate(person, ask, asked) for person in self.people.values()]
        proposal = propose(
            candidates,
            kind=ask.kind,
            places=places,
            now=moment,
            max_asks=self.max_asks,
            unanswered_limit=self.unanswered_limit,
        )
        for candidate in proposal.unresponsive:  # paused on the spot, and asked
            standing = self.standing[candidate.person_id]
            standing.paused = True
            person = self.people[candidate.person_id]
            self._message(person, moment, None)
            self._push(moment + timedelta(days=2), "checkin", (candidate.person_id,))
        return [ranked.person_id for ranked in proposal.picked]

    def _candidate(self, person: Ambassador, ask: Ask, asked: set[int]) -> Candidate:
        standing = self.standing[person.person_id]
        return Candidate(
            person_id=person.person_id,
            name=str(person.person_id),
            in_target=True,
            status="paused" if standing.paused else "active",
            asked_at=tuple(standing.asked_at),
            preferred_kinds=person.preferred,
            unanswered_in_a_row=standing.unanswered_in_a_row,
            already_asked=person.person_id in asked,
        )

    def _invite(self, ask: Ask, person_id: int, moment: datetime) -> None:
        person = self.people[person_id]
        sent = self._message(person, moment, ask.deadline)
        if sent is None:
            return
        self._asked[ask.solicitation].add(person_id)
        # As the product counts an ask: from the proposal until the invitation leaves
        # (`proposed_at`), then from the moment it left (`invited_at`).
        asked_at = self.standing[person_id].asked_at
        asked_at.append(moment)
        self._push(sent, "sent", (person_id, len(asked_at) - 1))
        self.outcome.asks.setdefault(person_id, []).append(sent)
        answers, yes, delay = self._draws(ask.solicitation, person_id)
        if answers >= person.answer_rate:
            if REMINDER_OFFSETS:  # one reminder to the silent
                self._message(person, ask.deadline - REMINDER_OFFSETS[0], ask.deadline)
            return
        answer_at = sent + timedelta(hours=2 + delay * 96)
        if answer_at < ask.deadline:
            self._push(answer_at, "answer", (ask, person_id, yes < ACCEPT_SHARE))

    def _draws(self, solicitation: int, person_id: int) -> tuple[float, float, float]:
        """The person's answer to this ask: drawn once, whichever system asks."""
        key = (solicitation, person_id)
        if key not in self._answer_draws:
            seeded = random.Random(solicitation * 100_003 + person_id)
            self._answer_draws[key] = (seeded.random(), seeded.random(), seeded.random())
        return self._answer_draws[key]

    def _message(
        self, person: Ambassador, planned: datetime, deadline: datetime | None
    ) -> datetime | None:
        """Send at the first allowed minute (the product's rule); None if past the deadline."""
        due = next_allowed(planned, person.zone, person.quiet)
        if deadline is not None and due >= deadline:
            return None
        self.outcome.messages += 1
        if person.quiet.is_quiet(due.astimezone(person.zone)):
            self.outcome.quiet_violations += 1
        return due


@dataclass
class FairnessResult:
    people: int
    solicitations: int
    days: int
    cap: int
    fair: SystemOutcome
    baseline: SystemOutcome

    def as_dict(self) -> dict[str, object]:
        return {
            "people": self.people,
            "solicitations": self.solicitations,
            "days": self.days,
            "cap_per_30_days": self.cap,
            "ambassade": self.fair.as_dict(self.people),
            "baseline": self.baseline.as_dict(self.people),
        }

    def targets(self) -> list[tuple[str, bool]]:
        fair, base = self.fair, self.baseline
        return [
            ("fill within 5 points of baseline", fair.fill_rate >= base.fill_rate - 0.05),
            ("Gini ≤ half the baseline's", fair.gini(self.people) <= base.gini(self.people) / 2),
            (f"max asks in 30 days ≤ {self.cap}", fair.max_asks_in_30_days() <= self.cap),
            ("0 messages in quiet hours", fair.quiet_violations == 0),
        ]


def run_fairness(
    *,
    people: int = 300,
    solicitations: int = 120,
    days: int = 365,
    seed: int = 16,
    max_asks: int = 2,
    unanswered_limit: int = 3,
) -> FairnessResult:
    rng = random.Random(seed)
    crowd = ambassadors(rng, people)
    plan = calendar(rng, solicitations, days)
    options = {"max_asks": max_asks, "unanswered_limit": unanswered_limit}
    fair = Simulation("ambassade", crowd, plan, seed, fair=True, **options).run()
    baseline = Simulation("most responsive first", crowd, plan, seed, fair=False, **options).run()
    return FairnessResult(people, solicitations, days, max_asks, fair, baseline)
