"""`ambassade triage` (does a message need a person?) and `ambassade bench handoff`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich.console import Console
from rich.table import Table

from bot.cli.cli_texts import tell
from bot.cli.common import eval_file, fail, load_client
from bot.cli.text_input import read_stdin

if TYPE_CHECKING:  # imported by the commands that use them: `--help` stays quick
    from bot.bench.handoff import BenchReport, SystemResult
    from bot.handoff.detection.classifier import HandoffClassifier, HandoffVerdict

console = Console(highlight=False)


def build_classifier(client: str | None) -> HandoffClassifier:
    """Default rules, merged with the client's `handoff_rules` overrides when it has some."""
    from bot.handoff.detection.classifier import HandoffClassifier
    from bot.handoff.detection.rules import HandoffRules, HandoffRulesError

    overrides: dict[str, Any] | None = None
    source = "client overrides"
    if client:
        config = load_client(client)
        overrides = getattr(config, "handoff_rules", None) or None
        source = f"client '{client}' handoff_rules"
    try:
        return HandoffClassifier(HandoffRules.load(overrides=overrides, overrides_source=source))
    except HandoffRulesError as exc:
        fail(tell("triage.rules_error", error=exc))


def _json_line(verdict: HandoffVerdict) -> str:
    return json.dumps(
        {
            "handoff": verdict.handoff,
            "category": verdict.category,
            "rule": verdict.rule,
            "urgency": verdict.urgency,
            "danger": verdict.danger,
            "score": None if verdict.score is None else round(verdict.score, 3),
        },
        ensure_ascii=False,
    )


def _human_line(verdict: HandoffVerdict, classifier: HandoffClassifier) -> str:
    if not verdict.handoff:
        joke = tell("triage.joke", category=verdict.candidate) if verdict.candidate else ""
        parts = [joke] if joke else []
        if verdict.score is not None:
            parts.append(tell("triage.score", score=f"{verdict.score:.2f}"))
        note = f" [dim]{' '.join(parts)}[/]" if parts else ""
        return f"[green]{tell('triage.none')}[/]{note}"
    style = "bold red" if verdict.urgency in ("high", "critical") else "yellow"
    detail = tell("triage.detail", rule=verdict.rule, urgency=verdict.urgency)
    line = f"[{style}]{tell('triage.handoff')}[/] {verdict.category} [dim]{detail}[/]"
    if verdict.score is not None:
        line += f" [dim]{tell('triage.score', score=f'{verdict.score:.2f}')}[/]"
    if verdict.danger:
        line += f"\n  [bold]{classifier.rules.helpline(verdict.language)}[/]"
    return line


def triage(
    text: str = typer.Argument(..., help="The message, or '-' to read one message per line."),
    client: str | None = typer.Option(None, "--client", "-c", help="Apply a client's rules."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per message."),
) -> None:
    """Say whether a message should be handed to a person, and why."""
    classifier = build_classifier(client)
    messages = read_stdin().splitlines() if text == "-" else [text]
    for message in messages:
        verdict = classifier.classify(message)
        if as_json:
            typer.echo(_json_line(verdict))
        else:
            console.print(_human_line(verdict, classifier))


def _pct(value: float) -> str:
    return f"{value:.2f}"


def _overall_table(report: BenchReport) -> Table:
    title = tell("bench.handoff_title", count=report.n, name=report.data_path.name)
    table = Table(title=title)
    table.add_column(tell("bench.metric"))
    for system in report.systems:
        table.add_column(system.name, justify="right")
    rows: list[tuple[str, list[str]]] = [
        ("precision", [_pct(s.binary.precision) for s in report.systems]),
        ("recall", [_pct(s.binary.recall) for s in report.systems]),
        ("F1", [_pct(s.binary.f1) for s in report.systems]),
    ]
    for category in ("distress", "crisis", "harassment"):
        rows.append(
            (
                f"recall {category}",
                [_pct(s.critical_recall().get(category, 0.0)) for s in report.systems],
            )
        )
    for category in ("distress", "crisis", "harassment"):
        rows.append(
            (
                f"{category} not reaching a person (< high)",
                [_count(s.unreached().get(category, 0)) for s in report.systems],
            )
        )
    rows.append(("false alarms", [str(s.false_alarms) for s in report.systems]))
    rows.append(("missed handoffs", [str(s.missed) for s in report.systems]))
    rows.append(("median ms/message", [f"{s.median_ms:.3f}" for s in report.systems]))
    rows.append(("p95 ms/message", [f"{s.p95_ms:.3f}" for s in report.systems]))
    for name, values in rows:
        table.add_row(name, *values)
    return table


def _count(value: int | None) -> str:
    return "?" if value is None else str(value)


def _serious_table(system: SystemResult) -> Table:
    """Where the serious messages went (rows: expected; columns: what they got)."""
    from bot.bench.handoff_safety import DESTINATIONS

    table = Table(title=tell("bench.handoff_serious", name=system.name))
    table.add_column(tell("bench.expected"), no_wrap=True)
    table.add_column("n", justify="right")
    for destination in DESTINATIONS:
        table.add_column(destination, justify="right")
    table.add_column(tell("bench.unreached"), justify="right")
    for category, entry in system.serious.items():
        cells = [str(entry.went_to.get(d, 0)) for d in DESTINATIONS]
        table.add_row(category, str(entry.support), *cells, _count(entry.unreached_known))
    return table


def _category_table(report: BenchReport) -> Table:
    from bot.bench.handoff import categories_of

    table = Table(title=tell("bench.handoff_categories"))
    table.add_column(tell("bench.category"))
    table.add_column("n", justify="right")
    for system in report.systems:
        table.add_column(system.name, justify="right")
    for category in categories_of(report):
        cells = []
        support = 0
        for system in report.systems:
            s = system.per_category.get(category)
            if s is None:
                cells.append("-")
                continue
            support = s.support
            cells.append(f"{s.precision:.2f} / {s.recall:.2f} / {s.f1:.2f}")
        table.add_row(category, str(support), *cells)
    return table


def _misses_table(system: SystemResult) -> Table:
    table = Table(title=tell("bench.handoff_misses", name=system.name, count=len(system.misses)))
    table.add_column("id")
    table.add_column("expected")
    table.add_column("got")
    table.add_column("text", overflow="fold")
    for miss in system.misses:
        table.add_row(miss.id, miss.expected, miss.got, miss.text)
    return table


def bench_handoff(
    data: Path | None = typer.Option(
        None,
        "--file",
        "--data",
        "-f",
        help="A set in handoff.jsonl format (default: ../shared/eval/handoff.jsonl).",
    ),
    client: str | None = typer.Option(None, "--client", "-c", help="Apply a client's rules."),
) -> None:
    """Precision, recall, F1 and speed of handoff detection: the rules with the learned
    model, the rules alone and a keyword baseline, overall and per category."""
    from bot.bench.handoff import run_bench

    data = eval_file(data, "handoff.jsonl")
    classifier = build_classifier(client)
    try:
        report = run_bench(data, classifier)
    except ValueError as exc:
        fail(str(exc))
    console.print(_overall_table(report))
    console.print(_category_table(report))
    shipped = report.systems[0]
    if shipped.serious:
        console.print(_serious_table(shipped))
    verdicts = [
        f"{label}: {'[green]PASS[/]' if ok else '[red]FAIL[/]'}"
        for label, ok in report.targets(shipped)
    ]
    console.print(tell("bench.handoff_targets", system=shipped.name) + " · ".join(verdicts))
    console.print(_misses_table(shipped))


def register(app: typer.Typer, bench_app: typer.Typer) -> None:
    app.command("triage")(triage)
    bench_app.command("handoff")(bench_handoff)
