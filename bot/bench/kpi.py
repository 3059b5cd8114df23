"""`ambassade bench kpi`: the KPI card on a generated program, beside the naive baseline.

A program of 20,000 ambassadors and 1,000,000 contributions over 3 years (`--scale`
shrinks both), generated once (`kpi_data`, bulk-loaded by `kpi_load`, the SQLite file
cached under `$AMBASSADE_HOME/bench/`). On SQLite, and on PostgreSQL when a URL is given (a
database created beside it and dropped after; with `reuse_postgres` a copy of one kept
on the server, generated once and keyed like the SQLite file), it measures, medians over `runs`:
- the whole card for one client and one year (every figure: the SQL of `bot.kpi.card`),
  beside the naive card that loads the rows into Python in the same process (the ratio),
  and checks that both give the same figures;
- logging one contribution through the contributions log (`ContributionLog.log`: checks,
  caps, points, levels, badges, the roll-up triggers), p95;
- rendering all the card's charts.
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text

from bot.bench.database import kept_postgres, scratch_postgres
from bot.bench.kpi_data import CLIENT, Params
from bot.bench.kpi_load import Progress, cached_sqlite, head_revision, load
from bot.store.database import Database

CARD_TARGET_MS = 300.0
LOG_P95_TARGET_MS = 20.0
CHARTS_TARGET_MS = 1000.0


@dataclass
class EngineResult:
    engine: str
    card_ms: list[float] = field(default_factory=list)
    card_cpu_ms: list[float] = field(default_factory=list)  # this process's CPU (SQLite: all)
    naive_ms: list[float] = field(default_factory=list)
    same_figures: bool = False
    log_ms: list[float] = field(default_factory=list)
    charts_ms: list[float] = field(default_factory=list)
    charts_first_ms: float = 0.0
    logging: str = "ContributionLog.log"
    rows: dict[str, int] = field(default_factory=dict)
    setup_s: float = 0.0

    @property
    def card_median(self) -> float:
        return statistics.median(self.card_ms)

    @property
    def naive_median(self) -> float:
        return statistics.median(self.naive_ms)

    @property
    def ratio(self) -> float:
        return self.naive_median / self.card_median if self.card_median else 0.0

    @property
    def log_p95(self) -> float:
        ordered = sorted(self.log_ms)
        return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]

    @property
    def charts_median(self) -> float:
        return statistics.median(self.charts_ms)

    def summary(self) -> dict[str, Any]:
        return {
            "engine": self.engine,
            "card_ms_median": round(self.card_median, 1),
            "card_ms_runs": [round(v, 1) for v in self.card_ms],
            "card_cpu_ms_median": round(statistics.median(self.card_cpu_ms), 1),
            "naive_ms_median": round(self.naive_median, 1),
            "ratio": round(self.ratio, 1),
            "same_figures": self.same_figures,
            "log_ms_p95": round(self.log_p95, 2),
            "log_ms_median": round(statistics.median(self.log_ms), 2),
            "logging": self.logging,
            "charts_ms_median": round(self.charts_median, 1),
            "charts_ms_first": round(self.charts_first_ms, 1),
            "rows": self.rows,
            "setup_s": round(self.setup_s, 1),
        }

    def targets(self) -> list[tuple[str, bool]]:
        name = self.engine
        return [
            (f"{name}: card ≤ {CARD_TARGET_MS:.0f} ms", self.card_median <= CARD_TARGET_MS),
            (f"{name}: same figures as the naive card", self.same_figures),
            (
                f"{name}: logging p95 ≤ {LOG_P95_TARGET_MS:.0f} ms",
                self.log_p95 <= LOG_P95_TARGET_MS,
            ),
            (f"{name}: charts ≤ {CHARTS_TARGET_MS:.0f} ms", self.charts_median <= CHARTS_TARGET_MS),
        ]


@dataclass
class BenchResult:
    params: Params
    engines: list[EngineResult]
    cpu_count: int = field(default_factory=lambda: os.cpu_count() or 1)
    load_average: tuple[float, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        params = asdict(self.params)
        params["end"] = self.params.end.isoformat()
        return {
            "params": params,
            "period": {
                "since": f"{self.params.end.year}-01-01",
                "until": self.params.end.isoformat(),
            },
            "engines": [e.summary() for e in self.engines],
            "targets": [{"target": n, "ok": ok} for e in self.engines for n, ok in e.targets()],
            "machine": {"cpus": self.cpu_count, "load_average": list(self.load_average)},
        }


def bench_config() -> Any:
    from bot.tenants import ClientConfig

    return ClientConfig(name=CLIENT)


def _timed(work: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    value = work()
    return (time.perf_counter() - start) * 1000, value


def measure(
    db: Database, params: Params, runs: int, naive_runs: int, logs: int, engine: str
) -> EngineResult:
    from bot.kpi.charts import render_all
    from bot.kpi.period import Period
    from bot.kpi.service import card_for

    config = bench_config()
    period = Period(date(params.end.year, 1, 1), params.end)
    now = datetime.combine(params.end + timedelta(days=2), datetime.min.time(), UTC)
    result = EngineResult(engine)
    card_for(db, config, period, None, now)  # warm the caches once (a bot is long-running)
    card = None
    for _ in range(runs):
        cpu = time.process_time()
        elapsed, card = _timed(lambda: card_for(db, config, period, None, now))
        result.card_cpu_ms.append((time.process_time() - cpu) * 1000)
        result.card_ms.append(elapsed)
    naive = None
    for _ in range(naive_runs):
        elapsed, naive = _timed(lambda: card_for(db, config, period, None, now, naive=True))
        result.naive_ms.append(elapsed)
    assert card is not None and naive is not None
    fast, slow = card.as_json(), naive.as_json()
    fast.pop("generated_at")
    slow.pop("generated_at")
    result.same_figures = fast == slow
    result.charts_first_ms, _ = _timed(lambda: render_all(card, "fr"))
    for _ in range(runs):
        elapsed, _ = _timed(lambda: render_all(card, "fr"))
        result.charts_ms.append(elapsed)
    result.log_ms = _log_contributions(db, config, params, logs)
    return result


def _log_contributions(db: Database, config: Any, params: Params, count: int) -> list[float]:
    """Log `count` contributions one by one through the contributions log; each one's ms."""
    from bot.contributions.log import ContributionLog, NewContribution

    log = ContributionLog(db)
    today = datetime.now(UTC).date()
    timings = []
    for i in range(count):
        person = 1 + (i * 7919) % params.ambassadors
        new = NewContribution(
            person_id=person, kind="review", occurred_on=today, note=f"bench {uuid.uuid4().hex}"
        )
        elapsed, _ = _timed(lambda new=new: log.log(config, new, tell_person=False))
        timings.append(elapsed)
    return timings


def run_bench(
    *,
    home: Path,
    params: Params,
    postgres_url: str | None,
    sqlite: bool = True,
    runs: int = 5,
    naive_runs: int = 2,
    logs: int = 200,
    reuse_postgres: bool = False,
    progress: Progress | None = None,
) -> BenchResult:
    engines: list[EngineResult] = []
    report = progress or (lambda stage, done, total: None)
    if sqlite:
        started = time.perf_counter()
        cached, _ = cached_sqlite(home, params, report)
        with tempfile.TemporaryDirectory(prefix="ambassade-kpi-") as work:
            copy = Path(work) / "bench.db"
            shutil.copyfile(cached, copy)  # logging writes: the cached file stays as generated
            db = Database(f"sqlite:///{copy}")
            try:
                db.migrate()
                setup = time.perf_counter() - started
                result = measure(db, params, runs, naive_runs, logs, "sqlite")
                result.setup_s = setup
                result.rows = _counts(db)
            finally:
                db.dispose()
        engines.append(result)
    if postgres_url:
        started = time.perf_counter()

        def build(url: str) -> None:
            db = Database(url)
            try:
                db.migrate()
                load(db, params, report)
            finally:
                db.dispose()
            analyze = create_engine(url, isolation_level="AUTOCOMMIT")
            try:
                with analyze.connect() as connection:
                    connection.execute(text("VACUUM ANALYZE"))
            finally:
                analyze.dispose()

        if reuse_postgres:
            kept = f"ambassade_bench_kpi_{params.cache_key(head_revision())}"
            database = kept_postgres(postgres_url, kept, build)
        else:
            database = scratch_postgres(postgres_url, "ambassade_bench_kpi")
        with database as url:
            if not reuse_postgres:
                build(url)
            db = Database(url)
            try:
                db.migrate()
                setup = time.perf_counter() - started
                result = measure(db, params, runs, naive_runs, logs, "postgresql")
                result.setup_s = setup
                result.rows = _counts(db)
            finally:
                db.dispose()
        engines.append(result)
    load_average = os.getloadavg() if hasattr(os, "getloadavg") else ()
    return BenchResult(params, engines, load_average=tuple(round(v, 2) for v in load_average))


def _counts(db: Database) -> dict[str, int]:
    with db.engine.connect() as connection:
        return {
            table: int(connection.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar_one())
            for table in (
                "person",
                "contribution",
                "kpi_person_month",
                "level_change",
                "nps_answer",
            )
        }
