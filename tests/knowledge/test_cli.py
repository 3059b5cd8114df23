from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli import app


@pytest.fixture
def home(public_home: Path) -> Path:
    return public_home


def test_ingest_then_ask_json(home: Path, corpus: Path) -> None:
    runner = CliRunner()
    (corpus / "broken.pdf").write_bytes(b"%PDF garbage")
    result = runner.invoke(app, ["--lang", "en", "ingest", "--client", "volta", str(corpus)])
    assert result.exit_code == 1, result.output  # one file failed; the others are saved
    assert "charte.md" in result.output and "broken.pdf" in result.output
    assert "3 added" in result.output and "1 failed" in result.output
    (corpus / "broken.pdf").unlink()
    again = runner.invoke(app, ["--lang", "en", "ingest", "--client", "volta", str(corpus)])
    assert "3 unchanged" in again.output and again.exit_code == 0
    questions = "Combien de points rapporte un témoignage vidéo ?\nQuel est le code du wifi ?\n"
    result = runner.invoke(app, ["ask", "--client", "volta", "--json", "-"], input=questions)
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [x["answered"] for x in lines] == [True, False]
    assert set(lines[0]) == {"question", "answered", "answer", "sources"}
    source = lines[0]["sources"][0]
    assert set(source) == {"document", "section", "text", "score", "sensitivity"}
    assert source["document"] == "charte.md" and len(lines[0]["sources"]) <= 5


def test_clear_errors(home: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", "--client", "nobody", str(tmp_path)])
    assert result.exit_code == 2 and "Traceback" not in result.output
    result = runner.invoke(app, ["ingest", "--client", "volta", str(tmp_path / "missing")])
    assert result.exit_code == 2 and "introuvable" in result.output
    (tmp_path / "bad.pdf").write_bytes(b"not a pdf")
    result = runner.invoke(app, ["ingest", "--client", "volta", str(tmp_path / "bad.pdf")])
    assert result.exit_code == 1 and "bad.pdf" in result.output
    result = runner.invoke(app, ["ask", "--client", "volta", "--role", "boss", "question"])
    assert result.exit_code == 2


@pytest.mark.parametrize("question", ["", "   ", "\u200b"])
def test_an_empty_question_is_told_not_silently_ignored(home: Path, question: str) -> None:
    result = CliRunner().invoke(app, ["ask", "--client", "volta", question])
    assert result.exit_code == 2
    assert "question vide" in result.output and "ask --client volta" in result.output
