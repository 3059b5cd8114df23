"""Issue 21: `ambassade bench load` refuses bad input in plain words (the runs themselves
take minutes with two real scheduler processes: `ambassade bench load --only leader`)."""

from __future__ import annotations

import asyncio
import logging

import pytest
from typer.testing import CliRunner

from bot.bench.load.leader import ELECTED, WAITING
from bot.cli import app
from bot.leader import Leadership

runner = CliRunner()


def test_i21_2_bench_load_names_its_parts() -> None:
    result = runner.invoke(app, ["--lang", "en", "bench", "load", "--only", "chat"])
    said = " ".join(result.output.split())  # Rich wraps long lines
    assert result.exit_code == 2 and "--only takes one of: leader, conversations" in said
    result = runner.invoke(app, ["--lang", "fr", "bench", "load", "--only", "chat"])
    assert result.exit_code == 2 and "« chat »" in " ".join(result.output.split())


def test_i21_2_bench_load_checks_its_numbers_and_database() -> None:
    result = runner.invoke(app, ["--lang", "en", "bench", "load", "--kill-after", "1.5"])
    assert result.exit_code == 2 and "between 0 and 1" in result.output
    result = runner.invoke(app, ["--lang", "en", "bench", "load", "--reminders", "0"])
    assert result.exit_code == 2 and "--reminders must be at least 1" in result.output
    result = runner.invoke(
        app, ["--lang", "en", "bench", "load", "--database-url", "mysql://nobody@127.0.0.1/x"]
    )
    assert result.exit_code == 2 and "only SQLite and PostgreSQL" in " ".join(result.output.split())


def test_i21_2_bench_reads_the_leader_log_lines_the_product_writes(
    caplog: pytest.LogCaptureFixture,
) -> None:
    class Held:
        name, holder = "scheduler", "host:1:abc"

        def hold(self) -> bool:
            return True

        def release(self) -> None:
            pass

    caplog.set_level(logging.INFO, logger="bot.leader")

    async def once() -> None:
        stop = asyncio.Event()
        leadership = Leadership(Held(), lambda: stop.set(), lambda: None, every=0.01)
        await leadership.run(stop)

    asyncio.run(once())
    assert WAITING in caplog.text
    found = ELECTED.search(caplog.text)
    assert found is not None and found.group(1) == "host:1:abc"
