"""`ambassade bench solicitations`: fair choice over a simulated year, delivery exactly once
(the measures and their tables in `bot/bench/solicitations/`).

The heavy modules are imported inside the command, so `ambassade --help` stays light.
"""

from __future__ import annotations

import json

import typer
from rich.console import Console

from bot.cli.common import cli_language, fail
from prompts.catalog import text

console = Console(highlight=False)


def _t(key: str, **values: object) -> str:
    return text(cli_language(), f"clibench.{key}", **values)


def _check(option: str, value: float, minimum: float) -> None:
    if value < minimum:
        fail(_t("too_small", option=option, minimum=f"{minimum:g}", value=f"{value:g}"))


def bench_solicitations(
    database_url: str | None = typer.Option(
        None,
        "--database-url",
        help="Database for the delivery runs (a fresh database is created beside it and "
        "dropped after; default: SQLite in a temporary folder).",
    ),
    reminders: int = typer.Option(10_000, "--reminders", help="Reminders due within the hour."),
    speed: float = typer.Option(
        15.0, "--speed", help="How much faster than the wall the simulated hour runs."
    ),
    kills: int = typer.Option(2, "--kills", help="SIGKILLs of the sender in the restart run."),
    people: int = typer.Option(300, "--people", help="Ambassadors in the simulated year."),
    solicitations: int = typer.Option(120, "--solicitations", help="Solicitations in the year."),
    days: int = typer.Option(365, "--days", help="Length of the simulated year, in days."),
    seed: int = typer.Option(16, "--seed", help="Seed of every random draw."),
    only: str | None = typer.Option(None, "--only", help="One part: fairness or delivery."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object instead of tables."),
) -> None:
    """Fair choice over a simulated year, and reminders sent exactly once to a fake Slack."""
    if only not in (None, "fairness", "delivery"):
        fail(_t("bad_only", value=only))
    for option, value, minimum in (
        ("--reminders", reminders, 1),
        ("--kills", kills, 0),
        ("--people", people, 1),
        ("--solicitations", solicitations, 1),
        ("--days", days, 14),
    ):
        _check(option, value, minimum)
    if speed <= 0:
        fail(_t("too_small", option="--speed", minimum="0.1", value=f"{speed:g}"))
    from bot.bench.database import check_database
    from bot.bench.solicitations.run import run_bench

    if only != "fairness":
        problem = check_database(database_url)
        if problem is not None:
            fail(_t("bad_database", url=database_url, reason=problem))
    result = run_bench(
        database_url=database_url,
        reminders=reminders,
        speed=speed,
        kills=kills,
        people=people,
        solicitations=solicitations,
        days=days,
        seed=seed,
        fairness=only != "delivery",
        delivery=only != "fairness",
        progress=None if as_json else console,
    )
    if as_json:
        typer.echo(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
        return
    from bot.bench.solicitations.run import delivery_table, fairness_table, targets_table

    if result.fairness is not None:
        console.print(fairness_table(result.fairness))
    if result.delivery:
        console.print(delivery_table(result.delivery))
    console.print(targets_table(result.targets()))


def register(app: typer.Typer, bench_app: typer.Typer) -> None:
    bench_app.command("solicitations")(bench_solicitations)
