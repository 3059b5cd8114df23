"""Printing `ambassade bench synthesis` (tables in English, like the other benches)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from rich.console import Console
from rich.table import Table

from bot.bench.held_out import is_held_out
from bot.cli.common import cli_language, fail
from prompts.catalog import text

console = Console(highlight=False)


def run_bench(
    data: Path | None, only: str | None, participants: int, *, wrong: bool = False
) -> None:
    from bot.bench import synthesis as bench

    if only not in (None, "speed", "quality"):
        fail(text(cli_language(), "clibench.bad_only_synthesis", value=only))
    if participants < 2:
        fail(
            text(
                cli_language(),
                "clibench.too_small",
                option="--participants",
                minimum=2,
                value=participants,
            )
        )
    folder = data or bench.PLANTED_DIR
    if only in (None, "quality") and not any(folder.glob("*.truth.json")):
        fail(text(cli_language(), "clibench.no_planted", path=folder))
    load = _load()
    speed = quality = None
    if only in (None, "speed"):
        with console.status(f"{participants} participants × 12 answers…"):
            speed = bench.run_speed(participants)
        _print_speed(speed, load)
    if only in (None, "quality"):
        with console.status("planted sets…"):
            quality = bench.run_quality(folder)
        _print_quality(quality)
        if wrong and is_held_out(folder):
            console.print("A held-out set is measured, never read: --wrong is not shown.")
        elif wrong:
            _print_wrong(quality)
    table = Table(title="Targets")
    for column in ("target", "measured", "met"):
        table.add_column(column)
    for name, value, met in bench.targets(quality, speed):
        table.add_row(name, value, "yes" if met else "NO")
    console.print(table)
    summary: dict[str, object] = {"load_average": load, "speed": speed}
    if quality is not None:
        summary["quality"] = {
            system: {name: _figures(score) for name, score in sessions.items()}
            for system, sessions in quality.items()
        }
    console.print(json.dumps(summary, ensure_ascii=False))


def _load() -> list[float]:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return []


def _figures(score) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {
        "theme_recall": round(score.theme_recall, 3),
        "attribution_precision": round(score.attribution_precision, 3),
        "themes": f"{score.themes_found}/{score.themes}",
        "minorities": f"{score.minorities_found}/{score.minorities}",
        "oppositions": f"{score.oppositions_found}/{score.oppositions}",
        "unsupported_objectives": f"{score.unsupported_found}/{score.unsupported}",
        "wrongly_unsupported": score.wrongly_unsupported,
        "unserved_needs": f"{score.unserved_found}/{score.unserved}",
        "verbatims": score.verbatims,
        "unverifiable_shown": score.unverifiable_shown,
        "points": score.found_points,
        "spurious_points": score.spurious_points,
        "missed": score.missed,
    }


def _print_speed(speed: dict[str, float], load: list[float]) -> None:
    table = Table(title=f"Speed — {int(speed['answers'])} answers, load average {load}")
    for column in ("system", "seconds"):
        table.add_column(column)
    table.add_row(
        "loading: word vectors, word lists (once per process)", f"{speed['vectors_loading']:.2f}"
    )
    table.add_row("ambassade (offline synthesis)", f"{speed['ambassade']:.2f}")
    table.add_row("baseline (TF-IDF + k-means)", f"{speed['baseline']:.2f}")
    console.print(table)


def _print_wrong(quality) -> None:  # type: ignore[no-untyped-def]
    """Every wrong verbatim ambassade shows and why each planted theme or minority view is
    missed, per session
    (never on held-out sets: tuning)."""
    for name, score in quality["ambassade"].items():
        if name != "all":
            for line in score.wrong:
                console.print(f"{name}: {line}", markup=False, emoji=False)
            for line in score.why_missed:  # `synthesis_missed`: where a missed item went
                console.print(f"{name}: missed {line}", markup=False, emoji=False)


def _print_quality(quality) -> None:  # type: ignore[no-untyped-def]
    table = Table(title="Quality on the planted sets")
    columns = (
        "system",
        "session",
        "recall",
        "precision",
        "themes",
        "minorities",
        "oppositions",
        "unsupported obj.",
        "unserved needs",
        "unverifiable",
        "spurious",
    )
    for column in columns:
        table.add_column(column)
    for system, sessions in quality.items():
        for name, s in sessions.items():
            table.add_row(
                system,
                name,
                f"{s.theme_recall:.2f}",
                f"{s.attribution_precision:.2f}",
                f"{s.themes_found}/{s.themes}",
                f"{s.minorities_found}/{s.minorities}",
                f"{s.oppositions_found}/{s.oppositions}",
                f"{s.unsupported_found}/{s.unsupported} (+{s.wrongly_unsupported} wrong)",
                f"{s.unserved_found}/{s.unserved}",
                str(s.unverifiable_shown),
                f"{s.spurious_points}/{s.found_points}",
            )
    console.print(table)
