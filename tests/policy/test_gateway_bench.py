"""`ambassade bench gateway`: the filter's cost per call, and a leak count, on loopback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.bench.gateway import run_gateway_bench
from bot.cli import app
from bot.settings import get_settings
from bot.shared_data import find_shared_dir
from bot.tenants import ClientConfig

runner = CliRunner()
ROWS = [
    {"id": "a", "text": "Écris à lea.roux@exemple.fr avant vendredi.", "entities": [
        {"type": "EMAIL", "value": "lea.roux@exemple.fr", "start": 8, "end": 27}]},
    {"id": "b", "text": "Le Projet Houblon sort en mai.", "entities": [
        {"type": "CONFIDENTIAL_TERM", "value": "Projet Houblon", "start": 3, "end": 17}]},
    {"id": "c", "text": "Quelle est la bière du mois ?", "entities": []},
]  # fmt: skip


@pytest.fixture
def small_set(tmp_path: Path) -> Path:
    path = tmp_path / "pii.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in ROWS), "utf-8")
    return path


async def test_filtered_calls_send_no_annotated_value_and_read_back_exactly(small_set: Path):
    client = ClientConfig(name="volta", confidential_terms=["Projet Houblon"])
    report = await run_gateway_bench(small_set, client, rounds=2)
    assert report.messages == 3 and report.gold_values == 2
    assert report.leaked == [] and report.restored_ok == 3
    assert len(report.plain.samples_ms) == len(report.filtered.samples_ms) == 6
    assert report.ratio > 0 and report.filter_only.median_ms > 0


async def test_a_term_the_client_did_not_declare_is_counted_as_sent_in_clear(small_set: Path):
    report = await run_gateway_bench(small_set, ClientConfig(name="other"), rounds=1)
    assert [(example_id, str(e.type)) for example_id, e in report.leaked] == [
        ("b", "CONFIDENTIAL_TERM")
    ]


def test_bench_gateway_command_prints_medians_ratio_and_leaks(small_set: Path):
    get_settings.cache_clear()
    args = ["--lang", "en", "bench", "gateway", "--data", str(small_set), "--rounds", "1"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    for shown in ("without filter", "with filter", "median ms", "ratio", "0/2", "3/3"):
        assert shown in result.output


@pytest.mark.skipif(find_shared_dir() is None, reason="../shared/eval/pii.jsonl is not here")
async def test_no_annotated_value_of_the_shared_set_leaves_the_process():
    from bot.bench.pii import VOLTA_TERMS

    assert find_shared_dir() is not None
    client = ClientConfig(
        name="volta",
        confidential_terms=[{"term": t.term, "variants": list(t.variants)} for t in VOLTA_TERMS],
    )
    report = await run_gateway_bench(find_shared_dir() / "eval" / "pii.jsonl", client, rounds=1)
    assert report.leaked == []
    assert report.restored_ok == report.messages
