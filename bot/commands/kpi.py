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

from bot.commands.common import cli_language, fail, load_client
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


def register(app: typer.Typer, bench_app: typer.Typer) -> None:
    app.command("kpi")(kpi)
