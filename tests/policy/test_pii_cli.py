"""`ambassade redact` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli import app
from bot.settings import Settings
from bot.tenants import ClientConfig, ClientDirectory, ConfidentialTerm

runner = CliRunner()


def test_redact_json_offsets_and_types() -> None:
    text = "Écris à lea.roux@exemple.fr ou au 06 12 34 56 78 🙂"
    result = runner.invoke(app, ["redact", "--json", text])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["text"] == "Écris à <EMAIL> ou au <TELEPHONE> 🙂"
    assert payload["entities"] == [
        {"type": "EMAIL", "start": 8, "end": 27, "value": "lea.roux@exemple.fr"},
        {"type": "PHONE", "start": 34, "end": 48, "value": "06 12 34 56 78"},
    ]
    for entity in payload["entities"]:
        assert text[entity["start"] : entity["end"]] == entity["value"]


def test_redact_stdin_one_message_per_line() -> None:
    stdin = "Salut Karim !\n\nrien à signaler\n"
    result = runner.invoke(app, ["redact", "--json", "-"], input=stdin)
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["text"] for line in lines] == ["Salut <PERSONNE> !", "", "rien à signaler"]
    assert lines[1] == {"text": "", "entities": []}


def test_redact_plain_text() -> None:
    result = runner.invoke(app, ["redact", "Mon RIB : FR1420041010050500013M02606"])
    assert result.exit_code == 0
    assert result.stdout.strip() == "Mon RIB : <IBAN>"


def test_redact_with_the_clients_confidential_terms(settings: Settings) -> None:
    config = ClientConfig(
        name="brasserie",
        confidential_terms=[ConfidentialTerm(term="Projet Zèbre", variants=["Zèbre"])],
    )
    ClientDirectory(settings.clients_dir).save(config)
    text = "Le projet zebre avance, Zèbre signe en juin."
    result = runner.invoke(app, ["redact", "--client", "brasserie", "--json", text])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["text"] == "Le <TERME_CONFIDENTIEL> avance, <TERME_CONFIDENTIEL> signe en juin."
    assert {e["type"] for e in payload["entities"]} == {"CONFIDENTIAL_TERM"}


def test_unknown_client_is_a_clear_error() -> None:
    result = runner.invoke(app, ["redact", "--client", "nobody", "bonjour"])
    assert result.exit_code == 2
    assert "client inconnu « nobody »" in result.output
    assert "Traceback" not in result.output


def test_bench_pii_on_a_small_set(tmp_path: Path) -> None:
    data = tmp_path / "pii.jsonl"
    rows = [
        {
            "id": "a",
            "text": "Mail : lea@exemple.fr",
            "entities": [{"type": "EMAIL", "value": "lea@exemple.fr", "start": 7, "end": 21}],
        },
        {"id": "b", "text": "Version 2.4.1 le 12/03.", "entities": []},
    ]
    data.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    result = runner.invoke(app, ["bench", "pii", "--data", str(data), "--no-baseline"])
    assert result.exit_code == 0, result.output
    assert "EMAIL recall ≥ 1 PASS" in result.stdout
    assert "0/1" in result.stdout  # false alarms on the entity-free message


def test_bench_pii_without_the_shared_sets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("bot.cli.common.find_shared_dir", lambda: None)
    result = runner.invoke(app, ["bench", "pii", "--no-baseline"])
    assert result.exit_code == 2
    assert "../shared est absent" in result.output


def test_bench_pii_file_option_takes_the_sets_own_client(tmp_path: Path) -> None:
    data = tmp_path / "velo.jsonl"
    text = "L'Opération Tandem démarre, le tandem du club aussi."
    row = {
        "id": "a",
        "text": text,
        "entities": [
            {"type": "CONFIDENTIAL_TERM", "value": "Opération Tandem", "start": 2, "end": 18}
        ],
    }
    data.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    client = {"confidential_terms": [{"term": "Opération Tandem", "variants": ["Tandem"]}]}
    (tmp_path / "velo.client.json").write_text(json.dumps(client), encoding="utf-8")
    result = runner.invoke(app, ["bench", "pii", "--file", str(data), "--no-baseline"])
    assert result.exit_code == 0, result.output
    assert "velo.jsonl" in result.stdout
    assert "CONFIDENTIAL_TERM recall ≥ 0.95 PASS" in result.stdout


def test_bench_pii_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["bench", "pii", "--file", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2
    assert "aucun jeu annoté" in result.output
    assert "Traceback" not in result.output
