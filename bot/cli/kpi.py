"""`ambassade kpi`: the program's health for one client, as a table, JSON or CSV, with PNGs.

The database and chart code load only when the command runs, so `ambassade --help` stays
light. The JSON is the contract described in the README ("Program health").
"""

from __future__ import annotations

import csv
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import typer

from bot.cli.common import cli_language, fail, load_client
from prompts.catalog import text

FORMATS = ("table", "json", "csv")


def _t(key: str, **values: object) -> str:
    return text(cli_language(), f"kpi.{key}", **values)


def kpi(
    client: str = typer.Option(..., "--client", "-c", help="Configured client name."),
    since: str = typer.Option(None, "--since", help="First day (2026-01-01 or 01/01/2026)."),
    until: str = typer.Option(None, "--until", help="Last day, included (default: today)."),
    group: str = typer.Option(None, "--group", "-g", help="Only this group of the roster."),
    output: str = typer.Option("table", "--format", "-f", help="table, json or csv."),
    png: Path = typer.Option(None, "--png", help="Also write the charts (PNG) in this folder."),
) -> None:
    """The program's KPIs over a period (default: the last 365 days), staff excluded.

    Every figure has its period and n; below the client's minimum n (kpi.min_n, default 10)
    a rate, mean, median or NPS is not given (null in JSON, with its reason).
    """
    from bot.kpi.period import PeriodError, make_period, parse_date
    from bot.kpi.service import card_for, today_for

    if output not in FORMATS:
        fail(_t("errors.bad_format", value=output))
    config = load_client(client)
    now = datetime.now(UTC)
    try:
        first = parse_date(since, "--since") if since else None
        last = parse_date(until, "--until") if until else None
        period = make_period(first, last, today_for(config, now))
    except PeriodError as exc:
        fail(_t(f"errors.{exc.code}", **exc.values))
    if png is not None:
        problem = _writable(png)
        if problem:
            fail(_t("errors.png_dir", path=png, reason=problem))
    from bot.settings import get_settings
    from bot.store import Database

    db = Database(get_settings().effective_database_url())
    try:
        db.migrate()
        card = card_for(db, config, period, group, now)
    except PeriodError as exc:
        fail(_t(f"errors.{exc.code}", **exc.values))
    finally:
        db.dispose()
    written = _write_charts(card, config, png) if png is not None else []
    if output == "json":
        typer.echo(json.dumps(card.as_json(), ensure_ascii=False, indent=2))
    elif output == "csv":
        from bot.kpi.present import csv_rows

        csv.writer(sys.stdout, lineterminator="\n").writerows(csv_rows(card))
    else:
        _table(card, config)
    for path in written:  # on stderr for json/csv, so stdout stays one document
        typer.echo(str(path), err=output != "table")


def _writable(folder: Path) -> str | None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".kpi-write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        return exc.strerror or type(exc).__name__
    return None


def _write_charts(card, config, folder: Path) -> list[Path]:  # type: ignore[no-untyped-def]
    from bot.kpi.charts import render_all
    from bot.kpi.present import kind_label

    lang = cli_language()
    labels = {kind: kind_label(config, kind, lang) for kind in card.kinds}
    paths = []
    for chart in render_all(card, lang, labels):
        path = folder / chart.filename
        path.write_bytes(chart.png)
        paths.append(path)
    return paths


def _table(card, config) -> None:  # type: ignore[no-untyped-def]
    from rich.console import Console
    from rich.table import Table

    from bot.kpi.present import CardText

    words = CardText(card, cli_language(), config)
    table = Table(title=f"{words.title()}\n{words.period()}", show_lines=True)
    table.add_column("KPI")
    table.add_column("")
    for label, value in words.fields():
        table.add_row(label, value)
    console = Console(highlight=False)
    console.print(table)
    console.print(words.footer())


def bench_kpi(
    scale: float = typer.Option(
        1.0, "--scale", help="Size of the program: 1 = 20,000 ambassadors, 1,000,000 contributions."
    ),
    postgres_url: str = typer.Option(
        None,
        "--postgres-url",
        help="Also on PostgreSQL: a database is created beside this URL and dropped after.",
    ),
    skip_sqlite: bool = typer.Option(False, "--no-sqlite", help="Only PostgreSQL."),
    reuse_postgres: bool = typer.Option(
        False,
        "--reuse-postgres",
        help="Keep the generated PostgreSQL database on the server (named after the scale, "
        "seed and schema) and work on a copy of it: later runs with this flag skip the load.",
    ),
    runs: int = typer.Option(5, "--runs", help="Runs of the card and of the charts (median)."),
    naive_runs: int = typer.Option(2, "--naive-runs", help="Runs of the naive baseline."),
    logs: int = typer.Option(200, "--logs", help="Contributions logged one by one (p95)."),
    seed: int = typer.Option(17, "--seed", help="Seed of the generated program."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object instead of tables."),
) -> None:
    """The KPI card on a generated program (3 years), beside a naive baseline; logging one
    contribution; rendering the charts. The SQLite file is cached under $AMBASSADE_HOME/bench."""
    from bot.bench.kpi_data import Params

    if not 0 < scale <= 5:
        fail(
            text(
                cli_language(),
                "clibench.too_small",
                option="--scale",
                minimum="0.001",
                value=f"{scale:g}",
            )
        )
    for option, value in (("--runs", runs), ("--naive-runs", naive_runs), ("--logs", logs)):
        if value < 1:
            fail(
                text(
                    cli_language(),
                    "clibench.too_small",
                    option=option,
                    minimum="1",
                    value=str(value),
                )
            )
    if skip_sqlite and not postgres_url:
        fail(_t("errors.bench_nothing"))
    if postgres_url:
        from bot.bench.database import check_database

        problem = check_database(postgres_url)
        if problem is not None:
            fail(text(cli_language(), "clibench.bad_database", url=postgres_url, reason=problem))
    params = Params(
        ambassadors=max(50, round(20_000 * scale)),
        contributions=max(500, round(1_000_000 * scale)),
        seed=seed,
    )
    from bot.bench.kpi import run_bench
    from bot.settings import get_settings

    home = get_settings().home
    if as_json:
        result = run_bench(
            home=home,
            params=params,
            postgres_url=postgres_url,
            sqlite=not skip_sqlite,
            runs=runs,
            naive_runs=naive_runs,
            logs=logs,
            reuse_postgres=reuse_postgres,
        )
        typer.echo(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
        return
    from rich.console import Console

    from bot.bench.kpi_report import print_tables, progress_bar

    console = Console(highlight=False)
    with progress_bar(console) as progress:
        result = run_bench(
            home=home,
            params=params,
            postgres_url=postgres_url,
            sqlite=not skip_sqlite,
            runs=runs,
            naive_runs=naive_runs,
            logs=logs,
            reuse_postgres=reuse_postgres,
            progress=progress,
        )
    print_tables(console, result)


def register(app: typer.Typer, bench_app: typer.Typer) -> None:
    app.command("kpi")(kpi)
    bench_app.command("kpi")(bench_kpi)
