"""What one system did over the simulated year, and the figures read from it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

WINDOW = timedelta(days=30)


@dataclass
class SystemOutcome:
    name: str
    places: int = 0
    filled: int = 0
    asks: dict[int, list[datetime]] = field(default_factory=dict)
    messages: int = 0
    quiet_violations: int = 0
    paused: int = 0
    lapsed: int = 0  # invitations left unanswered past the answer window
    late_yes: int = 0  # a "yes" after the window, taken because a place was still free
    told_full: int = 0  # a "yes" when every place was already taken
    released: int = 0  # still invited when the last place was taken: told it is full

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

    def invitations(self) -> int:
        return sum(len(moments) for moments in self.asks.values())

    def as_dict(self, people: int) -> dict[str, float | int | str]:
        return {
            "system": self.name,
            "places": self.places,
            "filled": self.filled,
            "fill_rate": round(self.fill_rate, 4),
            "max_asks_30_days": self.max_asks_in_30_days(),
            "share_asked": round(self.share_asked(people), 4),
            "gini": round(self.gini(people), 4),
            "invitations": self.invitations(),
            "messages": self.messages,
            "quiet_violations": self.quiet_violations,
            "paused": self.paused,
            "lapsed": self.lapsed,
            "late_yes": self.late_yes,
            "told_full": self.told_full,
            "released": self.released,
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
