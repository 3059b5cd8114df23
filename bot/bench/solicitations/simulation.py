"""One system through the simulated year: invitations, answers, freed places, deadlines.

The fair system applies the product's own pure rules: the ranking and the record of each
person (`fairness.propose`, `fairness.tally`), how many to invite and how long a silent
invitation holds its place (`places`), quiet hours (`quiet.next_allowed`). What the
product does in the database, the simulation does in memory, step for step:

- an invitation leaves at the first allowed minute; unanswered within its answer window,
  it stops holding its place and the next people are invited (the community manager's
  click is taken as immediate, as with `replace_on_decline: auto`);
- a decline frees the place the same way; a "yes" takes a place while one is free (even
  late), else the person is told it is full; when the last place is taken, those still
  invited are told it is full (an invitation not yet sent is withdrawn: not an ask);
- someone silent on their last `unanswered_limit` asks is paused and asked "keep me in /
  later / stop"; those who answer it (as often as they answer anything) stay in, their
  past silences forgiven;
- one reminder to the silent (while they hold a place, or one is still free), reminders
  to those who said yes, a summary to the community manager.

The baseline runs the same calendar and people but asks the most responsive first (it
knows their true answer rates), with no cap, no pause and no answer window: a silent
invitation holds its place until the deadline, a decline is replaced.
"""

from __future__ import annotations

import heapq
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.bench.solicitations.outcome import SystemOutcome
from bot.bench.solicitations.world import (
    NOTICE,
    REMINDER_OFFSETS,
    Ambassador,
    Ask,
    quiet_hours,
    reaction,
)
from bot.solicitations.fairness import AskRecord, Candidate, propose, tally
from bot.solicitations.places import answer_by, chance_of, invite_count, program_rate, uncovered
from bot.solicitations.quiet import next_allowed

# Where a person stands with one solicitation.
WAITING, YES, NO, LAPSED, FULL, WITHDRAWN = "waiting", "yes", "no", "lapsed", "full", "withdrawn"


@dataclass
class Entry:
    """One ask in a person's record (mutable as the year goes on)."""

    at: datetime
    sent: datetime | None = None
    finished: bool = False
    answered: bool = False
    released: bool = False
    forgiven: bool = False

    def record(self) -> AskRecord:
        return AskRecord(self.at, self.finished, self.answered, self.released, self.forgiven)


@dataclass
class Standing:
    asks: dict[int, Entry] = field(default_factory=dict)  # solicitation -> entry
    paused: bool = False


@dataclass(frozen=True)
class Rules:
    fair: bool
    max_asks: int
    unanswered_limit: int
    answer_window_hours: float | None  # None: a silent invitation holds its place
    invitations_per_place: float


class Simulation:
    def __init__(
        self, name: str, people: list[Ambassador], asks: list[Ask], seed: int, rules: Rules
    ) -> None:
        self.people = {p.person_id: p for p in people}
        self.asks = asks
        self.rng = random.Random(seed)  # the same draws for both systems
        self.rules = rules
        self.standing = {p.person_id: Standing() for p in people}
        self.outcome = SystemOutcome(name)
        self.manager = Ambassador(0, 1.0, ZoneInfo("Europe/Paris"), quiet_hours(), ())
        self._events: list[tuple[datetime, int, str, tuple[object, ...]]] = []
        self._order = 0
        self._state: dict[int, dict[int, str]] = {}  # solicitation -> person -> where

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

    def _push(self, moment: datetime, kind: str, data: tuple[object, ...]) -> None:
        self._order += 1
        heapq.heappush(self._events, (moment, self._order, kind, data))

    def _yes(self, ask: Ask) -> int:
        return sum(1 for s in self._state[ask.solicitation].values() if s == YES)

    # -- places ----------------------------------------------------------------------------
    def _fill(self, ask: Ask, moment: datetime) -> None:
        """Invite the next people in line, as many as the open places need."""
        states = self._state[ask.solicitation]
        waiting = [p for p, s in states.items() if s == WAITING and not self.standing[p].paused]
        if not self.rules.fair:  # one invitation per free place, the most responsive first
            free = ask.places - self._yes(ask) - len(waiting)
            eligible = [p for p in self.people.values() if p.person_id not in states]
            eligible.sort(key=lambda p: (-p.answer_rate, p.person_id))
            chosen = [p.person_id for p in eligible[: max(free, 0)]]
        else:
            chosen = self._fair_choice(ask, moment, waiting)
        for person_id in chosen:
            self._invite(ask, person_id, moment)

    def _fair_choice(self, ask: Ask, moment: datetime, waiting: list[int]) -> list[int]:
        candidates = {p: self._candidate(p, ask) for p in self.people}
        rate = program_rate((c.answered, c.finished) for c in candidates.values())
        chances = [chance_of(candidates[p], rate) for p in waiting]
        needed = ask.places - self._yes(ask)
        per_place = self.rules.invitations_per_place
        if not uncovered(needed, chances, per_place):
            return []
        proposal = propose(
            list(candidates.values()),
            kind=ask.kind,
            places=len(candidates),
            now=moment,
            max_asks=self.rules.max_asks,
            unanswered_limit=self.rules.unanswered_limit,
        )
        for candidate in proposal.unresponsive:  # paused on the spot, and asked
            self.standing[candidate.person_id].paused = True
            self._message(self.people[candidate.person_id], moment, None)
            self._push(moment + timedelta(days=2), "checkin", (candidate.person_id,))
        ranked = [r.candidate for r in proposal.picked]
        count = invite_count([chance_of(c, rate) for c in ranked], needed, chances, per_place)
        return [c.person_id for c in ranked[:count]]

    def _candidate(self, person_id: int, ask: Ask) -> Candidate:
        standing = self.standing[person_id]
        entries = list(standing.asks.values())
        record = tally(entry.record() for entry in entries)
        return Candidate(
            person_id=person_id,
            name=str(person_id),
            in_target=True,
            status="paused" if standing.paused else "active",
            asked_at=tuple(entry.sent or entry.at for entry in entries),
            preferred_kinds=self.people[person_id].preferred,
            unanswered_in_a_row=record.silent_in_a_row,
            answered=record.answered,
            finished=record.finished,
            already_asked=person_id in self._state[ask.solicitation],
        )

    def _close_if_full(self, ask: Ask, moment: datetime) -> None:
        if self._yes(ask) < ask.places:
            return
        states = self._state[ask.solicitation]
        for person_id, state in states.items():
            if state != WAITING:
                continue
            entry = self.standing[person_id].asks[ask.solicitation]
            if entry.sent is None:  # never left: withdrawn, not an ask
                states[person_id] = WITHDRAWN
                del self.standing[person_id].asks[ask.solicitation]
                continue
            states[person_id] = FULL
            entry.released = True
            self.outcome.released += 1
            self._message(self.people[person_id], moment, ask.deadline)

    # -- events ----------------------------------------------------------------------------
    def _on_open(self, moment: datetime, ask: Ask) -> None:
        self._state[ask.solicitation] = {}
        self._fill(ask, moment)

    def _invite(self, ask: Ask, person_id: int, moment: datetime) -> None:
        person = self.people[person_id]
        due = next_allowed(moment, person.zone, person.quiet)
        if due >= ask.deadline:
            return
        self._state[ask.solicitation][person_id] = WAITING
        self.standing[person_id].asks[ask.solicitation] = Entry(at=moment)
        self._push(due, "sent", (ask, person_id))

    def _on_sent(self, moment: datetime, ask: Ask, person_id: int) -> None:
        if self._state[ask.solicitation][person_id] != WAITING:
            return  # withdrawn before it left
        person = self.people[person_id]
        self._message(person, moment, ask.deadline)
        self.standing[person_id].asks[ask.solicitation].sent = moment
        self.outcome.asks.setdefault(person_id, []).append(moment)
        if self.rules.answer_window_hours is not None:
            lapse = answer_by(moment, ask.deadline, self.rules.answer_window_hours)
            self._push(lapse, "window", (ask, person_id))
        react = reaction(person, ask.solicitation)
        if react.answers and moment + react.delay < ask.deadline:
            self._push(moment + react.delay, "answer", (ask, person_id, react.accepts))
        remind = next(
            (ask.deadline - o for o in REMINDER_OFFSETS if ask.deadline - o > moment), None
        )
        if remind is not None:
            due = next_allowed(remind, person.zone, person.quiet)
            self._push(due, "remind", (ask, person_id))

    def _on_answer(self, moment: datetime, ask: Ask, person_id: int, accepted: bool) -> None:
        states = self._state[ask.solicitation]
        before = states[person_id]
        entry = self.standing[person_id].asks[ask.solicitation]
        entry.answered = entry.finished = True
        entry.released = False  # an answer is a verdict, even after "it is full"
        if before == FULL:  # told it was full before they answered: thanked
            return
        if accepted and self._yes(ask) < ask.places:
            states[person_id] = YES
            self.outcome.late_yes += before == LAPSED
            for offset in REMINDER_OFFSETS:  # to those who accepted and are not done
                if ask.deadline - offset > moment:
                    self._message(self.people[person_id], ask.deadline - offset, ask.deadline)
            self._close_if_full(ask, moment)
        elif accepted:  # every place taken: thanked and told it is full
            states[person_id] = FULL
            self.outcome.told_full += 1
        else:
            states[person_id] = NO
            self._fill(ask, moment)  # a decline frees the place

    def _on_window(self, moment: datetime, ask: Ask, person_id: int) -> None:
        """No answer within the window: the invitation stops holding its place."""
        states = self._state[ask.solicitation]
        if states[person_id] != WAITING:
            return
        states[person_id] = LAPSED
        self.standing[person_id].asks[ask.solicitation].finished = True
        self.outcome.lapsed += 1
        self._fill(ask, moment)

    def _on_remind(self, moment: datetime, ask: Ask, person_id: int) -> None:
        """The one reminder to the silent: while they hold a place, or one is still free."""
        state = self._state[ask.solicitation][person_id]
        if self.standing[person_id].paused:
            return
        if state == WAITING or (state == LAPSED and self._yes(ask) < ask.places):
            self._message(self.people[person_id], moment, ask.deadline)

    def _on_deadline(self, moment: datetime, ask: Ask) -> None:
        states = self._state[ask.solicitation]
        self.outcome.filled += min(ask.places, self._yes(ask))
        for person_id in states:
            entry = self.standing[person_id].asks.get(ask.solicitation)
            if entry is not None:
                entry.finished = True
        summary_at = ask.deadline - REMINDER_OFFSETS[-1] + timedelta(hours=1)
        self._message(self.manager, summary_at, None)

    def _on_checkin(self, moment: datetime, person_id: int) -> None:
        """A paused person's "keep me in / later / stop": those who answer come back, their
        past silences forgiven (as `reprendre` does in the product)."""
        standing = self.standing[person_id]
        if self.rng.random() < self.people[person_id].answer_rate:
            standing.paused = False
            for entry in standing.asks.values():
                if entry.finished and not entry.answered:
                    entry.forgiven = True

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
