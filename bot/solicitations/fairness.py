"""The fair choice: who to ask for a solicitation, and why (pure: no I/O, no clock).

Eligible: in the solicitation's target, active (a pause that has ended counts as active),
not in an open handoff, reminders not stopped, under the load cap (at most `max_asks`
asks in any 30 days, across all solicitations), and not silent on the last
`unanswered_limit` asks (those are paused by the caller and asked "keep me in / later /
stop"). Among the eligible, the order is:

1. rotation: never asked first, then the longest since last asked, counted in whole weeks
   (so that the next criteria matter between people asked around the same time);
2. load: fewer asks in the last 30 days first;
3. preference: people who prefer this kind of ask first;
4. responsiveness: fewer asks left unanswered in a row first;
5. the person's id, so the same data always gives the same list.

Every person comes out with a reason: why they were picked, or why they were left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

WINDOW = timedelta(days=30)


class LeftOut(StrEnum):
    """Why someone is not on the list (in the order they are checked)."""

    NOT_IN_TARGET = "not_in_target"
    LEFT = "left"
    ALREADY_ASKED = "already_asked"  # already has an answer to this solicitation
    SET_ASIDE = "set_aside"  # the community manager swapped them out of this one
    STOPPED = "stopped"  # `stop rappels`
    PAUSED = "paused"
    IN_HANDOFF = "in_handoff"
    UNRESPONSIVE = "unresponsive"  # the last asks were left unanswered: to be paused
    OVER_LOAD = "over_load"  # the 30-day cap is reached
    NO_PLACE = "no_place"  # eligible, but every place is taken by someone ranked higher


@dataclass(frozen=True, slots=True)
class Candidate:
    """One person as the fair choice sees them, gathered by the caller."""

    person_id: int
    name: str
    in_target: bool
    status: str  # active, paused, left
    paused_until: datetime | None = None
    in_handoff: bool = False
    reminders_stopped: bool = False
    asked_at: tuple[datetime, ...] = ()  # every ask (any solicitation), any order
    preferred_kinds: tuple[str, ...] = ()
    unanswered_in_a_row: int = 0  # the latest finished asks (see below), never answered
    answered: int = 0  # asks they answered (any answer, even late)
    finished: int = 0  # asks answered, or past their answer window or deadline
    already_asked: bool = False
    set_aside: bool = False


@dataclass(frozen=True, slots=True)
class Ranked:
    """An eligible person and the facts their place on the list rests on."""

    candidate: Candidate
    days_since_last_ask: int | None  # None: never asked
    asks_in_window: int
    prefers_kind: bool

    @property
    def person_id(self) -> int:
        return self.candidate.person_id


@dataclass(frozen=True, slots=True)
class Excluded:
    candidate: Candidate
    why: LeftOut
    asks_in_window: int = 0
    paused_until: datetime | None = None


@dataclass
class Proposal:
    places: int
    picked: list[Ranked] = field(default_factory=list)
    spare: list[Ranked] = field(default_factory=list)  # eligible, next in line
    left_out: list[Excluded] = field(default_factory=list)

    @property
    def eligible(self) -> int:
        return len(self.picked) + len(self.spare)

    @property
    def short(self) -> int:
        """Places no eligible person is left for."""
        return max(self.places - self.eligible, 0)

    @property
    def unresponsive(self) -> list[Candidate]:
        """People to pause and ask whether to keep them in."""
        return [e.candidate for e in self.left_out if e.why is LeftOut.UNRESPONSIVE]

    def reasons(self) -> dict[LeftOut, int]:
        counts: dict[LeftOut, int] = {}
        for excluded in self.left_out:
            counts[excluded.why] = counts.get(excluded.why, 0) + 1
        return counts


@dataclass(frozen=True, slots=True)
class AskRecord:
    """One ask of a person (any solicitation), as their record is read."""

    at: datetime
    finished: bool  # answered, past its answer window (lapsed) or past its deadline
    answered: bool
    released: bool = False  # told it was full before they answered: no verdict either way
    forgiven: bool = False  # left unanswered, then they chose to stay ("keep me in", resume)


@dataclass(frozen=True, slots=True)
class Record:
    silent_in_a_row: int  # the latest finished asks left unanswered
    answered: int
    finished: int


def tally(asks: Iterable[AskRecord]) -> Record:
    """A person's record: how many asks in a row they left unanswered (the latest first,
    back to an answer or to a silence forgiven when they chose to stay; an ask still open,
    or closed as full before they answered, gives no verdict), and how many of their
    finished asks they answered."""
    latest_first = sorted(asks, key=lambda ask: ask.at, reverse=True)
    streak, counting = 0, True
    answered = finished = 0
    for ask in latest_first:
        if ask.answered:
            answered += 1
            counting = False
        if not ask.finished or ask.released:
            continue
        finished += 1
        if ask.forgiven:
            counting = False
        elif counting and not ask.answered:
            streak += 1
    return Record(streak, answered, finished)


def asks_in_window(asked_at: Iterable[datetime], now: datetime) -> int:
    return sum(1 for moment in asked_at if now - WINDOW < moment <= now)


def propose(
    candidates: Sequence[Candidate],
    *,
    kind: str,
    places: int,
    now: datetime,
    max_asks: int,
    unanswered_limit: int,
) -> Proposal:
    """The `places` people to ask first, the others in line, and who is left out, why."""
    proposal = Proposal(places=places)
    eligible: list[Ranked] = []
    for candidate in candidates:
        load = asks_in_window(candidate.asked_at, now)
        why = _left_out(candidate, now, load, max_asks, unanswered_limit)
        if why is not None:
            until = candidate.paused_until if why is LeftOut.PAUSED else None
            proposal.left_out.append(Excluded(candidate, why, load, until))
            continue
        last = max(candidate.asked_at, default=None)
        eligible.append(
            Ranked(
                candidate=candidate,
                days_since_last_ask=None if last is None else max((now - last).days, 0),
                asks_in_window=load,
                prefers_kind=kind in candidate.preferred_kinds,
            )
        )
    eligible.sort(key=_rank_key)
    proposal.picked = eligible[:places]
    proposal.spare = eligible[places:]
    return proposal


def _left_out(
    candidate: Candidate, now: datetime, load: int, max_asks: int, unanswered_limit: int
) -> LeftOut | None:
    if not candidate.in_target:
        return LeftOut.NOT_IN_TARGET
    if candidate.status == "left":
        return LeftOut.LEFT
    if candidate.already_asked:
        return LeftOut.ALREADY_ASKED
    if candidate.set_aside:
        return LeftOut.SET_ASIDE
    if candidate.reminders_stopped:
        return LeftOut.STOPPED
    if candidate.status == "paused" and (
        candidate.paused_until is None or candidate.paused_until > now
    ):
        return LeftOut.PAUSED
    if candidate.in_handoff:
        return LeftOut.IN_HANDOFF
    if candidate.unanswered_in_a_row >= unanswered_limit:
        return LeftOut.UNRESPONSIVE
    if load >= max_asks:
        return LeftOut.OVER_LOAD
    return None


def _rank_key(ranked: Ranked) -> tuple[int, int, int, int, int, int]:
    never = 0 if ranked.days_since_last_ask is None else 1
    weeks_ago = 0 if ranked.days_since_last_ask is None else ranked.days_since_last_ask // 7
    return (
        never,
        -weeks_ago,
        ranked.asks_in_window,
        0 if ranked.prefers_kind else 1,
        ranked.candidate.unanswered_in_a_row,
        ranked.person_id,
    )
