"""Evaluation tests skip without ../shared, and fail when a set is missing from it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.shared_sets import shared_path


def test_a_set_missing_from_shared_fails_rather_than_skips(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AMBASSADE_SHARED_DIR", str(tmp_path))
    (tmp_path / "eval").mkdir()
    (tmp_path / "eval" / "here.jsonl").write_text("{}\n", encoding="utf-8")
    assert shared_path("eval/here.jsonl") == (tmp_path / "eval" / "here.jsonl").resolve()
    with pytest.raises(pytest.fail.Exception, match="missing although"):
        shared_path("eval/gone.jsonl")
