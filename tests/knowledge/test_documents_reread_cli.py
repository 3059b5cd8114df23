"""`ambassade documents reread`: the documents whose reading depends on a date that came
are read again, and the listing says how many wait for it."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli import app
from bot.services import knowledge_base_for
from bot.settings import get_settings
from bot.tenants import ClientConfig, ClientDirectory


def _window(until: date) -> str:
    return (
        f"Diffusion : tous les ambassadeurs jusqu'au {until:%d/%m/%Y}\n\n"
        "# Kit de rentrée\n\nLe kit de rentrée rapporte 30 points.\n"
    )


@pytest.fixture
def ingested_earlier(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file and a chat upload, public until five days ago, ingested twenty days ago."""
    monkeypatch.setenv("AMBASSADE_HOME", str(tmp_path / "home"))
    get_settings.cache_clear()
    config = ClientConfig(name="ondine")
    ClientDirectory(get_settings().clients_dir).save(config)
    folder = tmp_path / "docs"
    folder.mkdir()
    today = date.today()
    (folder / "kit.md").write_text(_window(today - timedelta(days=5)), "utf-8")
    (folder / "plan.md").write_text("# Plan\n\nRien de daté.\n", "utf-8")
    kb = knowledge_base_for(get_settings())
    kb.clock = lambda: today - timedelta(days=20)
    options = config.ingest_options()
    kb.ingest_paths("ondine", [folder], **options)
    upload = _window(today - timedelta(days=5)).encode()
    kb.ingest_bytes("ondine", "affiche.md", upload, **options)
    assert {d.name: d.sensitivity for d in kb.documents("ondine")}["kit.md"] == "public"
    kb.close()


def test_the_listing_counts_the_documents_whose_day_passed(ingested_earlier: None) -> None:
    runner = CliRunner()
    fr = runner.invoke(app, ["--lang", "fr", "documents", "list", "--client", "ondine"])
    assert "2 documents dépendent d'une date passée" in fr.output, fr.output
    assert "ambassade documents reread --client ondine" in fr.output
    en = runner.invoke(app, ["--lang", "en", "documents", "list", "-c", "ondine"])
    assert "2 documents depend on a date that has passed" in en.output, en.output


def test_reread_tells_what_changed_then_that_nothing_is_due(ingested_earlier: None) -> None:
    runner = CliRunner()
    done = runner.invoke(app, ["--lang", "fr", "documents", "reread", "--client", "ondine"])
    assert done.exit_code == 0, done.output
    lines = {line.split("│")[1].strip(): line for line in done.output.splitlines() if "│" in line}
    assert "public" in lines["kit.md"] and "interne" in lines["kit.md"]
    assert "marquage" in lines["kit.md"]
    assert "interne" in lines["affiche.md"] and "relu" in lines["affiche.md"]
    assert "plan.md" not in done.output
    assert "Renvoyez ces fichiers" in done.output and "affiche.md" in done.output
    again = runner.invoke(app, ["--lang", "en", "documents", "reread", "-c", "ondine"])
    assert "Nothing to read again for ondine" in again.output, again.output
    listed = runner.invoke(app, ["--lang", "en", "documents", "list", "-c", "ondine"])
    assert "depend on a date" not in listed.output  # the withheld upload waits for a person
    help_text = runner.invoke(app, ["documents", "reread", "--help"]).output
    assert "Read again the documents" in help_text
