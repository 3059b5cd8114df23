"""`ambassade bench markings`: document heads read as ingestion reads them, fail-open counted."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.bench.markings import MarkingSetError, run_markings
from bot.cli import app


def _cases(path: Path, cases: list[dict[str, str]]) -> Path:
    path.write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in cases), "utf-8")
    return path


def test_restricted_heads_read_as_unmarked_count_as_fail_open(tmp_path: Path) -> None:
    path = _cases(
        tmp_path / "cases.jsonl",
        [
            {
                "id": "a",
                "head": "# Plan\n\nClassification : Confidentiel\n\nTexte.",
                "level": "confidential",
            },
            {"id": "b", "head": "# Note\n\nÀ lire avant lundi.\n\nTexte.", "level": "internal"},
            {"id": "c", "head": "# Guide\n\nNotre politique de confidentialité.", "level": "none"},
        ],
    )
    baseline, ours = run_markings(path)
    assert (ours.cases, ours.restricted, ours.fail_open) == (3, 2, 1)
    assert ours.wrong == [("b", "internal", "none")]
    assert baseline.fail_open == 1


def test_a_restricted_head_read_as_public_is_counted_apart(tmp_path: Path) -> None:
    path = _cases(
        tmp_path / "cases.jsonl",
        [
            # Told as a public document: the bench must say it leaks, whatever the default.
            {"id": "p", "head": "Public\n\nBilan de la saison.", "level": "internal"},
            {"id": "n", "head": "# Note\n\nÀ lire avant lundi.", "level": "internal"},
        ],
    )
    _, ours = run_markings(path)
    row = ours.as_json()
    assert (row["fail_open"], row["read_public"]) == ("2/2", "1/2")
    result = CliRunner().invoke(app, ["bench", "markings", "--data", str(tmp_path)])
    assert result.exit_code == 0 and "read public" in result.output


def test_a_head_of_metadata_alone_is_read_as_the_opening_of_a_document(tmp_path: Path) -> None:
    path = _cases(
        tmp_path / "cases.jsonl",
        [{"id": "m", "head": "---\nclassification: confidentiel\n---\n", "level": "confidential"}],
    )
    _, ours = run_markings(path)
    assert (ours.cases, ours.fail_open, ours.wrong) == (1, 0, [])


def test_a_file_that_is_no_markings_set_is_told_plainly(tmp_path: Path) -> None:
    bad = tmp_path / "cases.jsonl"
    bad.write_text('{"id": "a", "head": "x", "level": "secret-ish"}\n', "utf-8")
    with pytest.raises(MarkingSetError, match="unknown level"):
        run_markings(bad)
    result = CliRunner().invoke(app, ["bench", "markings", "--data", str(tmp_path / "none")])
    assert result.exit_code == 2
    assert "no such file" in result.output


def test_the_names_kept_beside_a_set_are_declared_on_request(tmp_path: Path) -> None:
    _cases(
        tmp_path / "cases.jsonl",
        [
            {
                "id": "g",
                "head": "# Guide\n\nPour tous les Grillons, tous niveaux.",
                "level": "public",
            }
        ],
    )
    runner = CliRunner()
    plain = runner.invoke(app, ["bench", "markings", "--data", str(tmp_path), "--wrong"])
    assert plain.exit_code == 0 and "g: public read as" in plain.output
    missing = runner.invoke(app, ["bench", "markings", "--data", str(tmp_path), "--set-names"])
    assert missing.exit_code == 2 and "keeps no names" in missing.output
    (tmp_path / "names.json").write_text('{"ambassadors": ["Grillons"], "clients": []}', "utf-8")
    named = runner.invoke(
        app, ["bench", "markings", "--data", str(tmp_path), "--set-names", "--wrong"]
    )
    assert named.exit_code == 0 and "with the set's names" in named.output
    assert "read as" not in named.output
    (tmp_path / "names.json").write_text('{"ambassadors": "Grillons"}', "utf-8")
    broken = runner.invoke(app, ["bench", "markings", "--data", str(tmp_path), "--set-names"])
    assert broken.exit_code == 2 and "two lists of names" in broken.output


def test_a_set_is_read_as_of_the_day_it_was_written(tmp_path: Path) -> None:
    """Its writer labelled an embargo for that day: the figures must not change the day after."""
    head = "**Sous embargo jusqu'au 7 décembre 2026 inclus**, ensuite pour tous les ambassadeurs."
    path = _cases(tmp_path / "cases.jsonl", [{"id": "e", "head": head, "level": "internal"}])
    (tmp_path / "README.md").write_text(
        "> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 61) from DOMAIN.md.",
        "utf-8",
    )
    assert run_markings(path)[1].fail_open == 0
    assert run_markings(path, today=date(2026, 12, 8))[1].fail_open == 1  # the embargo ended
    (tmp_path / "README.md").unlink()
    assert run_markings(path, today=date(2026, 12, 6))[1].fail_open == 0
