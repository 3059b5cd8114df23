"""`documents list --level / --unmarked`: a community manager finds the documents that took the
client's default level because nothing marked them, and is told how to open them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli import app
from bot.settings import get_settings
from bot.tenants import ClientConfig, ClientDirectory


@pytest.fixture
def docs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("AMBASSADE_HOME", str(tmp_path / "home"))
    get_settings.cache_clear()
    ClientDirectory(get_settings().clients_dir).save(ClientConfig(name="ondine"))
    folder = tmp_path / "docs"
    folder.mkdir()
    kit = "Diffusion : tous les ambassadeurs\n\n# Kit\n\nUn kit.\n"
    (folder / "kit.md").write_text(kit, "utf-8")
    (folder / "memo.md").write_text("CONFIDENTIEL\n\n# Mémo\n\nLe budget.\n", "utf-8")
    (folder / "agenda.md").write_text("# Agenda\n\nLe salon a lieu en mai.\n", "utf-8")
    (folder / "faq.md").write_text("# FAQ\n\nUn avis rapporte 10 points.\n", "utf-8")
    assert CliRunner().invoke(app, ["ingest", "--client", "ondine", str(folder)]).exit_code == 0
    return folder


def _names(output: str) -> set[str]:
    return {json.loads(line)["document"] for line in output.splitlines()}


def test_filters_by_level_and_by_missing_marking(docs: Path) -> None:
    runner = CliRunner()
    base = ["documents", "list", "--client", "ondine", "--json"]
    assert _names(runner.invoke(app, [*base, "--unmarked"]).output) == {"agenda.md", "faq.md"}
    assert _names(runner.invoke(app, [*base, "--level", "public"]).output) == {"kit.md"}
    assert _names(runner.invoke(app, [*base, "--level", "confidentiel"]).output) == {"memo.md"}
    both = runner.invoke(app, [*base, "--level", "public", "--unmarked"])
    assert both.exit_code == 0 and both.output == ""


def test_the_table_says_how_many_are_hidden_and_how_to_open_them(docs: Path) -> None:
    runner = CliRunner()
    fr = runner.invoke(app, ["--lang", "fr", "documents", "list", "--client", "ondine"])
    assert "invisibles pour les ambassadeurs : 2 documents" in fr.output, fr.output
    assert "documents set-sensitivity NOM public --client ondine" in fr.output
    assert "ambassador_names: [Isards]" in fr.output
    en = runner.invoke(app, ["--lang", "en", "documents", "list", "-c", "ondine", "--unmarked"])
    assert "agenda.md" in en.output and "kit.md" not in en.output
    assert "not shown to ambassadors" not in en.output  # the filter already says it


def test_bad_filters_are_clear(docs: Path) -> None:
    runner = CliRunner()
    bad = runner.invoke(app, ["--lang", "en", "documents", "list", "-c", "ondine", "--level", "x"])
    assert bad.exit_code == 2 and "Traceback" not in bad.output
    assert "unknown sensitivity 'x'" in bad.output
    empty = runner.invoke(
        app, ["--lang", "fr", "documents", "list", "-c", "ondine", "--level", "confidential"]
    )
    assert "memo.md" in empty.output
    runner.invoke(app, ["documents", "set-sensitivity", "memo.md", "internal", "-c", "ondine"])
    none = runner.invoke(
        app, ["--lang", "fr", "documents", "list", "-c", "ondine", "--level", "confidential"]
    )
    assert "ne correspond à ce filtre" in none.output and none.exit_code == 0
