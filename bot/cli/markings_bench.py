"""`ambassade bench markings`: confidentiality markings read on a set of document heads."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from bot.bench.held_out import is_held_out

console = Console()

DEFAULT_SET = Path(__file__).resolve().parents[2] / "tests/knowledge/data/markings_heldout"


def bench_markings(
    data: Path = typer.Option(
        DEFAULT_SET,
        "--data",
        help="A folder holding cases.jsonl (default: the blind held-out set).",
    ),
    wrong: bool = typer.Option(
        False, "--wrong", help="List every case read wrongly (development sets only)."
    ),
    ambassador_names: list[str] = typer.Option(
        None,
        "--ambassador-name",
        help="What the set's programs call their ambassadors, as a client's ambassador_names "
        "(repeatable).",
    ),
    client_names: list[str] = typer.Option(
        None,
        "--client-name",
        help="The set's companies' own names, as a client's name and display name "
        "(repeatable): 'ambassadeurs Acme' names all of Acme's ambassadors.",
    ),
    with_set_names: bool = typer.Option(
        False,
        "--set-names",
        help="Also declare the names kept beside the set (names.json), as its clients would.",
    ),
    crossval: bool = typer.Option(
        False,
        "--crossval",
        help="The learned second reader across writers: for each development set, train on "
        "the others and read this one (rules alone vs rules + model; --data is ignored).",
    ),
    threshold: float = typer.Option(
        None,
        "--threshold",
        min=0.0,
        max=1.0,
        help="With --crossval: the model's threshold over unmarked heads (default: shipped).",
    ),
    public_threshold: float = typer.Option(
        None,
        "--public-threshold",
        min=0.0,
        max=1.0,
        help="With --crossval: the threshold over heads read public (default: shipped).",
    ),
) -> None:
    """Confidentiality markings: how often a restricted document is read as public or unmarked
    (fail-open), beside a baseline that reads labelled lines only."""
    from bot.bench.markings import MarkingSetError, run_markings, set_names, written_on

    if crossval:
        from bot.cli.marking_model import crossval_table

        crossval_table(threshold, public_threshold)
        return
    ambassadors, clients = list(ambassador_names or ()), list(client_names or ())
    try:
        if with_set_names:
            kept = set_names(data)
            ambassadors, clients = ambassadors + kept[0], clients + kept[1]
        scores = run_markings(data / "cases.jsonl", ambassadors, clients)
    except MarkingSetError as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from exc
    named = " with the set's names" if with_set_names else ""
    written = written_on(data)
    as_of = f", read as of {written.isoformat()}, the day it was written" if written else ""
    table = Table(title=f"Markings: {scores[0].cases} document heads ({data.name}){named}{as_of}")
    columns = (
        "accuracy",
        "fail_open",
        "read_public",
        "confidential_read_internal",
        "unmarked_read_restricted",
        "public_found",
        "fail_open_public_default",
        "withheld_on_doubt",
    )
    table.add_column("method")
    for column in columns:
        table.add_column(column.replace("_", " "), justify="right")
    for score in scores:
        row = score.as_json()
        table.add_row(str(row["method"]), *(str(row[c]) for c in columns))
    console.print(table)
    if wrong:
        if is_held_out(data):
            console.print("A held-out set is measured, never read: --wrong is not shown.")
            return
        for case_id, truth, found in scores[-1].wrong:
            console.print(f"{case_id}: {truth} read as {found}", highlight=False)


def register(app: typer.Typer, bench_app: typer.Typer) -> None:
    bench_app.command("markings")(bench_markings)
