"""What `ambassade bench kpi` shows: a progress bar while it runs, then its tables (the card
beside its naive baseline, per engine; the issue's targets; the machine the figures were
taken on)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from bot.bench.kpi import BenchResult
from bot.bench.kpi_load import Progress as ProgressCallback


@contextmanager
def progress_bar(console: Console) -> Iterator[ProgressCallback]:
    """One bar per stage of the run (generating, loading, measuring), while it lasts."""
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total}"),
        TimeElapsedColumn(),
        console=console,
    ) as bar:
        tasks: dict[str, object] = {}

        def progress(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done, total=total)  # type: ignore[arg-type]

        yield progress


def print_tables(console: Console, result: BenchResult) -> None:
    data = result.as_dict()
    params = data["params"]
    table = Table(
        title=f"KPI card, one year ({data['period']['since']} → {data['period']['until']}): "
        f"{params['ambassadors']:,} ambassadors, {params['contributions']:,} contributions"
    )
    for column in (
        "engine",
        "card ms (median)",
        "card CPU ms",
        "naive ms",
        "ratio",
        "same figures",
        "log p95 ms",
        "charts ms",
        "runs (card ms)",
    ):
        table.add_column(column)
    for e in data["engines"]:
        table.add_row(
            e["engine"],
            f"{e['card_ms_median']:.0f}",
            f"{e['card_cpu_ms_median']:.0f}",
            f"{e['naive_ms_median']:.0f}",
            f"×{e['ratio']:.0f}",
            "yes" if e["same_figures"] else "NO",
            f"{e['log_ms_p95']:.1f}",
            f"{e['charts_ms_median']:.0f} (first {e['charts_ms_first']:.0f})",
            ", ".join(f"{v:.0f}" for v in e["card_ms_runs"]),
        )
    console.print(table)
    targets = Table(title="Targets (issue 17)")
    targets.add_column("target")
    targets.add_column("result", justify="center")
    for item in data["targets"]:
        targets.add_row(item["target"], "[green]PASS[/]" if item["ok"] else "[red]FAIL[/]")
    console.print(targets)
    machine = data["machine"]
    console.print(f"{machine['cpus']} CPUs, load average {machine['load_average']}")
