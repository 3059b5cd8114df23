"""Item 13 of issue 13: CLI output follows `--lang` / AMBASSADE_LANG, French by default."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from bot.cli import app
from bot.cli.common import plural, set_cli_language

runner = CliRunner()


def test_cli_errors_are_french_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AMBASSADE_LANG", raising=False)
    result = runner.invoke(app, ["clients", "show", "nobody"])
    assert result.exit_code == 2
    assert "erreur :" in result.output


def test_cli_errors_follow_the_lang_option(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AMBASSADE_LANG", raising=False)
    result = runner.invoke(app, ["--lang", "en", "clients", "show", "nobody"])
    assert result.exit_code == 2
    assert "error:" in result.output and "erreur" not in result.output


def test_cli_language_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AMBASSADE_LANG", "en")
    result = runner.invoke(app, ["clients", "show", "nobody"])
    assert "error:" in result.output


def test_an_unknown_cli_language_is_refused_in_french(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AMBASSADE_LANG", raising=False)
    result = runner.invoke(app, ["--lang", "de", "clients", "list"])
    assert result.exit_code == 2
    assert "« de »" in result.output


@pytest.mark.parametrize(
    ("lang", "count", "expected"),
    [
        ("fr", 1, "1 fichier"),
        ("fr", 2, "2 fichiers"),
        ("en", 1, "1 file"),
        ("en", 0, "0 files"),
        ("fr", 0, "0 fichier"),
    ],
)
def test_counts_agree_with_their_noun(
    monkeypatch: pytest.MonkeyPatch, lang: str, count: int, expected: str
) -> None:
    monkeypatch.delenv("AMBASSADE_LANG", raising=False)
    set_cli_language(lang)
    assert plural(count, "file") == expected
