"""A generated ambassador program for `ambassade bench kpi`: people, contributions, asks,
level changes and NPS answers over a few years, drawn with a seed.

Drawn with numpy (vectorised), written with bulk inserts: one `executemany` per table on
SQLite (foreign keys checked off during the load, the schema made by the migrations), one
`COPY` per table on PostgreSQL. A SQLite file is cached under `$AMBASSADE_HOME/bench/`,
keyed by the parameters, the generator's version and the schema's head revision, so a
second run starts at once.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np

GENERATOR_VERSION = 3
CLIENT = "bench"
GROUPS = ("Nord", "Sud", "Est", "Ouest", "Paris")
KINDS = ("testimonial", "review", "event", "referral", "social_share", "product_feedback", "other")
KIND_SHARE = (0.08, 0.22, 0.10, 0.06, 0.36, 0.12, 0.06)
KIND_POINTS = (50, 20, 40, 30, 10, 25, 10)
LEVELS = (("active", 100), ("expert", 400), ("champion", 1000))
STAFF = 12
Progress = Callable[[str, int, int], None]  # (stage, done, total)


@dataclass(frozen=True)
class Params:
    ambassadors: int = 20_000
    contributions: int = 1_000_000
    years: int = 3
    end: date = date(2025, 12, 31)
    seed: int = 17

    @property
    def start(self) -> date:
        return self.end - timedelta(days=365 * self.years - 1)

    def cache_key(self, schema_revision: str) -> str:
        data = {**asdict(self), "end": self.end.isoformat(), "v": GENERATOR_VERSION}
        data["schema"] = schema_revision
        return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:16]


def _stamp(moment: datetime) -> str:
    """A UTC time as SQLAlchemy stores it on SQLite."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


@dataclass
class Tables:
    """Rows to load, per table, as tuples in `COLUMNS` order."""

    person: list[tuple[Any, ...]]
    contribution: Iterator[list[tuple[Any, ...]]]  # chunks (the big one is streamed)
    solicitation: list[tuple[Any, ...]]
    solicitation_response: list[tuple[Any, ...]]
    level_change: list[tuple[Any, ...]]
    nps_answer: list[tuple[Any, ...]]
    person_identity: list[tuple[Any, ...]]


COLUMNS: dict[str, Sequence[str]] = {
    "person": [
        "id",
        "client",
        "name",
        "email",
        "role",
        "groups",
        "language",
        "timezone",
        "quiet_hours",
        "preferred_kinds",
        "status",
        "paused_until",
        "reminders_stopped_at",
        "created_at",
        "updated_at",
    ],
    "person_identity": ["id", "client", "person_id", "platform", "user_id", "display_name"],
    "contribution": [
        "id",
        "client",
        "person_id",
        "kind",
        "occurred_on",
        "logged_at",
        "points",
        "capped",
        "status",
        "source",
    ],
    "solicitation": [
        "id",
        "client",
        "kind",
        "title",
        "deadline_at",
        "timezone",
        "places",
        "points",
        "target_groups",
        "target_person_ids",
        "target_levels",
        "status",
        "auto",
        "source",
        "created_at",
        "updated_at",
    ],
    "solicitation_response": [
        "id",
        "client",
        "solicitation_id",
        "person_id",
        "status",
        "proposed_at",
        "invited_at",
        "answered_at",
        "response_delay_seconds",
        "reminders_sent",
        "updated_at",
    ],
    "level_change": [
        "id",
        "client",
        "person_id",
        "from_level",
        "to_level",
        "direction",
        "changed_at",
    ],
    "nps_answer": ["id", "client", "person_id", "score", "answered_at", "survey"],
}


class Generator:
    def __init__(self, params: Params) -> None:
        self.p = params
        self.rng = np.random.default_rng(params.seed)
        n = params.ambassadors
        span = 365 * params.years
        self.origin = params.start
        # Join day (offset from the start; some joined before it), churn day (or never).
        self.join = self.rng.integers(-120, span - 20, size=n)
        churns = self.rng.random(n) < 0.35
        life = self.rng.exponential(500, size=n).astype(np.int64) + 30
        self.leave = np.where(churns, self.join + life, span + 10_000)
        self.rate = self.rng.lognormal(0.0, 1.1, size=n)

    def day(self, offset: int) -> date:
        return self.origin + timedelta(days=int(offset))

    def people(self) -> list[tuple[Any, ...]]:
        rows: list[tuple[Any, ...]] = []
        span = 365 * self.p.years
        now = _stamp(datetime.combine(self.p.end, datetime.min.time(), UTC))
        group_draw = self.rng.integers(0, len(GROUPS), size=self.p.ambassadors)
        for i in range(self.p.ambassadors):
            created = datetime.combine(self.day(self.join[i]), datetime.min.time(), UTC)
            status = "left" if self.leave[i] < span else "active"
            groups = json.dumps([GROUPS[group_draw[i]]])
            rows.append(
                (
                    i + 1,
                    CLIENT,
                    f"Ambassadeur {i + 1}",
                    f"a{i + 1}@example.org",
                    "ambassador",
                    groups,
                    None,
                    None,
                    None,
                    "[]",
                    status,
                    None,
                    None,
                    _stamp(created),
                    now,
                )
            )
        for j in range(STAFF):
            role = "community_manager" if j % 2 == 0 else "facilitator"
            created = _stamp(datetime.combine(self.origin, datetime.min.time(), UTC))
            rows.append(
                (
                    self.p.ambassadors + j + 1,
                    CLIENT,
                    f"Staff {j + 1}",
                    f"s{j + 1}@example.org",
                    role,
                    json.dumps([GROUPS[j % len(GROUPS)]]),
                    None,
                    None,
                    None,
                    "[]",
                    "active",
                    None,
                    None,
                    created,
                    now,
                )
            )
        return rows

    def identities(self) -> list[tuple[Any, ...]]:
        total = self.p.ambassadors + STAFF
        return [(i, CLIENT, i, "console", f"u{i}", None) for i in range(1, total + 1)]

    def contribution_arrays(self) -> dict[str, np.ndarray]:
        """Who, when, what: each person's share is their rate times their days in the program."""
        span = 365 * self.p.years
        start = np.clip(self.join, 0, span - 1)
        stop = np.clip(self.leave, 0, span)  # exclusive
        days = np.maximum(stop - start, 0)
        weight = self.rate * days
        count = self.p.contributions
        who = self.rng.choice(self.p.ambassadors, size=count, p=weight / weight.sum())
        offset = start[who] + (self.rng.random(count) * days[who]).astype(np.int64)
        # Staff also log a few of their own (excluded from every KPI).
        staff = max(count // 500, 1)
        staff_who = self.p.ambassadors + self.rng.integers(0, STAFF, size=staff)
        who = np.concatenate([who, staff_who])
        offset = np.concatenate([offset, self.rng.integers(0, span, size=staff)])
        kind = self.rng.choice(len(KINDS), size=who.size, p=KIND_SHARE)
        status = self.rng.choice(3, size=who.size, p=(0.92, 0.05, 0.03))
        order = np.lexsort((offset, who))
        return {
            "who": who[order],
            "offset": offset[order],
            "kind": kind[order],
            "status": status[order],
        }

    def contributions(self, arrays: dict[str, np.ndarray], chunk: int) -> Iterator[list[tuple]]:
        names = ("approved", "pending", "rejected")
        span = 365 * self.p.years
        days = [self.day(d).isoformat() for d in range(span)]
        stamps = [[f"{day} {h:02d}:00:00.000000" for h in range(24)] for day in days]
        nexts = [*days[1:], (self.p.end + timedelta(days=1)).isoformat()]
        later = [[f"{day} {h:02d}:00:00.000000" for h in range(24)] for day in nexts]
        who = (arrays["who"] + 1).tolist()
        offset = arrays["offset"].tolist()
        kind = arrays["kind"].tolist()
        status = arrays["status"].tolist()
        hours = self.rng.integers(1, 48, size=len(who)).tolist()
        for low in range(0, len(who), chunk):
            rows = []
            for i in range(low, min(low + chunk, len(who))):
                d, h, k = offset[i], hours[i], kind[i]
                logged = stamps[d][h] if h < 24 else later[d][h - 24]
                rows.append(
                    (
                        i + 1,
                        CLIENT,
                        who[i],
                        KINDS[k],
                        days[d],
                        logged,
                        KIND_POINTS[k],
                        False,
                        names[status[i]],
                        "import",
                    )
                )
            yield rows

    def levels(self, arrays: dict[str, np.ndarray]) -> list[tuple[Any, ...]]:
        """Promotions when approved points cross a threshold; a few demotions by staff."""
        ok = arrays["status"] == 0
        who, offset = arrays["who"][ok], arrays["offset"][ok]
        pts = np.array(KIND_POINTS)[arrays["kind"][ok]]
        cum = np.cumsum(pts)
        first = np.r_[True, who[1:] != who[:-1]]
        base = np.maximum.accumulate(np.where(first, cum - pts, 0))
        cum = cum - base  # points of the person so far (rows are sorted by person, date)
        rows: list[tuple[Any, ...]] = []
        reached: dict[int, list[tuple[int, str]]] = {}
        for level, threshold in LEVELS:
            crossing = (cum >= threshold) & ((cum - pts) < threshold)
            for person, day in zip(who[crossing], offset[crossing], strict=True):
                reached.setdefault(int(person), []).append((int(day), level))
        demote = self.rng.random(self.p.ambassadors + STAFF) < 0.02
        previous_of = {"active": "member", "expert": "active", "champion": "expert"}
        for person, steps in sorted(reached.items()):
            last = "member"
            for day, level in steps:
                moment = datetime.combine(self.day(day), datetime.min.time(), UTC)
                rows.append((person + 1, last, level, "up", _stamp(moment + timedelta(hours=20))))
                last = level
            if demote[person]:
                moment = datetime.combine(self.day(steps[-1][0] + 60), datetime.min.time(), UTC)
                rows.append((person + 1, last, previous_of[last], "down", _stamp(moment)))
        return [(i + 1, CLIENT, *row) for i, row in enumerate(rows)]

    def solicitations(self) -> tuple[list[tuple], list[tuple]]:
        span = 365 * self.p.years
        count = 150 * self.p.years
        asks, answers = [], []
        statuses = ("accepted", "declined", "done", "silent", "invited")
        for s in range(count):
            invited_day = int(self.rng.integers(0, span - 10))
            invited = datetime.combine(self.day(invited_day), datetime.min.time(), UTC)
            invited += timedelta(hours=9)
            deadline = invited + timedelta(days=14)
            kind = KINDS[int(self.rng.integers(0, len(KINDS)))]
            asks.append(
                (
                    s + 1,
                    CLIENT,
                    kind,
                    f"Sollicitation {s + 1}",
                    _stamp(deadline),
                    "Europe/Paris",
                    5,
                    0,
                    "[]",
                    "[]",
                    "[]",
                    "closed",
                    False,
                    "cli",
                    _stamp(invited),
                    _stamp(invited),
                )
            )
            present = np.flatnonzero((self.join <= invited_day) & (self.leave > invited_day))
            chosen = self.rng.choice(present, size=min(40, present.size), replace=False)
            status = self.rng.choice(len(statuses), size=chosen.size, p=(0.3, 0.2, 0.2, 0.25, 0.05))
            delay = self.rng.lognormal(np.log(20 * 3600), 1.2, size=chosen.size)
            for person, st, seconds in zip(chosen, status, delay, strict=True):
                name = statuses[st]
                answered = name in ("accepted", "declined", "done")
                answered_at = invited + timedelta(seconds=float(seconds)) if answered else None
                answers.append(
                    (
                        len(answers) + 1,
                        CLIENT,
                        s + 1,
                        int(person) + 1,
                        name,
                        _stamp(invited),
                        _stamp(invited),
                        _stamp(answered_at) if answered_at else None,
                        float(seconds) if answered else None,
                        0,
                        _stamp(invited),
                    )
                )
        return asks, answers

    def nps(self) -> list[tuple[Any, ...]]:
        rows: list[tuple[Any, ...]] = []
        scores = np.arange(11)
        weights = np.array([1, 1, 1, 2, 2, 4, 6, 10, 16, 20, 14], dtype=float)
        first = date(self.origin.year, self.origin.month, 1)
        wave = first
        while wave <= self.p.end:
            offset = (wave - self.origin).days
            present = np.flatnonzero((self.join <= offset) & (self.leave > offset))
            answering = present[self.rng.random(present.size) < 0.2]
            drawn = self.rng.choice(scores, size=answering.size, p=weights / weights.sum())
            late = self.rng.integers(0, 14 * 24, size=answering.size)
            for person, score, hours in zip(answering, drawn, late, strict=True):
                moment = datetime.combine(wave, datetime.min.time(), UTC)
                moment += timedelta(hours=int(hours))
                rows.append(
                    (
                        len(rows) + 1,
                        CLIENT,
                        int(person) + 1,
                        int(score),
                        _stamp(moment),
                        wave.strftime("%Y-%m"),
                    )
                )
            month = wave.month + 3
            wave = date(wave.year + (month - 1) // 12, (month - 1) % 12 + 1, 1)
        return rows


def cache_path(home: Path, params: Params, schema_revision: str) -> Path:
    return home / "bench" / f"kpi-{params.cache_key(schema_revision)}.db"
