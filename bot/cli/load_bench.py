"""`ambassade bench load`: the scale-out targets (issue 21), by part (`--only`).

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


def bench_load(
    only: str | None = typer.Option(None, "--only", help="One part: leader."),
    database_url: list[str] = typer.Option(
        [],
        "--database-url",
        help="A database to run on (repeatable; a fresh database is created beside it and "
        "dropped after); 'sqlite' for SQLite in a temporary folder (the default).",
    ),
    reminders: int = typer.Option(2000, "--reminders", help="Reminders due at once (leader)."),
    kill_after: float = typer.Option(
        0.3, "--kill-after", help="Share of the reminders delivered before the SIGKILL (leader)."
    ),
    as_json: bool = typer.Option(False, "--json", help="One JSON object instead of tables."),
) -> None:
    """Scale-out: two schedulers with reminders due, the leader SIGKILLed mid-run."""
    from bot.bench.load.run import PARTS

    if only is not None and only not in PARTS:
        fail(_t("load_bad_only", value=only, parts=", ".join(PARTS)))
    if reminders < 1:
        fail(_t("too_small", option="--reminders", minimum="1", value=str(reminders)))
    if not 0 < kill_after < 1:
        fail(_t("load_bad_share", value=f"{kill_after:g}"))
    from bot.bench.database import check_database

    urls: list[str | None] = [None if u == "sqlite" else u for u in database_url] or [None]
    for url in urls:
        problem = check_database(url)
        if problem is not None:
            fail(_t("bad_database", url=url, reason=problem))
    from bot.bench.load.run import leader_table, run_load_bench

    result = run_load_bench(
        parts=(only,) if only else PARTS,
        database_urls=urls,
        reminders=reminders,
        kill_share=kill_after,
        progress=None if as_json else console,
    )
    if as_json:
        typer.echo(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
    elif result.leader:
        console.print(leader_table(result))
    if not result.passed:
        raise typer.Exit(1)


def register(app: typer.Typer, bench_app: typer.Typer) -> None:
    bench_app.command("load")(bench_load)
