"""A simulated year of solicitations: the product's fair choice beside "most responsive first".

Pure and seeded (no database, no clock). The people and the calendar are in `world.py`,
the two systems in `simulation.py`; this module runs both and reads the figures: fill
rate, the most asks of one person in any 30 days, the share of people asked at least
once, the Gini coefficient of asks, and messages inside quiet hours.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from bot.bench.solicitations.outcome import SystemOutcome, gini
from bot.bench.solicitations.simulation import Rules, Simulation
from bot.bench.solicitations.world import ambassadors, calendar
from bot.tenants import SolicitationSettings

__all__ = ["FairnessResult", "Simulation", "SystemOutcome", "gini", "run_fairness"]

DEFAULTS = SolicitationSettings()  # the product's defaults: the figures are for them


@dataclass
class FairnessResult:
    people: int
    solicitations: int
    days: int
    cap: int
    fair: SystemOutcome
    baseline: SystemOutcome
    answer_window_hours: float | None = None
    invitations_per_place: float = 1.0

    def as_dict(self) -> dict[str, object]:
        return {
            "people": self.people,
            "solicitations": self.solicitations,
            "days": self.days,
            "cap_per_30_days": self.cap,
            "answer_window_hours": self.answer_window_hours,
            "invitations_per_place": self.invitations_per_place,
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
    max_asks: int = DEFAULTS.max_asks_per_30_days,
    unanswered_limit: int = DEFAULTS.unanswered_before_pause,
    answer_window_hours: float | None = DEFAULTS.answer_window_hours,
    invitations_per_place: float = DEFAULTS.invitations_per_place,
) -> FairnessResult:
    """The product with its rules (by default, its default settings) beside the baseline,
    which is as it always was: one invitation per place, held until the deadline."""
    rng = random.Random(seed)
    crowd = ambassadors(rng, people)
    plan = calendar(rng, solicitations, days)
    fair_rules = Rules(True, max_asks, unanswered_limit, answer_window_hours, invitations_per_place)
    base_rules = Rules(False, max_asks, unanswered_limit, None, 1.0)
    fair = Simulation("ambassade", crowd, plan, seed, fair_rules).run()
    baseline = Simulation("most responsive first", crowd, plan, seed, base_rules).run()
    return FairnessResult(
        people,
        solicitations,
        days,
        max_asks,
        fair,
        baseline,
        answer_window_hours,
        invitations_per_place,
    )
