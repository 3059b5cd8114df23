"""`ambassade redact` and `ambassade bench pii`: the confidentiality detector from the shell."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.console import Console
from rich.table import Table

from bot.cli.cli_texts import tell
from bot.cli.common import cli_language, eval_file, fail, load_client
from bot.cli.text_input import stdin_lines
from bot.core.periods import parse_since
from bot.settings import get_settings
from prompts.catalog import text as message

# The detector, the benchmark and the database are imported by the command that needs
# them: `redact` loads no benchmark code (nor Presidio), `--help` loads none of them.
if TYPE_CHECKING:
    from bot.bench.pii import BenchReport, MethodResult
    from bot.policy.pii import PiiDetector
    from bot.policy.pii.entities import EntityType
    from bot.store.audit import ModelCallAudit
    from bot.tenants import ClientConfig

console = Console()


def _titles_of(config: ClientConfig) -> tuple[str, ...]:
    from knowledge.catalog import document_titles

    return document_titles(get_settings().knowledge_dir, config.name)


def _not_persons_of(config: ClientConfig) -> tuple[str, ...]:
    from bot.policy.pii.own_names import client_not_persons

    return client_not_persons(config, _titles_of(config))


def _detector_for(client: str | None) -> PiiDetector:
    from bot.policy.pii import PiiDetector
    from bot.policy.pii.own_names import detector_for_client

    if client is None:
        return PiiDetector()
    config = load_client(client)
    return detector_for_client(config, _titles_of(config))


def _lines(text: str) -> Iterator[str]:
    if text != "-":
        yield text
        return
    yield from stdin_lines()


def redact_command(
    text: str = typer.Argument(
        ..., help="The message to redact, or '-' for one per line on stdin."
    ),
    client: str = typer.Option(
        None, "--client", "-c", help="Client whose confidential terms are also masked."
    ),
    as_json: bool = typer.Option(
        False, "--json", help='One JSON object per line: {"text", "entities"}.'
    ),
) -> None:
    """Mask personal data (and the client's confidential terms) in a message."""
    from bot.policy.pii import redact

    detector = _detector_for(client)
    for line in _lines(text):
        entities = detector.detect(line)
        redacted = redact(line, entities)
        if as_json:
            payload = {"text": redacted, "entities": [e.to_dict() for e in entities]}
            typer.echo(json.dumps(payload, ensure_ascii=False))
        else:
            typer.echo(redacted)


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def _method_cells(result: MethodResult | None, entity_type: EntityType | None) -> list[str]:
    if result is None:
        return ["n/a"] * 3
    score = result.total if entity_type is None else result.per_type[entity_type]
    found = f"{score.found_entities}/{score.gold_entities}"
    return [_percent(score.precision), _percent(score.recall), found]


def render_report(report: BenchReport, set_name: str = "") -> Table:
    from bot.policy.pii.entities import EntityType

    baseline = report.baseline
    where = tell("bench.pii_where", name=set_name) if set_name else ""
    table = Table(title=tell("bench.pii_title", count=report.examples, where=where))
    table.add_column(tell("bench.type"))
    for name in ("ambassade", baseline.name if baseline else "baseline"):
        table.add_column(f"{name} P", justify="right")
        table.add_column(f"{name} R", justify="right")
        table.add_column(f"{name} {tell('bench.found')}", justify="right")
    for entity_type in EntityType:
        table.add_row(
            str(entity_type),
            *_method_cells(report.ours, entity_type),
            *_method_cells(baseline, entity_type),
        )
    table.add_section()
    table.add_row("ALL", *_method_cells(report.ours, None), *_method_cells(baseline, None))
    table.add_section()

    def row(label: str, ours: str, theirs: str) -> None:
        table.add_row(label, "", "", ours, "", "", theirs if baseline else "n/a")

    clean = report.ours.clean_messages
    row(
        tell("bench.false_alarms"),
        f"{report.ours.false_alarms}/{clean}",
        f"{baseline.false_alarms}/{clean}" if baseline else "",
    )
    row(
        "median ms",
        f"{report.ours.median_ms:.2f}",
        f"{baseline.median_ms:.2f}" if baseline else "",
    )
    row("p95 ms", f"{report.ours.p95_ms:.2f}", f"{baseline.p95_ms:.2f}" if baseline else "")
    return table


def bench_pii(
    data: Path = typer.Option(
        None, "--data", help="Annotated JSONL set (default: shared/eval/pii.jsonl)."
    ),
    client: str = typer.Option(
        None,
        "--client",
        "-c",
        help="Take confidential terms from this client (default: Brasserie Volta's, as annotated).",
    ),
    baseline: bool = typer.Option(True, "--baseline/--no-baseline", help="Run Presidio too."),
    show_misses: bool = typer.Option(False, "--misses", help="List the entities not found."),
    files: list[Path] = typer.Option(
        None,
        "--file",
        "-f",
        help="Another annotated set, same format (repeatable; e.g. "
        "tests/policy/data/pii_holdout.jsonl). Its client's terms and not-persons come "
        "from NAME.client.json beside it.",
    ),
) -> None:
    """Precision and recall per type, false alarms and latency, beside Presidio."""
    from bot.bench.pii import BaselineUnavailable, presidio_predictor, run_bench

    for path in files or ():
        if not path.is_file():
            fail(tell("bench.no_set", path=path))
    sets = list(files) if files else [eval_file(data, "pii.jsonl")]
    config = load_client(client) if client else None
    presidio = None
    if baseline:
        try:
            presidio = presidio_predictor()
        except BaselineUnavailable as exc:
            console.print(f"[yellow]{tell('bench.baseline_skipped')}[/] {exc}")
            baseline = False
    wide = Console(width=max(console.width, 110))
    for path in sets:
        report = run_bench(
            path,
            config.confidential_terms if config else None,
            not_persons=_not_persons_of(config) if config else None,
            with_baseline=baseline,
            baseline=presidio,
        )
        wide.print(render_report(report, path.name))
        verdicts = [f"{label} {'PASS' if ok else 'FAIL'}" for label, ok in report.target_results()]
        wide.print(tell("bench.targets") + " · ".join(verdicts), highlight=False)
        if show_misses:
            for example_id, entity in report.ours.misses:
                missed = tell(
                    "bench.missed", id=example_id, type=entity.type, value=repr(entity.value)
                )
                wide.print(missed, highlight=False)


def _entities_cell(counts: dict[str, int]) -> str:
    return "\n".join(f"{kind} {n}" for kind, n in sorted(counts.items())) or "–"


def _audit_json(row: ModelCallAudit) -> str:
    payload = row.model_dump(mode="json", exclude={"id"})
    return json.dumps(payload, ensure_ascii=False)


def _audit_table(rows: list[ModelCallAudit], client: str, lang: str) -> Table:
    from bot.store.audit import is_withheld

    def t(key: str, **values: str) -> str:
        return message(lang, f"privacy.audit.{key}", **values)

    table = Table(title=t("title", client=client))
    for name, justify in (
        ("at", "left"), ("purpose", "left"), ("model", "left"), ("kind", "left"),
        ("entities", "left"), ("sha256", "left"), ("duration", "right"), ("status", "left"),
    ):  # fmt: skip
        table.add_column(t(f"columns.{name}"), justify=justify)  # type: ignore[arg-type]
    for row in rows:
        status = t("ok") if row.ok else f"[red]{t('failed')}[/]"
        if is_withheld(row):
            status = f"[yellow]{message(lang, 'clidocs.audit.withheld')}[/]"
        table.add_row(
            row.at.strftime("%Y-%m-%d %H:%M:%S"),
            row.purpose,
            row.model,
            row.kind,
            _entities_cell(row.entities_removed),
            row.payload_sha256[:16] + "…" if row.payload_sha256 else "—",
            f"{row.duration_ms:.0f}",
            status,
        )
    return table


def audit_command(
    client: str = typer.Option(..., "--client", "-c", help="Configured client name."),
    since: str = typer.Option(
        None, "--since", help="Only calls since a date (2026-11-01) or a duration ago (7d, 12h)."
    ),
    limit: int = typer.Option(200, "--limit", min=1, help="Show at most the last N calls."),
    as_json: bool = typer.Option(
        False, "--json", help="One JSON object per call and line (full SHA-256)."
    ),
) -> None:
    """External model calls made for a client: purpose, model, entities removed, payload hash.

    The log never holds what was sent, only its SHA-256 and counts per entity type.
    """
    from bot.store import Database
    from bot.store.audit import audit_rows

    config = load_client(client)
    lang = cli_language()  # the reader's language, not the client's
    start = None
    if since is not None and (start := parse_since(since)) is None:
        fail(message(lang, "privacy.audit.bad_since", value=since))
    db = Database(get_settings().effective_database_url())
    try:
        db.migrate()
        rows = audit_rows(db, config.name, since=start, limit=limit)
    finally:
        db.dispose()
    if as_json:
        for row in rows:
            sys.stdout.write(_audit_json(row) + "\n")
        return
    if not rows:
        when = (
            message(lang, "privacy.audit.since", date=f"{start:%Y-%m-%d %H:%M}")
            if start is not None
            else ""
        )
        empty = message(lang, "privacy.audit.empty", client=config.title, since=when)
        console.print(empty, highlight=False)
        return
    Console(width=max(console.width, 140)).print(_audit_table(rows, config.title, lang))


def bench_gateway(
    data: Path = typer.Option(
        None, "--data", help="Annotated JSONL set (default: shared/eval/pii.jsonl)."
    ),
    client: str = typer.Option(
        None,
        "--client",
        "-c",
        help="Take confidential terms from this client (default: Brasserie Volta's, as annotated).",
    ),
    rounds: int = typer.Option(3, "--rounds", min=1, help="Passes over the messages."),
) -> None:
    """Cost of the confidentiality filter per model call, beside the same call without it."""
    import asyncio

    from bot.bench.gateway import run_gateway_bench
    from bot.bench.pii import VOLTA_TERMS
    from bot.tenants import ClientConfig

    data = eval_file(data, "pii.jsonl")
    config = (
        load_client(client)
        if client
        else ClientConfig(
            name="bench",
            confidential_terms=[
                {"term": t.term, "variants": list(t.variants)} for t in VOLTA_TERMS
            ],
        )
    )
    console.print(tell("bench.gateway_sending", name=data.name, rounds=rounds), highlight=False)
    for noisy in ("bot.llm", "httpx", "httpx2"):  # one INFO line per call would drown the table
        logging.getLogger(noisy).setLevel(logging.WARNING)
    report = asyncio.run(run_gateway_bench(data, config, rounds=rounds))
    table = Table(title=tell("bench.gateway_title", count=report.messages, rounds=rounds))
    for column in ("", "median ms", "p95 ms"):
        table.add_column(column, justify="left" if not column else "right")
    for label, timings in (
        (tell("bench.gateway_without"), report.plain),
        (tell("bench.gateway_with"), report.filtered),
        (tell("bench.gateway_filter_only"), report.filter_only),
    ):
        table.add_row(label, f"{timings.median_ms:.2f}", f"{timings.p95_ms:.2f}")
    console.print(table)
    overhead = tell(
        "bench.gateway_overhead", overhead=f"{report.overhead_ms:+.2f}", ratio=f"{report.ratio:.2f}"
    )
    console.print(overhead, highlight=False)
    leaks = tell(
        "bench.gateway_leaks",
        leaked=len(report.leaked),
        gold=report.gold_values,
        restored=report.restored_ok,
        messages=report.messages,
    )
    console.print(leaks, highlight=False)
    for example_id, entity in report.leaked:
        console.print(
            tell("bench.gateway_leaked", id=example_id, type=entity.type), highlight=False
        )


def register(app: typer.Typer, bench_app: typer.Typer) -> None:
    app.command("redact")(redact_command)
    app.command("audit")(audit_command)
    bench_app.command("pii")(bench_pii)
    bench_app.command("gateway")(bench_gateway)
