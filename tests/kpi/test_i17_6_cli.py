"""Issue 17 item 6: `ambassade kpi` — the JSON contract, CSV, table, PNGs, and bad input."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli import app
from bot.settings import Settings, get_settings
from bot.store import Database
from bot.tenants import ClientConfig, ClientDirectory
from tests.kpi.program import build

runner = CliRunner()
PERIOD = ("--since", "2026-01-01", "--until", "2026-06-30")


@pytest.fixture(autouse=True)
def program(settings: Settings, acme: ClientConfig) -> None:
    get_settings.cache_clear()
    db = Database(get_settings().effective_database_url())
    db.migrate()
    build(db)
    db.dispose()


def run(*args: str) -> tuple[int, str, str]:
    get_settings.cache_clear()
    result = runner.invoke(app, list(args), env={"COLUMNS": "200"})
    return result.exit_code, result.stdout, result.stderr


def test_i17_6_json_has_the_issue_keys_and_nulls_with_reasons() -> None:
    code, out, err = run("kpi", "--client", "acme", *PERIOD, "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["period"] == {"since": "2026-01-01", "until": "2026-06-30"}
    assert (data["ambassadors"], data["active_30d"], data["active_90d"]) == (5, 4, 4)
    assert data["contributions"] == 10
    assert set(data["contributions_per_ambassador"]) == {"mean", "median"}
    assert set(data["response_delay_hours"]) == {"median", "within_48h"}
    assert set(data["nps"]) == {"value", "n"}
    assert data["production_by_kind"]["review"] == 3
    # Default minimum n (10): every rate, mean, median and the NPS are null, with a reason.
    for key in ("participation_rate", "promotion_rate", "retention_yoy"):
        assert data[key] is None
        assert data["null_reasons"][key]["reason"] == "too_few"
    assert data["contributions_per_ambassador"] == {"mean": None, "median": None}
    assert data["nps"] == {"value": None, "n": 5}
    assert data["null_reasons"]["nps"] == {"reason": "too_few", "n": 5, "min_n": 10}


def test_i17_6_the_client_sets_the_minimum_n(settings: Settings, acme: ClientConfig) -> None:
    lower = acme.model_copy(update={"kpi": acme.kpi.model_copy(update={"min_n": 2})})
    ClientDirectory(settings.clients_dir).save(lower, overwrite=True)
    code, out, err = run("kpi", "--client", "acme", *PERIOD, "-f", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["min_n"] == 2
    assert data["participation_rate"] == 0.6 and data["nps"] == {"value": 0.0, "n": 5}
    assert data["response_delay_hours"] == {"median": 20.0, "within_48h": 0.6}


def test_i17_6_csv_gives_every_figure_its_period_and_n() -> None:
    code, out, err = run("kpi", "--client", "acme", *PERIOD, "--format", "csv")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    by_name = {row["kpi"]: row for row in rows}
    assert by_name["contributions"]["value"] == "10"
    assert by_name["nps"] == {
        "kpi": "nps", "value": "", "n": "5", "since": "2026-01-01", "until": "2026-06-30",
        "reason": "too_few",
    }  # fmt: skip
    assert all(row["since"] == "2026-01-01" and row["until"] == "2026-06-30" for row in rows)


def test_i17_6_table_and_pngs(tmp_path: Path) -> None:
    folder = tmp_path / "charts"
    code, out, err = run("kpi", "--client", "acme", *PERIOD, "--png", str(folder))
    assert code == 0, err
    assert "Santé du programme" in out and "trop peu de réponses (n = 5)" in out
    assert "moins de 10 personnes ou réponses" in out
    written = sorted(p.name for p in folder.glob("*.png"))
    assert written == [f"kpi-{n}.png" for n in ("active", "delay", "kinds", "levels", "nps")]
    assert str(folder / "kpi-nps.png") in out
    code, out, err = run("kpi", "-c", "acme", *PERIOD, "-f", "json", "--png", str(folder))
    assert code == 0 and json.loads(out)["ambassadors"] == 5  # paths on stderr: JSON intact
    assert "kpi-active.png" in err


def test_i17_6_a_group_in_the_cli() -> None:
    code, out, err = run("kpi", "--client", "acme", *PERIOD, "--group", "NORD", "-f", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["group"] == "Nord" and data["ambassadors"] == 3


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--since", "2026-02-30"), "date illisible pour --since : « 2026-02-30 »"),
        (("--until", "demain"), "date illisible pour --until : « demain »"),
        (("--since", "2026-06-01", "--until", "2026-01-01"), "après sa fin (2026-01-01)"),
        (("--since", "2999-01-01"), "après aujourd'hui"),
        (("--group", "Ouest"), "groupe inconnu « Ouest » (groupes connus : Nord, Sud)"),
        (("--format", "xml"), "format inconnu « xml » (table, json ou csv)"),
    ],
)
def test_i17_6_bad_input_is_told_clearly(args: tuple[str, ...], message: str) -> None:
    code, _out, err = run("kpi", "--client", "acme", *args)
    assert code == 2
    assert message in " ".join(err.split())


def test_i17_6_bad_input_in_english() -> None:
    code, _out, err = run("--lang", "en", "kpi", "--client", "acme", "--group", "Ouest")
    assert code == 2
    assert 'unknown group "Ouest" (known groups: Nord, Sud)' in " ".join(err.split())
    code, _out, err = run("kpi", "--client", "nobody")
    assert code == 2 and "nobody" in err
