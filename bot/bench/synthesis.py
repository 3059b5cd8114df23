"""`ambassade bench synthesis`: speed on generated answers, quality on the planted sets,
ambassade beside a simple baseline (`synthesis_baseline`) in one process."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.bench.synthesis_baseline import baseline
from bot.bench.synthesis_data import generate
from bot.bench.synthesis_eval import Score, score
from bot.bench.synthesis_missed import missed_causes
from bot.synthesis.answers_file import read_answers, read_objectives
from bot.synthesis.engine import synthesise
from bot.synthesis.model import Answer
from bot.synthesis.vectors import WordVectors

PLANTED_DIR = Path(__file__).with_name("synthesis_planted")  # written blind, see its README
SPEED_PARTICIPANTS = 200
SPEED_SECONDS = 5.0
TARGETS = {"theme_recall": 0.9, "attribution_precision": 0.95}


@dataclass
class PlantedSession:
    name: str
    answers: list[Answer]
    objectives: list[str]
    truth: dict[str, Any]

    @property
    def language(self) -> str:
        return "en" if str(self.truth.get("lang", "fr")).startswith("en") else "fr"


def planted_sessions(folder: Path = PLANTED_DIR) -> list[PlantedSession]:
    sessions = []
    for truth_path in sorted(folder.glob("*.truth.json")):
        name = truth_path.name.removesuffix(".truth.json")
        sessions.append(
            PlantedSession(
                name,
                read_answers(folder / f"{name}.answers.jsonl"),
                read_objectives(folder / f"{name}.objectives.txt"),
                json.loads(truth_path.read_text(encoding="utf-8")),
            )
        )
    return sessions


def run_quality(folder: Path = PLANTED_DIR) -> dict[str, dict[str, Score]]:
    """Per system ("ambassade", "baseline"), per session and "all": the scores."""
    results: dict[str, dict[str, Score]] = {"ambassade": {}, "baseline": {}}
    for system in results:
        results[system]["all"] = Score()
    for session in planted_sessions(folder):
        ours = synthesise(session.answers, session.objectives, language=session.language)
        theirs = baseline(session.answers, session.objectives)
        for system, synthesis in (("ambassade", ours), ("baseline", theirs)):
            result = score(synthesis, session.answers, session.truth)
            causes = missed_causes(synthesis, session.truth)
            result.why_missed = [f"{key}: {cause}" for key, cause in causes.items()]
            results[system][session.name] = result
            results[system]["all"].add(result)
    return results


def run_speed(participants: int = SPEED_PARTICIPANTS, seed: int = 18) -> dict[str, float]:
    """Seconds for `participants` × 12 generated answers (French and English questions):
    what a process loads once (word vectors, word lists, texts: timed on a 12-answer
    warm-up), then ambassade warm, then the baseline."""
    data = generate(participants, languages=("fr", "en"), seed=seed)
    started = time.perf_counter()
    WordVectors.load()
    synthesise(data.answers[:12], data.objectives[:1])
    loading = time.perf_counter() - started
    started = time.perf_counter()
    result = synthesise(data.answers, data.objectives, language="fr")
    ours = time.perf_counter() - started
    started = time.perf_counter()
    baseline(data.answers, data.objectives)
    theirs = time.perf_counter() - started
    quality = score(result, data.answers, data.truth)
    return {
        "answers": float(len(data.answers)),
        "participants": float(participants),
        "vectors_loading": loading,
        "ambassade": ours,
        "baseline": theirs,
        "generated_theme_recall": quality.theme_recall,
        "generated_attribution_precision": quality.attribution_precision,
    }


def targets(
    quality: dict[str, dict[str, Score]] | None, speed: dict[str, float] | None
) -> list[tuple[str, str, bool]]:
    rows: list[tuple[str, str, bool]] = []
    if speed is not None:
        rows.append(
            (
                f"{int(speed['participants'])} participants × 12 answers ≤ {SPEED_SECONDS:g} s",
                f"{speed['ambassade']:.2f} s",
                speed["ambassade"] <= SPEED_SECONDS,
            )
        )
    if quality is not None:
        total = quality["ambassade"]["all"]
        rows += [
            (
                "theme recall ≥ 0.9",
                f"{total.theme_recall:.2f}",
                total.theme_recall >= TARGETS["theme_recall"],
            ),
            (
                "attribution precision ≥ 0.95",
                f"{total.attribution_precision:.2f}",
                total.attribution_precision >= TARGETS["attribution_precision"],
            ),
            (
                "unverifiable verbatims shown = 0",
                str(total.unverifiable_shown),
                total.unverifiable_shown == 0,
            ),
            (
                "every planted minority found",
                f"{total.minorities_found}/{total.minorities}",
                total.minorities_found == total.minorities,
            ),
            (
                # Both halves of the target: every unsupported one listed, no supported one.
                "every unsupported objective found, none wrongly",
                f"{total.unsupported_found}/{total.unsupported} (+{total.wrongly_unsupported})",
                total.unsupported_found == total.unsupported and total.wrongly_unsupported == 0,
            ),
            (
                "every unserved need found",
                f"{total.unserved_found}/{total.unserved}",
                total.unserved_found == total.unserved,
            ),
        ]
    return rows
