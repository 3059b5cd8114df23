"""Where the serious messages went: did a person get them at high or critical urgency?

Exact-label recall says whether a crisis message was called crisis. What matters for
safety is whether it reached a person fast: a distress, crisis or harassment message is
*unreached* when its verdict is no handoff, or a handoff below `high` urgency (a relay
staff may leave for later). A crisis message handed off as harassment at high urgency is
a labelling slip, not a safety miss; the confusion summary shows both.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

SERIOUS_CATEGORIES: tuple[str, ...] = ("distress", "crisis", "harassment")
REACHING_URGENCIES = frozenset({"high", "critical"})
OTHER = "other"  # handed off under a category that is not serious
NONE = "none"
# The columns of the confusion summary, in order.
DESTINATIONS: tuple[str, ...] = (*SERIOUS_CATEGORIES, OTHER, NONE)


class Judged(Protocol):
    """What a detector says of a message (a HandoffVerdict has these fields)."""

    @property
    def category(self) -> str: ...

    @property
    def urgency(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class Outcome:
    category: str
    urgency: str | None  # None: the predictor does not give an urgency


def outcome_of(got: str | Judged) -> Outcome:
    """A predictor's answer: a category alone (urgency unknown) or a verdict."""
    if isinstance(got, str):
        return Outcome(got, None if got != NONE else NONE)
    return Outcome(got.category, got.urgency if got.category != NONE else NONE)


@dataclass(slots=True)
class SeriousTally:
    """The messages of one serious category: where they went, how many were unreached."""

    support: int = 0
    went_to: Counter[str] = field(default_factory=Counter)
    unreached: int = 0
    unknown_urgency: int = 0  # handed off, but the predictor gave no urgency

    @property
    def unreached_known(self) -> int | None:
        """Unreached messages, or None when some urgencies are unknown."""
        return None if self.unknown_urgency else self.unreached


def destination(category: str) -> str:
    if category in SERIOUS_CATEGORIES or category == NONE:
        return category
    return OTHER


def tally(gold: Sequence[str], outcomes: Sequence[Outcome]) -> dict[str, SeriousTally]:
    """Per serious category present in `gold`: where its messages went."""
    tallies: dict[str, SeriousTally] = {}
    for expected, got in zip(gold, outcomes, strict=True):
        if expected not in SERIOUS_CATEGORIES:
            continue
        entry = tallies.setdefault(expected, SeriousTally())
        entry.support += 1
        entry.went_to[destination(got.category)] += 1
        if got.category == NONE:
            entry.unreached += 1
        elif got.urgency is None:
            entry.unknown_urgency += 1
        elif got.urgency not in REACHING_URGENCIES:
            entry.unreached += 1
    return {c: tallies[c] for c in SERIOUS_CATEGORIES if c in tallies}


def unreached_total(tallies: dict[str, SeriousTally]) -> int | None:
    counts = [t.unreached_known for t in tallies.values()]
    return None if None in counts else sum(c or 0 for c in counts)
