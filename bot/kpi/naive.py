"""The same card, computed the naive way: load the rows into Python, then count.

The benchmark's baseline (`ambassade bench kpi` reports the ratio), and the tests' second
opinion: it reads the log itself (`contribution`, never the roll-ups), so a roll-up, a
trigger or a query that drifts from the definitions shows as a difference.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, text

from bot.kpi.card import Card, make_window
from bot.kpi.period import Period
from bot.kpi.queries import INACTIVE_SHOWN, InactivePerson, PeopleFacts
from bot.kpi.rollup import month_index
from bot.kpi.scope import Scope, as_date, statement
from bot.kpi.series import DELAY_BUCKETS, NpsFacts, NpsWave, SolicitFacts
from bot.kpi.settings import KpiSettings

DAY = 86_400


def _aware(value: Any) -> datetime:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _people(connection: Connection, scope: Scope) -> dict[int, dict[str, Any]]:
    dialect = connection.dialect.name
    where = scope.people_where(dialect)
    sql = f"SELECT p.id, p.name, p.created_at, p.status FROM person p WHERE {where}"
    values = scope.params()
    return {
        int(pid): {"name": name, "created_at": _aware(created), "status": status}
        for pid, name, created, status in connection.execute(statement(sql, values), values)
    }


def compute_naive(
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
    window = make_window(period, zone, now, settings)
    people = _people(connection, scope)
    first_day = min(window.history_start, period.since)
    rows = [
        (int(pid), kind, as_date(day), int(points))
        for pid, kind, day, points in connection.execute(
            statement(
                "SELECT person_id, kind, occurred_on, points FROM contribution "
                "WHERE client = :client AND status = 'approved' AND occurred_on <= :until",
                {"client": scope.client, "until": period.until},
            ),
            {"client": scope.client, "until": period.until},
        )
        if int(pid) in people
    ]
    facts = PeopleFacts()
    in_period: Counter[int] = Counter()
    by_month_kind: Counter[tuple[int, str]] = Counter()
    active_month: defaultdict[int, set[int]] = defaultdict(set)
    last: dict[int, date] = {}
    first_month: dict[int, int] = {}
    score: Counter[int] = Counter()
    act_n: Counter[int] = Counter()
    was: set[int] = set()
    kept: set[int] = set()
    m = window.month
    for pid, kind, day, points in rows:
        assert day is not None
        month = month_index(day)
        first_month[pid] = min(first_month.get(pid, month), month)
        if day < first_day:
            continue
        if period.since <= day:
            in_period[pid] += 1
            by_month_kind[(month, kind)] += 1
            active_month[month].add(pid)
        last[pid] = max(last.get(pid, day), day)
        if month >= m - (window.activity_months - 1):
            score[pid] += points
            act_n[pid] += 1
        if m - 23 <= month <= m - 12:
            was.add(pid)
        if month >= m - 11:
            kept.add(pid)
    ambassadors = [
        pid
        for pid, person in people.items()
        if (person["created_at"] < window.end and person["status"] != "left") or in_period[pid]
    ]
    facts.ambassadors = len(ambassadors)
    facts.contributions = sum(in_period[pid] for pid in ambassadors)
    facts.histogram = dict(Counter(in_period[pid] for pid in ambassadors))
    facts.active_30d = sum(
        1 for p in ambassadors if p in last and last[p] >= period.until - timedelta(days=29)
    )
    facts.active_90d = sum(
        1 for p in ambassadors if p in last and last[p] >= period.until - timedelta(days=89)
    )
    ranked = sorted((p for p in ambassadors if act_n[p]), key=lambda p: (-score[p], -act_n[p], p))
    facts.ranked = len(ranked)
    silent = (
        period.until - timedelta(days=window.silent_max_days),
        period.until - timedelta(days=window.silent_min_days),
    )
    top = [p for i, p in enumerate(ranked) if i < len(ranked) * window.top_share]
    cohort = sorted(
        (p for p in top if silent[0] <= last[p] <= silent[1]), key=lambda p: (-score[p], p)
    )
    facts.inactive_total = len(cohort)
    facts.inactive = [
        InactivePerson(p, people[p]["name"], last[p], score[p]) for p in cohort[:INACTIVE_SHOWN]
    ]
    retention: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for pid in was:
        retention[first_month[pid] // 12][0] += 1
        retention[first_month[pid] // 12][1] += pid in kept
    facts.retention = {year: (b, k) for year, (b, k) in sorted(retention.items())}
    facts.levels = _levels(connection, scope.client, ambassadors, levels, window.start, window.end)
    card = Card(
        client=scope.client,
        group=scope.group,
        period=period,
        min_n=settings.min_n,
        levels=levels,
        kinds=kinds,
        people=facts,
        kinds_by_month=dict(by_month_kind),
        active_by_month={month: len(pids) for month, pids in active_month.items()},
        solicit=_solicit(connection, scope.client, people, window.start, window.end, now),
        nps=_nps(connection, scope.client, people, window.start, window.end),
        generated_at=now,
    )
    card.compute_gates()
    return card


def _levels(
    connection: Connection,
    client: str,
    ambassadors: list[int],
    levels: list[str],
    start: datetime,
    end: datetime,
) -> dict[tuple[int, int], int]:
    rank = {level: i for i, level in enumerate(levels)}
    # The latest change before each bound; at the same instant, the highest level.
    latest: dict[int, list[tuple[datetime, int] | None]] = defaultdict(lambda: [None, None])
    for pid, to_level, changed_at in connection.execute(
        text("SELECT person_id, to_level, changed_at FROM level_change WHERE client = :c"),
        {"c": client},
    ):
        moment = _aware(changed_at)
        for slot, bound in enumerate((start, end)):
            if moment < bound:
                current = latest[int(pid)][slot]
                candidate = (moment, rank.get(to_level, 0))
                if current is None or candidate > current:
                    latest[int(pid)][slot] = candidate
    moves: Counter[tuple[int, int]] = Counter()
    for pid in ambassadors:
        at = latest.get(pid, [None, None])
        ranks = tuple(item[1] if item else 0 for item in at)
        moves[ranks] += 1  # type: ignore[index]
    return dict(moves)


def _solicit(
    connection: Connection,
    client: str,
    people: dict[int, Any],
    start: datetime,
    end: datetime,
    now: datetime,
) -> SolicitFacts:
    facts = SolicitFacts(buckets=[0] * (len(DELAY_BUCKETS) + 1))
    delays: list[float] = []
    for pid, status, invited_at, answered_at, delay in connection.execute(
        text(
            "SELECT person_id, status, invited_at, answered_at, response_delay_seconds "
            "FROM solicitation_response WHERE client = :c AND invited_at IS NOT NULL"
        ),
        {"c": client},
    ):
        invited = _aware(invited_at)
        if int(pid) not in people or not start <= invited < end:
            continue
        facts.invited += 1
        facts.took_part += status in ("accepted", "done")
        answered = answered_at is not None and delay is not None
        if answered:
            delays.append(float(delay))
            facts.within_48h += float(delay) <= 2 * DAY
            bucket = next(
                (i for i, b in enumerate(DELAY_BUCKETS) if delay <= b), len(DELAY_BUCKETS)
            )
            facts.buckets[bucket] += 1
        facts.decided += answered or invited <= now - timedelta(hours=48)
    facts.answered = len(delays)
    if delays:
        delays.sort()
        middle = len(delays) // 2
        both = delays[middle] if len(delays) % 2 else (delays[middle - 1] + delays[middle]) / 2
        facts.median_seconds = both
    return facts


def _nps(
    connection: Connection, client: str, people: dict[int, Any], start: datetime, end: datetime
) -> NpsFacts:
    facts = NpsFacts()
    waves: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for pid, score, answered_at, survey in connection.execute(
        text("SELECT person_id, score, answered_at, survey FROM nps_answer WHERE client = :c"),
        {"c": client},
    ):
        if int(pid) not in people or not start <= _aware(answered_at) < end:
            continue
        facts.n += 1
        facts.promoters += score >= 9
        facts.passives += 7 <= score <= 8
        facts.detractors += score <= 6
        wave = waves[str(survey)]
        wave[0] += 1
        wave[1] += score >= 9
        wave[2] += score <= 6
    facts.waves = [NpsWave(s, n, p, d) for s, (n, p, d) in sorted(waves.items())]
    return facts
