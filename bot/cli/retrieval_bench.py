"""`ambassade bench retrieval`: retrieval quality and speed, a BM25 baseline beside
ambassade in one process (the measures in `bot/bench/retrieval*.py`).

The heavy modules are imported inside the command, so `ambassade --help` stays light.
"""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from bot.bench.held_out import is_held_out
from bot.cli.common import cli_language, fail
from prompts.catalog import text

console = Console()
PARTS = ("cnil", "piaf", "qa", "en-over-fr", "fr-over-en", "structure", "speed")


def bench_retrieval(
    data: Path | None = typer.Option(
        None, "--data", help="The shared folder (default: ../shared)."
    ),
    only: str | None = typer.Option(
        None,
        "--only",
        help="One part: cnil, piaf, qa, en-over-fr, fr-over-en, structure or speed (latency, "
        "open, ingest).",
    ),
    limit: int | None = typer.Option(None, "--limit", help="At most N questions per dataset."),
    structure_dir: Path | None = typer.Option(
        None,
        "--structure-dir",
        help="Another structure set (docs/ and questions.jsonl) to measure instead of "
        "tests/knowledge/data/structure.",
    ),
    ambassador_names: list[str] = typer.Option(
        None,
        "--ambassador-name",
        help="What the structure set's program calls its ambassadors, as a client's "
        "ambassador_names (repeatable): its documents 'réservé aux <name>' are theirs.",
    ),
    client_names: list[str] = typer.Option(
        None,
        "--client-name",
        help="The structure set's company's own name, as a client's display name "
        "(repeatable): 'ambassadeurs <name>' are all its ambassadors.",
    ),
) -> None:
    """Retrieval quality and speed: a BM25 baseline and ambassade, in one process."""
    from bot.bench import retrieval as bench
    from bot.bench import retrieval_speed
    from bot.bench.retrieval_qa import run_qa
    from bot.bench.retrieval_structure import DATA, run_structure, structure_targets
    from bot.bench.structure_set import StructureSetError, load_structure_set, load_unanswerable
    from bot.shared_data import MISSING_SHARED_MESSAGE, find_shared_dir

    if only not in (None, *PARTS):
        fail(text(cli_language(), "clibench.retrieval_parts", parts=", ".join(PARTS), value=only))
    structure_set = structure_dir or DATA
    if only in (None, "structure"):
        try:  # a bad folder is told before anything long starts
            load_structure_set(structure_set)
            load_unanswerable(structure_set)
        except StructureSetError as exc:
            fail(text(cli_language(), f"clibench.structure_{exc.key}", **exc.values))
    # The structure and FR-over-EN sets live in the repository: the others need ../shared.
    shared = data or find_shared_dir()
    if only not in ("structure", "fr-over-en") and (shared is None or not shared.is_dir()):
        fail(MISSING_SHARED_MESSAGE)
    results: dict[str, object] = {}
    for name in ("cnil", "piaf"):
        if only in (None, name):
            with console.status(f"{name}: indexing and querying…"):
                results[name] = rows = bench.run_public(shared, name, limit=limit)
            _print_quality(name, rows)
    if only in (None, "qa"):
        with console.status("qa.jsonl…"):
            results["qa"] = qa = run_qa(shared, limit=limit)
        _print_qa(qa)
    if only in (None, "en-over-fr"):
        from bot.bench.retrieval_crosslang import run_crosslang

        with console.status("English questions over French documents…"):
            results["en-over-fr"] = crosslang = run_crosslang(shared, limit=limit)
        _print_crosslang(crosslang)
    if only in (None, "fr-over-en"):
        from bot.bench.retrieval_crosslang import FR_OVER_EN, fr_over_en, run_cross_language

        if not (FR_OVER_EN / "questions.jsonl").is_file():
            fail(text(cli_language(), "clibench.fr_over_en_missing", path=FR_OVER_EN))
        with console.status("French questions over English documents…"):
            results["fr-over-en"] = reverse = run_cross_language(fr_over_en(limit=limit))
        _print_crosslang(reverse)
    if only in (None, "structure"):
        with console.status("structure set…"):
            results["structure"] = structure = run_structure(
                structure_set,
                limit=limit,
                ambassador_names=ambassador_names or (),
                client_names=client_names or (),
            )
        _print_structure(structure)
    if only in (None, "speed"):
        with console.status("latency at 10,000 chunks…"):
            results["latency"] = latency = retrieval_speed.run_latency(shared)
        with console.status("ingestion speed on generated PDFs…"):
            results["speed"] = speed = retrieval_speed.run_ingest_speed()
        _print_speed(latency, speed)
    _print_targets(bench.targets(results) + structure_targets(results))


def _print_quality(name: str, rows: list[dict[str, float | str]]) -> None:
    table = Table(
        title=f"{name.upper()} — {rows[0]['questions']} questions, {rows[0]['documents']} documents"
    )
    columns = ("method", "recall@1", "recall@5", "MRR@10", "p50 ms", "p95 ms", "encoder read")
    for col in (*columns, "false abst."):
        table.add_column(col, justify="left" if col == "method" else "right")
    for r in rows:
        table.add_row(
            str(r["method"]),
            f"{r['recall@1']:.3f}",
            f"{r['recall@5']:.3f}",
            f"{r['mrr@10']:.3f}",
            f"{r['p50_ms']:.2f}",
            f"{r['p95_ms']:.2f}",
            f"{r['encoded']:.0%}" if "encoded" in r else "",
            f"{r['false_abstention']:.1%}" if "false_abstention" in r else "",
        )
    console.print(table)


def _print_qa(qa: dict[str, object]) -> None:
    table = Table(title="qa.jsonl — ambassador role")
    for col in ("method", "kind", "n", "recall@1", "recall@5", "MRR@10"):
        table.add_column(col, justify="left" if col in ("method", "kind") else "right")
    for r in qa["by_kind"]:  # type: ignore[union-attr]
        table.add_row(
            r["method"],
            r["kind"],
            str(r["n"]),
            f"{r['recall@1']:.3f}",
            f"{r['recall@5']:.3f}",
            f"{r['mrr@10']:.3f}",
        )
    console.print(table)
    console.print(
        f"confidential leaks (ambassador): {qa['leaks']} · abstained on unanswerable: "
        f"{qa['abstained']}/{qa['unanswerable']} · false abstention on answerable: "
        f"{qa['false_abstentions']}/{qa['answerable']} ({qa['false_abstention_rate']:.0%}); "
        f"encoder when uncertain: {qa['gated_abstained']}/{qa['unanswerable']} abstained, "
        f"{qa['gated_false_abstentions']}/{qa['answerable']} false",
        highlight=False,
    )
    effect = " · ".join(
        f"{e['threshold']:.2f}: {e['abstained']}/{qa['unanswerable']} abstained, "
        f"{e['false_abstention_rate']:.0%} false"
        for e in qa.get("threshold_effect", [])  # type: ignore[union-attr]
    )
    if effect:
        console.print(f"support threshold {qa['threshold']:.2f}; effect of others: {effect}")


def _print_crosslang(result: dict[str, object]) -> None:
    rows = result["rows"]
    table = Table(title=f"{result['set']}: {result['answerable']} answerable")
    for col in ("method", "recall@1", "recall@5", "MRR@10"):
        table.add_column(col, justify="left" if col == "method" else "right")
    for r in rows:  # type: ignore[union-attr]
        table.add_row(
            str(r["method"]), f"{r['recall@1']:.3f}", f"{r['recall@5']:.3f}", f"{r['mrr@10']:.3f}"
        )
    console.print(table)
    withheld = (
        f" · confidential questions withheld from ambassadors: "
        f"{result['withheld_ok']}/{result['withheld']} (found for the community manager: "
        f"{result['team_found']}/{result['withheld']})"
        if result["withheld"]
        else ""
    )
    console.print(
        f"gold document in the top 5: {result['doc_recall@5']:.3f} · p95 "
        f"{result['p95_ms']:.1f} ms{withheld} · unanswerable abstained: "
        f"{result['abstained']}/{result['unanswerable']} · false abstention: "
        f"{result['false_abstentions']}/{result['answerable']} "
        f"(without the encoder {result['lexical_false_abstentions']}/{result['answerable']})",
        highlight=False,
    )


def _print_structure(result: dict[str, object]) -> None:
    table = Table(
        title=f"Structure set {result['set']} — {result['questions']} questions "
        "(document + section)"
    )
    unanswerable = int(result.get("unanswerable", 0))  # type: ignore[call-overload]
    columns = ["method", "recall@5", "whole unit", "answered", "encoder read"]
    if unanswerable:
        columns.insert(4, "unanswerable abstained")
    for col in columns:
        table.add_column(col, justify="left" if col == "method" else "right")
    for r in result["rows"]:  # type: ignore[union-attr]
        cells = [
            str(r["method"]),
            f"{r['recall@5']:.3f}",
            f"{r['whole_unit']:.3f}" if "whole_unit" in r else "",
            str(r.get("answered", "")),
            f"{r['encoded']:.0%}" if "encoded" in r else "",
        ]
        if unanswerable:
            cells.insert(4, f"{r['abstained']}/{unanswerable}" if "abstained" in r else "")
        table.add_row(*cells)
    console.print(table)
    kinds = " · ".join(
        f"{kind} {share:.2f}"
        for kind, share in result["whole_unit_by_kind"].items()  # type: ignore[union-attr]
    )
    console.print(
        f"structure, default scope: whole gold unit in the extractive answer "
        f"{result['whole_unit']:.3f} "
        f"({kinds}); answered {result['answered']}/{result['questions']}; "
        f"p95 query {result['p95_ms']:.1f} ms",
        highlight=False,
    )
    console.print(
        f"structure, default scope: whole gold unit in the first quote "
        f"{result['whole_unit_first_quote']:.3f}; answer length "
        f"{result['quotes_per_answer']:.2f} quotes per "
        f"answer ({result['answers_with_3_quotes']} answers quote 3 passages or more), median "
        f"{result['median_quoted_chars']:.0f} characters quoted",
        highlight=False,
    )
    if result.get("gold_withheld"):
        console.print(
            f"structure: {result['gold_withheld']} of {result['questions']} questions are "
            "answered by documents marked internal, which ambassadors may not read: "
            f"a ceiling of {1 - result['gold_withheld'] / result['questions']:.3f}",  # type: ignore[operator]
            highlight=False,
        )
    if staff := result.get("staff"):
        console.print(
            f"structure, staff scope (every document): recall@5 {staff['recall@5']:.3f}, "  # type: ignore[index]
            f"whole unit {staff['whole_unit']:.3f}, answered {staff['answered']}/"  # type: ignore[index]
            f"{result['questions']}",
            highlight=False,
        )
    if unanswerable:
        # A held-out set's items are measured, never read: its answered ids stay unprinted.
        held_out = is_held_out(Path(str(result["set"])))
        answered = ", ".join(result["answered_unanswerable"]) or "none"  # type: ignore[arg-type]
        console.print(
            f"structure, default scope: unanswerable abstained {result['abstained']}/{unanswerable}"
            + ("" if held_out else f" (answered: {answered})"),
            highlight=False,
        )


def _print_speed(latency: dict[str, float], speed: dict[str, float]) -> None:
    console.print(
        f"latency at {latency['chunks']:,} chunks: p50 {latency['p50_ms']:.2f} ms, "
        f"p95 {latency['p95_ms']:.2f} ms (first question of a new process "
        f"{latency['load_s']:.2f} s)",
        highlight=False,
    )
    if latency.get("encoder_p95_ms"):
        console.print(
            f"  the sentence encoder's query embedding alone: p50 "
            f"{latency['encoder_p50_ms']:.2f} ms, p95 {latency['encoder_p95_ms']:.2f} ms",
            highlight=False,
        )
    table = Table(title="Per question, by sentence-encoder scope (wall ms; CPU ms, all threads)")
    for col in ("scope", "encoder read", "p50", "p95", "CPU p50", "CPU p95"):
        table.add_column(col, justify="left" if col == "scope" else "right")
    for scope, label in (("without", "off"), ("gated", "uncertain (default)"), ("all", "all")):
        if f"{scope}_p95_ms" in latency:
            table.add_row(
                label,
                f"{latency[f'{scope}_encoded']:.0%}",
                f"{latency[f'{scope}_p50_ms']:.2f}",
                f"{latency[f'{scope}_p95_ms']:.2f}",
                f"{latency[f'{scope}_cpu_p50_ms']:.2f}",
                f"{latency[f'{scope}_cpu_p95_ms']:.2f}",
            )
    console.print(table)
    console.print(
        f"index open ms at {latency['chunks']:,} chunks: {latency['open_ms']:.0f} ms from "
        f"the on-disk cache, {latency['rebuild_ms']:.0f} ms rebuilt from the vector store",
        highlight=False,
    )
    console.print(
        f"ingestion: {speed['pages']:.0f} PDF pages in {speed['first_s']:.2f} s = "
        f"{speed['pages_per_s']:.1f} pages/s; unchanged re-ingest {speed['again_s']:.3f} s = "
        f"{speed['again_pct']:.1f} % of the first run",
        highlight=False,
    )


def _print_targets(targets: list[tuple[str, str, bool]]) -> None:
    table = Table(title="Targets")
    for col in ("target", "measured", "result"):
        table.add_column(col)
    for name, measured, ok in targets:
        table.add_row(name, measured, "[green]PASS[/]" if ok else "[red]FAIL[/]")
    console.print(table)


def register(app: typer.Typer, bench_app: typer.Typer) -> None:
    bench_app.command("retrieval")(bench_retrieval)
