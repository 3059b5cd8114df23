"""The KPI card: every figure with its period and its n, and no number below the minimum n.

`compute` runs the aggregates of `queries` and `series` on one connection and assembles a
`Card`; `Card.as_json()` is the contract of `ambassade kpi --format json` (see the README,
"Program health"): the keys of issue 17, each KPI whose n is under the client's `min_n`
null, with its reason in `null_reasons`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, text

from bot.kpi.period import Period
from bot.kpi.queries import PeopleFacts, Window, people_facts
from bot.kpi.scope import Scope
from bot.kpi.series import (
    NpsFacts,
    SolicitFacts,
    active_by_month,
    kinds_by_month,
    nps_facts,
    solicit_facts,
)
from bot.kpi.settings import KpiSettings
from bot.kpi.sources import month_first_day

# One round trip, for this transaction only: the card's statements are short analytical
# ones, compiling them (JIT) costs more than it saves, the per-person grouping fits in
# memory, and parallel workers cost more to start and merge than they save on a card (on a
# busy machine they doubled its time: EXPLAIN ANALYZE, 20,000 people).
POSTGRES_SETUP = (
    "SELECT set_config('jit', 'off', true), set_config('work_mem', '32MB', true), "
    "set_config('max_parallel_workers_per_gather', '0', true)"
)
TOO_FEW = "too_few"  # n below the minimum: "trop peu de réponses"
NOTHING = "no_data"  # n = 0


@dataclass(frozen=True)
class Gate:
    """A KPI's value, or the reason it is not shown."""

    value: float | None
    n: int
    reason: str | None = None


@dataclass
class Card:
    client: str
    group: str | None
    period: Period
    min_n: int
    levels: list[str]
    kinds: list[str]
    people: PeopleFacts
    kinds_by_month: dict[tuple[int, str], int]
    active_by_month: dict[int, int]
    solicit: SolicitFacts
    nps: NpsFacts
    generated_at: datetime
    gates: dict[str, Gate] = field(default_factory=dict)

    # -- the figures -------------------------------------------------------------------------
    def gate(self, key: str, n: int, value: float | None) -> Gate:
        if n == 0:
            gate = Gate(None, 0, NOTHING)
        elif n < self.min_n:
            gate = Gate(None, n, TOO_FEW)
        else:
            gate = Gate(value, n)
        self.gates[key] = gate
        return gate

    def compute_gates(self) -> None:
        p, s, nps = self.people, self.solicit, self.nps
        amb = p.ambassadors
        self.gate("contributions_per_ambassador.mean", amb, p.contributions / amb if amb else None)
        self.gate("contributions_per_ambassador.median", amb, median_of(p.histogram))
        self.gate("active_30d.share", amb, p.active_30d / amb if amb else None)
        self.gate("active_90d.share", amb, p.active_90d / amb if amb else None)
        self.gate("participation_rate", s.invited, s.took_part / s.invited if s.invited else None)
        median = s.median_seconds / 3600 if s.median_seconds is not None else None
        self.gate("response_delay_hours.median", s.answered, median)
        self.gate(
            "response_delay_hours.within_48h",
            s.decided,
            s.within_48h / s.decided if s.decided else None,
        )
        up, held, down = self.moves()
        self.gate("promotion_rate", amb, up / amb if amb else None)
        self.gate("levels.held_rate", amb, held / amb if amb else None)
        self.gate("levels.moved_down_rate", amb, down / amb if amb else None)
        base = sum(b for b, _ in p.retention.values())
        kept = sum(k for _, k in p.retention.values())
        self.gate("retention_yoy", base, kept / base if base else None)
        for year, (b, k) in p.retention.items():
            self.gate(f"retention_by_cohort.{year}", b, k / b if b else None)
        score = 100 * (nps.promoters - nps.detractors) / nps.n if nps.n else None
        self.gate("nps", nps.n, score)
        for wave in nps.waves:
            value = 100 * (wave.promoters - wave.detractors) / wave.n if wave.n else None
            self.gate(f"nps_by_wave.{wave.survey}", wave.n, value)

    def moves(self) -> tuple[int, int, int]:
        up = sum(n for (r0, r1), n in self.people.levels.items() if r1 > r0)
        down = sum(n for (r0, r1), n in self.people.levels.items() if r1 < r0)
        held = sum(n for (r0, r1), n in self.people.levels.items() if r1 == r0)
        return up, held, down

    def level_distribution(self, at_end: bool = True) -> dict[str, int]:
        counts = dict.fromkeys(self.levels, 0)
        for (r0, r1), n in self.people.levels.items():
            rank = r1 if at_end else r0
            counts[self.levels[min(rank, len(self.levels) - 1)]] += n
        return counts

    def production_by_kind(self) -> dict[str, int]:
        totals = dict.fromkeys(self.kinds, 0)
        for (_, kind), n in sorted(self.kinds_by_month.items()):
            totals[kind] = totals.get(kind, 0) + n
        return totals

    def months(self) -> list[int]:
        first = self.period.since.year * 12 + self.period.since.month - 1
        last = self.period.until.year * 12 + self.period.until.month - 1
        return list(range(first, last + 1))

    def value(self, key: str, digits: int = 4) -> float | None:
        gate = self.gates[key]
        return None if gate.value is None else round(gate.value, digits)

    # -- the contract ------------------------------------------------------------------------
    def as_json(self) -> dict[str, Any]:
        p = self.people
        up, held, down = self.moves()
        reasons = {
            key: {"reason": gate.reason, "n": gate.n, "min_n": self.min_n}
            for key, gate in self.gates.items()
            if gate.reason is not None
        }
        return {
            "client": self.client,
            "group": self.group,
            "period": self.period.as_dict(),
            "min_n": self.min_n,
            "ambassadors": p.ambassadors,
            "active_30d": p.active_30d,
            "active_90d": p.active_90d,
            "contributions": p.contributions,
            "contributions_per_ambassador": {
                "mean": self.value("contributions_per_ambassador.mean", 2),
                "median": self.value("contributions_per_ambassador.median", 2),
            },
            "participation_rate": self.value("participation_rate"),
            "response_delay_hours": {
                "median": self.value("response_delay_hours.median", 1),
                "within_48h": self.value("response_delay_hours.within_48h"),
            },
            "promotion_rate": self.value("promotion_rate"),
            "retention_yoy": self.value("retention_yoy"),
            "nps": {"value": self.value("nps", 0), "n": self.nps.n},
            "production_by_kind": self.production_by_kind(),
            "n": {key: gate.n for key, gate in self.gates.items()},
            "null_reasons": reasons,
            "details": {
                "recently_inactive": {
                    "count": p.inactive_total,
                    "ranked": p.ranked,
                    "people": [
                        {
                            "id": person.person_id,
                            "name": person.name,
                            "last_contribution": person.last_day.isoformat(),
                            "points_in_window": person.score,
                        }
                        for person in p.inactive
                    ],
                },
                "active_share": {
                    "30d": self.value("active_30d.share"),
                    "90d": self.value("active_90d.share"),
                },
                "levels": {
                    "moved_up": up,
                    "held": held,
                    "moved_down": down,
                    "held_rate": self.value("levels.held_rate"),
                    "moved_down_rate": self.value("levels.moved_down_rate"),
                    "at_since": self.level_distribution(at_end=False),
                    "at_until": self.level_distribution(at_end=True),
                },
                "retention_by_cohort": {
                    str(year): {"value": self.value(f"retention_by_cohort.{year}"), "n": base}
                    for year, (base, _) in p.retention.items()
                },
                "participation": {
                    "invited": self.solicit.invited,
                    "took_part": self.solicit.took_part,
                },
                "nps": {
                    "promoters": self.nps.promoters,
                    "passives": self.nps.passives,
                    "detractors": self.nps.detractors,
                    "by_wave": {
                        wave.survey: {
                            "value": self.value(f"nps_by_wave.{wave.survey}", 0),
                            "n": wave.n,
                        }
                        for wave in self.nps.waves
                    },
                },
                "active_by_month": {
                    month_first_day(m).strftime("%Y-%m"): self.active_by_month.get(m, 0)
                    for m in self.months()
                },
            },
            "generated_at": self.generated_at.isoformat(timespec="seconds"),
        }


def median_of(histogram: dict[int, int]) -> float | None:
    """The median of values given as value → how many (exact, both middles averaged)."""
    total = sum(histogram.values())
    if total == 0:
        return None
    wanted = ((total - 1) // 2, total // 2)
    found: list[int] = []
    seen = 0
    for value in sorted(histogram):
        count = histogram[value]
        for position in wanted:
            if seen <= position < seen + count:
                found.append(value)
        seen += count
    return sum(found) / len(found)


def make_window(period: Period, zone: str, now: datetime, settings: KpiSettings) -> Window:
    tz = ZoneInfo(zone)

    def local_midnight(day: date) -> datetime:
        return datetime.combine(day, time.min, tz).astimezone(UTC)

    return Window(
        since=period.since,
        until=period.until,
        start=local_midnight(period.since),
        end=local_midnight(period.until + timedelta(days=1)),
        now=now,
        activity_months=settings.inactive.activity_months,
        silent_min_days=settings.inactive.silent_min_days,
        silent_max_days=settings.inactive.silent_max_days,
        top_share=settings.inactive.top_share,
    )


def compute(
    connection: Connection,
    scope: Scope,
    period: Period,
    *,
    levels: list[str],
    kinds: list[str],
    settings: KpiSettings,
    zone: str,
    now: datetime,
) -> Card:
    """The whole card for one client (and group) and one period: a handful of SQL statements."""
    window = make_window(period, zone, now, settings)
    if connection.dialect.name == "postgresql":
        connection.execute(text(POSTGRES_SETUP))
    card = Card(
        client=scope.client,
        group=scope.group,
        period=period,
        min_n=settings.min_n,
        levels=levels,
        kinds=kinds,
        people=people_facts(connection, scope, window, levels),
        kinds_by_month=kinds_by_month(connection, scope, window),
        active_by_month=active_by_month(connection, scope, window),
        solicit=solicit_facts(connection, scope, window),
        nps=nps_facts(connection, scope, window),
        generated_at=now,
    )
    card.compute_gates()
    return card
