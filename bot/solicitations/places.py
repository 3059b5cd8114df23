"""How many invitations a solicitation's places need, and how long each holds a place.

Pure functions (no I/O, no clock), shared by the product and its benchmark:

- The answer window. An invitation left unanswered for `answer_window_hours` stops holding
  its place: the place goes to the next eligible person, and the silent person's answer is
  still welcome (a late "yes" is taken while a place is free, else they are thanked and
  told it is full). The window runs from the moment the invitation left and is never more
  than half the time left until the deadline, so that someone invited in the last days
  still leaves time for the next person.
- Invitations for expected silence. Some people do not answer; inviting exactly one person
  per place leaves places empty until their window ends. So the list covers the open
  places with *expected answers*: each person counts for their chance of answering (their
  own record, pulled toward the program's; a newcomer has the program's), and people are
  added in the fair order until the chances add up to the open places — never more than
  `invitations_per_place` invitations waiting per open place (1: one per place). The
  first "yes" take the places; when the last place is taken, the others still invited are
  told it is full, so nobody commits in vain.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

from bot.solicitations.fairness import Candidate, Proposal

PRIOR_WEIGHT = 2.0  # how many asks a person's own record needs to weigh as much as the program's
EPSILON = 1e-9


def answer_by(sent_at: datetime, deadline: datetime, window_hours: float) -> datetime:
    """When an invitation sent at `sent_at` stops holding its place if still unanswered."""
    left = max(deadline - sent_at, timedelta(0))
    return sent_at + min(timedelta(hours=window_hours), left / 2)


def program_rate(records: Iterable[tuple[int, int]]) -> float:
    """The share of finished asks that got an answer, over (answered, finished) records.

    With no record yet: one half (the rule of succession keeps it away from 0 and 1).
    """
    answered = finished = 0
    for person_answered, person_finished in records:
        answered += person_answered
        finished += person_finished
    return (answered + 1) / (finished + 2)


def answer_chance(answered: int, finished: int, rate: float) -> float:
    """A person's chance of answering: their record, pulled toward the program's `rate`."""
    return (answered + PRIOR_WEIGHT * rate) / (finished + PRIOR_WEIGHT)


def uncovered(needed: int, waiting: Sequence[float], per_place: float) -> bool:
    """Whether the open places want one more invitation (someone eligible or not)."""
    if needed <= 0:
        return False
    room = math.ceil(needed * per_place - EPSILON) - len(waiting)
    return room > 0 and sum(waiting) < needed - EPSILON


def invite_count(
    chances: Sequence[float], needed: int, waiting: Sequence[float], per_place: float
) -> int:
    """How many of the next people in line (their chances, in the fair order) to invite.

    `needed`: places no "yes" has taken yet; `waiting`: the chances of those invited who
    have not answered and still hold a place. People are added until the expected
    answers cover the needed places, with at most `per_place` × `needed` invitations
    waiting in all.
    """
    count = 0
    waiting = list(waiting)
    for chance in chances:
        if not uncovered(needed, waiting, per_place):
            break
        count += 1
        waiting.append(chance)
    return count


def chance_of(candidate: Candidate, rate: float) -> float:
    return answer_chance(candidate.answered, candidate.finished, rate)


def stretch(
    proposal: Proposal, rate: float, needed: int, waiting: Sequence[float], per_place: float
) -> Proposal:
    """Move people from the spare list to the picked one until the open places are covered
    by expected answers (the order stays the fair one)."""
    ranked = proposal.picked + proposal.spare
    count = invite_count([chance_of(r.candidate, rate) for r in ranked], needed, waiting, per_place)
    proposal.picked, proposal.spare = ranked[:count], ranked[count:]
    return proposal
