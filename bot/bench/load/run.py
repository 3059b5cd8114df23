"""The parts of `ambassade bench load`, their runs on each database, and their table.

A part is a name in `PARTS` and a coroutine run once per database; it returns a row with
`as_dict()` and `exactly_once`. `leader` is the only part yet; the conversations over
signed Slack HTTP requests join here as another part.
"""

from __future__ import annotations

import asyncio
import os
from dataclasses import dataclass, field

from rich.console import Console
from rich.table import Table

from bot.bench.load.leader import LeaderRun, run_leader

PARTS: tuple[str, ...] = ("leader",)


@dataclass
class LoadBench:
    leader: list[LeaderRun] = field(default_factory=list)
    load_average: tuple[float, float, float] = (0.0, 0.0, 0.0)

    def as_dict(self) -> dict[str, object]:
        return {
            "leader": [run.as_dict() for run in self.leader],
            "load_average": [round(value, 2) for value in self.load_average],
        }

    @property
    def passed(self) -> bool:
        return all(run.exactly_once for run in self.leader)


def run_load_bench(
    *,
    parts: tuple[str, ...],
    database_urls: list[str | None],
    reminders: int,
    kill_share: float,
    progress: Console | None = None,
) -> LoadBench:
    result = LoadBench()
    if "leader" in parts:
        for url in database_urls:
            if progress is not None:
                where = "SQLite" if url is None else url.split("@")[-1]
                progress.print(f"leader: {reminders} reminders, two schedulers on {where}…")
            run = asyncio.run(
                run_leader(database_url=url, reminders=reminders, kill_share=kill_share)
            )
            result.leader.append(run)
    result.load_average = os.getloadavg()
    return result


def leader_table(result: LoadBench) -> Table:
    table = Table(title="Two schedulers, the leader SIGKILLed mid-run (counted at the fake Slack)")
    for column in (
        "database",
        "reminders",
        "before kill",
        "delivered",
        "duplicates",
        "missed",
        "takeover s",
        "resume s",
        "resent",
        "wall s",
        "exactly once",
    ):
        table.add_column(column, justify="left" if column == "database" else "right")
    for run in result.leader:
        table.add_row(
            run.database,
            str(run.reminders),
            str(run.sent_before_kill),
            str(run.delivered),
            str(run.duplicates),
            str(run.missed),
            _seconds(run.takeover_seconds),
            _seconds(run.resume_seconds),
            str(run.sends_begun_again),
            f"{run.wall_seconds:.1f}",
            "yes" if run.exactly_once else f"NO{f' ({run.error})' if run.error else ''}",
        )
    load = ", ".join(f"{value:.2f}" for value in result.load_average)
    table.caption = (
        f"takeover: SIGKILL → the follower elected (target ≤ 30 s); resume: SIGKILL → its "
        f"first reminder delivered; load average {load}"
    )
    return table


def _seconds(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"
