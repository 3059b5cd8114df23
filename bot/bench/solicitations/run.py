"""Run both parts of `ambassade bench solicitations` and lay the figures out in tables."""

from __future__ import annotations

import asyncio
import math

from rich.console import Console
from rich.table import Table

from bot.bench.solicitations.delivery import DeliveryRun, run_delivery
from bot.bench.solicitations.fairness_sim import FairnessResult, run_fairness
from bot.bench.solicitations.report import BenchResult


def run_bench(
    *,
    database_url: str | None,
    reminders: int,
    speed: float,
    kills: int,
    people: int,
    solicitations: int,
    days: int,
    seed: int,
    fairness: bool = True,
    delivery: bool = True,
    progress: Console | None = None,
) -> BenchResult:
    result = BenchResult()
    if fairness:
        with _status(progress, f"fairness: {days} simulated days, {people} ambassadors…"):
            result.fairness = run_fairness(
                people=people, solicitations=solicitations, days=days, seed=seed
            )
    if delivery:
        for run_kills in (0, kills) if kills else (0,):
            name = f"killed ×{run_kills}" if run_kills else "steady"
            minutes = 60 / speed
            label = f"delivery ({name}): {reminders} reminders, the hour in {minutes:.1f} min…"
            with _status(progress, label):
                run = asyncio.run(
                    run_delivery(
                        database_url=database_url,
                        reminders=reminders,
                        speed=speed,
                        kills=run_kills,
                        seed_value=seed,
                    )
                )
            result.delivery.append(run)
    return result


class _Quiet:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *_: object) -> None:
        return None


def _status(console: Console | None, label: str):
    return console.status(label) if console is not None else _Quiet()


def fairness_table(result: FairnessResult) -> Table:
    window = result.answer_window_hours
    rules = (
        f"answer window {window:g} h, ≤ {result.invitations_per_place:g} invitations per place"
        if window is not None
        else "no answer window"
    )
    table = Table(
        title=(
            f"Fair choice — {result.days} simulated days, {result.people} ambassadors, "
            f"{result.solicitations} solicitations, cap {result.cap} asks / 30 days, {rules}"
        )
    )
    table.add_column("metric")
    table.add_column("ambassade", justify="right")
    table.add_column("most responsive first", justify="right")
    fair, base = result.fair, result.baseline
    n = result.people
    rows = [
        ("places", str(fair.places), str(base.places)),
        ("filled", str(fair.filled), str(base.filled)),
        ("fill rate", f"{fair.fill_rate:.1%}", f"{base.fill_rate:.1%}"),
        (
            "max asks / person / 30 days",
            str(fair.max_asks_in_30_days()),
            str(base.max_asks_in_30_days()),
        ),
        ("asked at least once", f"{fair.share_asked(n):.1%}", f"{base.share_asked(n):.1%}"),
        ("Gini of asks", f"{fair.gini(n):.3f}", f"{base.gini(n):.3f}"),
        ("invitations sent", str(fair.invitations()), str(base.invitations())),
        ("  unanswered within the answer window", str(fair.lapsed), "-"),
        ("  a late yes taken (a place was free)", str(fair.late_yes), "-"),
        ("  a yes told it was full", str(fair.told_full), str(base.told_full)),
        ("  told it was full before answering", str(fair.released), "-"),
        ("messages (invitations, reminders…)", str(fair.messages), str(base.messages)),
        ("messages in quiet hours", str(fair.quiet_violations), str(base.quiet_violations)),
        ("paused as unresponsive at the end", str(fair.paused), "-"),
    ]
    for row in rows:
        table.add_row(*row)
    return table


def delivery_table(runs: list[DeliveryRun]) -> Table:
    table = Table(title="Delivery — reminders due within one simulated hour, to a fake Slack")
    table.add_column("metric")
    for run in runs:
        table.add_column(
            f"{run.database}, {'killed ×' + str(run.kills) if run.kills else 'steady'}",
            justify="right",
        )

    def seconds(value: float) -> str:
        return f"{value:.2f} s" if math.isfinite(value) else "-"

    rows = [
        ("reminders", [str(r.reminders) for r in runs]),
        ("hour run in (wall)", [f"{3600 / r.speed / 60:.1f} min (×{r.speed:g})" for r in runs]),
        ("posts received", [str(r.received) for r in runs]),
        ("distinct delivered", [str(r.delivered) for r in runs]),
        ("duplicates", [str(r.duplicates) for r in runs]),
        ("missed", [str(r.missed) for r in runs]),
        ("rows failed", [str(r.failed_rows) for r in runs]),
        ("rows claimed again (after a kill)", [str(r.reclaimed) for r in runs]),
        ("sends begun again (killed mid-send)", [str(r.resent) for r in runs]),
        ("history look-ups before a resend", [str(r.looked_up) for r in runs]),
        ("lateness p50", [seconds(r.percentile(0.5)) for r in runs]),
        ("lateness p95", [seconds(r.percentile(0.95)) for r in runs]),
        ("lateness max", [seconds(max(r.lateness, default=math.inf)) for r in runs]),
        ("wall time", [f"{r.wall_seconds:.0f} s" for r in runs]),
        ("error", [r.error or "" for r in runs]),
    ]
    for name, values in rows:
        table.add_row(name, *values)
    return table


def targets_table(targets: list[tuple[str, bool]]) -> Table:
    table = Table(title="Targets (issue 16)")
    table.add_column("target")
    table.add_column("result", justify="center")
    for name, ok in targets:
        table.add_row(name, "[green]PASS[/]" if ok else "[red]FAIL[/]")
    return table
