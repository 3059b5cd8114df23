"""Issue 17 targets: `ambassade bench kpi` runs end to end at a small scale (SQLite, and
PostgreSQL when configured), with the card equal to the naive one."""

from __future__ import annotations

import json
import os

import pytest
from typer.testing import CliRunner

from bot.cli import app
from bot.settings import Settings, get_settings

runner = CliRunner()


def test_i17_bench_kpi_small(settings: Settings) -> None:
    get_settings.cache_clear()
    args = ["bench", "kpi", "--scale", "0.005", "--runs", "2", "--naive-runs", "1"]
    args += ["--logs", "10", "--json"]
    url = os.environ.get("AMBASSADE_TEST_POSTGRES_URL")
    if url:
        args += ["--postgres-url", url]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["params"]["ambassadors"] == 100 and data["params"]["contributions"] == 5000
    engines = {e["engine"]: e for e in data["engines"]}
    assert set(engines) == ({"sqlite", "postgresql"} if url else {"sqlite"})
    for engine in engines.values():
        assert engine["same_figures"] is True
        assert engine["rows"]["contribution"] >= 5000 + 10  # the logged ones too
        assert engine["card_ms_median"] > 0 and engine["ratio"] > 0
        assert len(engine["card_ms_runs"]) == 2
    # The generated file is cached: a second run reuses it.
    cached = list((settings.home / "bench").glob("kpi-*.db"))
    assert len(cached) == 1
    again = runner.invoke(
        app,
        [
            "bench",
            "kpi",
            "--scale",
            "0.005",
            "--runs",
            "1",
            "--naive-runs",
            "1",
            "--logs",
            "1",
            "--json",
        ],
    )
    assert again.exit_code == 0
    assert list((settings.home / "bench").glob("kpi-*.db")) == cached


def test_i17_bench_kpi_bad_options() -> None:
    result = runner.invoke(app, ["bench", "kpi", "--scale", "0"])
    assert result.exit_code == 2 and "--scale" in result.output
    result = runner.invoke(app, ["bench", "kpi", "--no-sqlite"])
    assert result.exit_code == 2 and "--postgres-url" in " ".join(result.output.split())


def test_i17_bench_kpi_reuses_the_postgres_database(settings: Settings) -> None:
    url = os.environ.get("AMBASSADE_TEST_POSTGRES_URL")
    if not url:
        pytest.skip("AMBASSADE_TEST_POSTGRES_URL is not set")
    from sqlalchemy import create_engine, text

    from bot.bench.kpi_data import Params
    from bot.bench.kpi_load import head_revision

    get_settings.cache_clear()
    args = ["bench", "kpi", "--scale", "0.003", "--runs", "1", "--naive-runs", "1"]
    args += ["--logs", "2", "--json", "--no-sqlite", "--reuse-postgres", "--postgres-url", url]
    kept = f"ambassade_bench_kpi_{Params(60, 3000).cache_key(head_revision())}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")

    def databases() -> set[str]:
        with admin.connect() as connection:
            found = connection.execute(
                text("SELECT datname FROM pg_database WHERE datname LIKE :p"), {"p": f"{kept}%"}
            )
            return {name for (name,) in found}

    try:
        first = runner.invoke(app, args)
        assert first.exit_code == 0, first.output
        assert databases() == {kept}  # kept, the working copy dropped
        second = runner.invoke(app, args)
        assert second.exit_code == 0, second.output
        runs = [json.loads(r.stdout)["engines"][0] for r in (first, second)]
        assert all(r["same_figures"] for r in runs)
        # The copy starts from the generated program: only the logged rows differ.
        assert runs[1]["rows"] == runs[0]["rows"]
        assert databases() == {kept}
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{kept}" WITH (FORCE)'))
        admin.dispose()
