"""`ambassade triage-model`: check, rebuild or cross-validate the handoff model."""

from __future__ import annotations

import time
from pathlib import Path
from zipfile import BadZipFile

import typer
from rich.console import Console
from rich.table import Table

from bot.cli.common import cli_language, fail
from bot.handoff.detection.crossval import Fold, cross_writer
from bot.handoff.detection.model import DEFAULT_MODEL_PATH, LinearTriageModel
from bot.handoff.detection.rules import HandoffRules, HandoffRulesError
from bot.handoff.detection.training import build, corpus_paths, read_corpus, training_digest
from prompts.catalog import text

console = Console(highlight=False)


def _say(key: str, **values: object) -> str:
    return text(cli_language(), f"clitriage.{key}", **values)


def _fold_table(fold: Fold) -> Table:
    table = Table(
        title=_say(
            "fold_title",
            test=fold.test.name,
            trained_on=", ".join(p.name for p in fold.trained_on),
            seconds=fold.training_seconds,
        )
    )
    table.add_column("category")
    table.add_column("n", justify="right")
    table.add_column("rules P / R", justify="right")
    table.add_column("rules+model P / R", justify="right")
    systems = (fold.rules, fold.combined)
    rows = [("all (handoff yes/no)", [s.binary for s in systems])]
    rows += [(c, [s.per_category[c] for s in systems]) for c in fold.combined.per_category]
    for name, scores in rows:
        cells = [f"{s.precision:.2f} / {s.recall:.2f}" for s in scores]
        table.add_row(name, str(scores[1].support), *cells)
    for category, entry in fold.combined.serious.items():
        unreached = [s.unreached().get(category) for s in systems]
        cells = ["?" if n is None else str(n) for n in unreached]
        table.add_row(_say("unreached", category=category), str(entry.support), *cells)
    table.add_row(
        "median ms/message", "", f"{fold.rules.median_ms:.2f}", f"{fold.combined.median_ms:.2f}"
    )
    return table


def triage_model(
    rebuild: bool = typer.Option(
        False, "--rebuild", help="Train the model again on the shipped corpus and save it."
    ),
    writers: bool = typer.Option(
        False,
        "--cross-writer",
        help="Train on each writer's set but one, test on that one: rules alone vs rules+model.",
    ),
) -> None:
    """Check that the shipped handoff model matches its training corpus (default)."""
    paths = corpus_paths()
    path = DEFAULT_MODEL_PATH
    try:
        if writers:
            rules = HandoffRules.load()
            for fold in cross_writer(rules, paths):
                console.print(_fold_table(fold))
            return
        if rebuild:
            started = time.perf_counter()
            model = build(paths, path)
            console.print(
                _say(
                    "rebuilt",
                    seconds=time.perf_counter() - started,
                    messages=len(read_corpus(paths)),
                    features=len(model.vocabulary),
                    path=path,
                )
            )
            return
        digest = training_digest(paths)
    except ImportError:
        fail(_say("no_sklearn"))
    except (OSError, ValueError, HandoffRulesError) as exc:
        fail(_say("bad_corpus", error=exc))
    _check(path, digest, paths)


def _check(path: Path, digest: str, paths: list[Path]) -> None:
    if not path.is_file():
        fail(_say("missing", path=path))
    try:
        shipped = LinearTriageModel.load(path)
    except (OSError, ValueError, KeyError, BadZipFile) as exc:
        fail(_say("unreadable", path=path, error=exc))
    if shipped.digest != digest:
        fail(_say("stale", path=path), code=1)
    console.print(_say("up_to_date", path=path, files=len(paths), messages=len(read_corpus(paths))))


def register(app: typer.Typer, bench_app: typer.Typer) -> None:
    app.command("triage-model")(triage_model)
