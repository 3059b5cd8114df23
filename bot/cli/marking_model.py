"""`ambassade marking-model` and `ambassade bench markings --crossval`: the markings' second
reader (`knowledge.marking_model`): check or rebuild it, and measure it across writers."""

from __future__ import annotations

import time
from pathlib import Path
from zipfile import BadZipFile

import typer
from rich.console import Console
from rich.table import Table

from bot.cli.common import fail

console = Console(highlight=False)
COLUMNS = ("accuracy", "fail_open", "read_public", "public_found", "unmarked_read_restricted")


def marking_model(
    rebuild: bool = typer.Option(
        False, "--rebuild", help="Train the model again on the development sets and save it."
    ),
) -> None:
    """Check that the shipped markings model matches its training sets (default)."""
    from knowledge.marking_model import DEFAULT_MODEL_PATH
    from knowledge.marking_training import build, read_heads, training_digest, training_paths

    paths = training_paths()
    try:
        if rebuild:
            started = time.perf_counter()
            model = build(paths, DEFAULT_MODEL_PATH)
            console.print(
                f"Rebuilt in {time.perf_counter() - started:.1f} s from {len(paths)} sets "
                f"({len(read_heads(paths))} heads, {model.vocabulary_size} features): "
                f"{DEFAULT_MODEL_PATH}"
            )
            return
        digest = training_digest(paths)
    except ImportError:
        fail("Rebuilding needs scikit-learn (a development dependency).")
    except (OSError, ValueError) as exc:
        fail(f"The training sets cannot be read: {exc}")
    _check(DEFAULT_MODEL_PATH, digest, len(paths))


def _check(path: Path, digest: str, sets: int) -> None:
    from knowledge.marking_model import MarkingModel

    if not path.is_file():
        fail(f"No model at {path}: run `ambassade marking-model --rebuild`.")
    try:
        shipped = MarkingModel.load(path)
    except (OSError, ValueError, KeyError, BadZipFile) as exc:
        fail(f"{path} cannot be read: {exc}")
    if shipped.digest != digest:
        fail(f"{path} is stale: run `ambassade marking-model --rebuild`.", code=1)
    console.print(f"{path} matches its {sets} training sets.")


def crossval_table(threshold: float | None = None, public_threshold: float | None = None) -> None:
    """Leave one development set out: rules alone vs rules + model, per set and in total."""
    from bot.bench.markings_crossval import (
        PUBLIC_SWEEP,
        SWEEP,
        cross_validate,
        everything,
        figures,
        score,
    )
    from knowledge.marking_model import PUBLIC_THRESHOLD, THRESHOLD

    chosen = THRESHOLD if threshold is None else threshold
    over_public = PUBLIC_THRESHOLD if public_threshold is None else public_threshold
    started = time.perf_counter()
    folds = cross_validate()
    table = Table(
        title=f"Markings, leave one development set out ({len(folds)} sets, "
        f"{time.perf_counter() - started:.0f} s): rules | rules + model (closing unmarked "
        f"from {chosen}, public from {over_public})"
    )
    table.add_column("set")
    for prefix in ("rules", "+model"):
        for column in COLUMNS:
            table.add_column(f"{prefix} {column.replace('_', ' ')}", justify="right")
    for name, heads in [(f.source, f.heads) for f in folds] + [("total", everything(folds))]:
        cells = [
            *figures(score(heads, None)).values(),
            *figures(score(heads, chosen, over_public)).values(),
        ]
        table.add_row(name, *cells)
    console.print(table)
    sweep = Table(title="Threshold sweep, all sets, out of fold")
    sweep.add_column("unmarked from")
    sweep.add_column("public from")
    for column in COLUMNS:
        sweep.add_column(column.replace("_", " "), justify="right")
    sweep.add_row("rules", "", *figures(score(everything(folds), None)).values())
    for value in sorted({*SWEEP, chosen}):
        for public in [*PUBLIC_SWEEP, *({over_public} - set(PUBLIC_SWEEP))]:
            row = figures(score(everything(folds), value, public)).values()
            sweep.add_row(str(value), str(public), *row)
    console.print(sweep)


def register(app: typer.Typer, bench_app: typer.Typer) -> None:
    app.command("marking-model")(marking_model)
