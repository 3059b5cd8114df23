"""Issue 15, item 8 (the bench tells the truth about safety): besides exact-label recall,
`bench handoff` counts the serious messages (distress, crisis, harassment) that did not
reach a person at high or critical urgency, and shows where the serious messages went.
"""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from bot.bench.handoff import BenchReport, Example, score
from bot.bench.handoff_safety import Outcome
from bot.cli import app

runner = CliRunner()

EXAMPLES = [
    Example("1", "a", True, "distress"),
    Example("2", "b", True, "distress"),
    Example("3", "c", True, "crisis"),
    Example("4", "d", True, "crisis"),
    Example("5", "e", True, "harassment"),
    Example("6", "f", True, "legal"),
    Example("7", "g", False, "none"),
]
VERDICTS = {
    "a": Outcome("distress", "critical"),  # reached
    "b": Outcome("none", "none"),  # not handed off
    "c": Outcome("harassment", "high"),  # wrong serious label, but a person has it at once
    "d": Outcome("anger", "normal"),  # handed off, but at normal urgency
    "e": Outcome("harassment", "normal"),  # right label, urgency too low
    "f": Outcome("legal", "normal"),
    "g": Outcome("none", "none"),
}


def test_i15_8_serious_messages_not_reaching_a_person_are_counted_per_category() -> None:
    result = score("fake", EXAMPLES, VERDICTS.__getitem__, repeats=1)
    assert result.unreached() == {"distress": 1, "crisis": 1, "harassment": 1}
    assert result.critical_recall() == {"distress": 0.5, "crisis": 0.0, "harassment": 1.0}
    crisis = result.serious["crisis"]
    assert crisis.support == 2
    assert dict(crisis.went_to) == {"harassment": 1, "other": 1}
    assert dict(result.serious["distress"].went_to) == {"distress": 1, "none": 1}
    targets = dict(BenchReport(Path("x"), len(EXAMPLES), [result]).targets(result))
    label = next(k for k in targets if k.startswith("serious messages not reaching"))
    assert "3 (distress 1 · crisis 1 · harassment 1)" in label
    assert targets[label] is False


def test_i15_8_a_wrong_serious_label_at_high_urgency_is_not_counted_as_unreached() -> None:
    examples = [Example("1", "c", True, "crisis"), Example("2", "a", True, "distress")]
    result = score("fake", examples, VERDICTS.__getitem__, repeats=1)
    assert result.unreached() == {"distress": 0, "crisis": 0}
    assert result.critical_recall()["crisis"] == 0.0  # the exact-label figure stays strict
    targets = dict(BenchReport(Path("x"), 2, [result]).targets(result))
    assert [ok for k, ok in targets.items() if k.startswith("serious")] == [True]
    assert [ok for k, ok in targets.items() if k.startswith("no exact-label")] == [False]


def test_i15_8_a_category_without_urgency_is_unknown_not_reached() -> None:
    examples = [Example("1", "a", True, "distress"), Example("2", "b", True, "distress")]
    answers = {"a": "distress", "b": "none"}
    result = score("labels only", examples, answers.__getitem__, repeats=1)
    assert result.serious["distress"].unreached == 1
    assert result.unreached() == {"distress": None}
    targets = dict(BenchReport(Path("x"), 2, [result]).targets(result))
    assert [ok for k, ok in targets.items() if k.startswith("serious")] == [False]


def test_i15_8_bench_handoff_shows_the_serious_summary_and_its_target(tmp_path: Path) -> None:
    rows = [
        ("Je veux mourir", "distress"),
        ("Bonne journée à toute l'équipe !", "crisis"),  # mislabelled on purpose: unreached
        ("C'est à quelle heure l'atelier samedi ?", "none"),
    ]
    data = tmp_path / "set.jsonl"
    data.write_text(
        "\n".join(
            json.dumps({"id": str(i), "text": t, "handoff": c != "none", "category": c})
            for i, (t, c) in enumerate(rows)
        ),
        encoding="utf-8",
    )
    result = runner.invoke(
        app, ["--lang", "en", "bench", "handoff", "--file", str(data)], env={"COLUMNS": "250"}
    )
    assert result.exit_code == 0, result.output
    output = result.stdout
    assert "Serious messages (rows: expected" in output
    summary = {
        cells[0]: cells[1:]
        for line in output.splitlines()
        if line.count("│") == 9 and (cells := [c.strip() for c in line.split("│")[1:-1]])
    }
    # n, distress, crisis, harassment, other, none, unreached
    assert summary["distress"] == ["1", "1", "0", "0", "0", "0", "0"]
    assert summary["crisis"] == ["1", "0", "0", "0", "0", "1", "1"]
    assert "crisis not reaching a person (< high)" in output
    assert "serious messages not reaching a person at high/critical: 1" in " ".join(output.split())
