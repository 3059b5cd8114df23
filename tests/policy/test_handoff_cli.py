"""`ambassade triage` and `ambassade bench handoff` through the Typer app."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from typer.testing import CliRunner

from bot.cli import app
from bot.cli import handoff as handoff_command

runner = CliRunner()


def test_triage_json_prints_one_object() -> None:
    result = runner.invoke(app, ["triage", "--json", "Je veux parler à un humain"])
    assert result.exit_code == 0, result.output
    verdict = json.loads(result.stdout)
    assert verdict["handoff"] is True
    assert verdict["category"] == "explicit_request"
    assert verdict["rule"]


def test_i15_8_triage_json_keeps_its_contract_and_adds_the_score() -> None:
    result = runner.invoke(app, ["triage", "--json", "Cette bière est une tuerie"])
    assert result.exit_code == 0
    verdict = json.loads(result.stdout)
    score = verdict.pop("score")
    assert verdict == {
        "handoff": False,
        "category": "none",
        "rule": "",
        "urgency": "none",
        "danger": False,
    }
    assert isinstance(score, float) and 0.0 <= score < 0.4


def test_triage_reads_one_message_per_line_from_stdin() -> None:
    lines = "Supprimez toutes mes données\nJe meurs d'envie de venir\nJe veux mourir\n"
    result = runner.invoke(app, ["triage", "--json", "-"], input=lines)
    assert result.exit_code == 0, result.output
    verdicts = [json.loads(line) for line in result.stdout.splitlines()]
    assert [v["category"] for v in verdicts] == ["privacy_request", "none", "distress"]
    assert verdicts[2]["danger"] is True


def test_triage_human_output_shows_the_helpline_on_danger() -> None:
    result = runner.invoke(app, ["triage", "J'ai envie d'en finir"])
    assert result.exit_code == 0
    assert "distress" in result.stdout and "3114" in result.stdout


def test_triage_unknown_client_exits_2() -> None:
    result = runner.invoke(app, ["triage", "--client", "nobody", "bonjour"])
    assert result.exit_code == 2


def test_triage_merges_client_overrides(monkeypatch: pytest.MonkeyPatch) -> None:
    client = SimpleNamespace(
        name="acme",
        handoff_rules={"categories": {"legal": {"rules": [
            {"name": "acme_franchise", "patterns": [r"\bfranchise\b"]}
        ]}}},
    )  # fmt: skip
    monkeypatch.setattr(handoff_command, "load_client", lambda name: client)
    result = runner.invoke(app, ["triage", "--client", "acme", "--json", "Ma franchise ?"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["rule"] == "acme_franchise"


def test_triage_bad_client_overrides_exit_2_naming_the_rule(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    client = SimpleNamespace(
        name="acme",
        handoff_rules={"categories": {"anger": {"rules": [{"name": "oops", "patterns": ["("]}]}}},
    )
    monkeypatch.setattr(handoff_command, "load_client", lambda name: client)
    result = runner.invoke(app, ["triage", "--client", "acme", "hello"])
    assert result.exit_code == 2
    assert "oops" in result.output


def test_bench_handoff_on_a_small_file(tmp_path: Path) -> None:
    data = tmp_path / "handoff.jsonl"
    cases = [
        ("a", "Je veux parler à un humain", "explicit_request"),
        ("b", "Cette IPA est une tuerie", "none"),
        ("c", "Je veux mourir", "distress"),
    ]
    rows = [
        {"id": i, "text": text, "handoff": category != "none", "category": category}
        for i, text, category in cases
    ]
    data.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    result = runner.invoke(app, ["bench", "handoff", "--data", str(data)])
    assert result.exit_code == 0, result.output
    assert "baseline" in result.stdout and "PASS" in result.stdout


def test_bench_handoff_without_shared_data_exits_2(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("bot.cli.common.find_shared_dir", lambda: None)
    result = runner.invoke(app, ["bench", "handoff"])
    assert result.exit_code == 2
    assert "../shared est absent" in result.output


def test_bench_handoff_file_option_counts_false_alarms_and_misses(tmp_path: Path) -> None:
    data = tmp_path / "other.jsonl"
    rows = [
        {"id": "p", "text": "Je veux parler à un humain", "handoff": True, "category": "anger"},
        {"id": "n", "text": "Je veux parler à un humain", "handoff": False, "category": "none"},
        {"id": "m", "text": "Bonne journée !", "handoff": True, "category": "legal"},
    ]
    data.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    result = runner.invoke(app, ["bench", "handoff", "--file", str(data)])
    assert result.exit_code == 0, result.output
    assert "other.jsonl" in result.stdout
    rules_column = {
        line.split("│")[1].strip(): line.split("│")[2].strip()
        for line in result.stdout.splitlines()
        if line.count("│") >= 3
    }
    assert rules_column["false alarms"] == "1"
    assert rules_column["missed handoffs"] == "1"
    assert "FAIL" in result.stdout


def test_bench_handoff_file_option_names_a_missing_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["bench", "handoff", "--file", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2
    assert "nope.jsonl" in result.output
