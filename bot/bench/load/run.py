"""The parts of `ambassade bench load`, their runs on each database, and their tables.

A part is a name in `PARTS` and a coroutine run once per database; it returns a row with
`as_dict()` and `exactly_once`. `leader`: two schedulers, the leader SIGKILLed;
`conversations`: concurrent conversations over signed Slack HTTP requests, on PostgreSQL
with replicas sharing a Chroma server, on SQLite with one process and the embedded store.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from dataclasses import dataclass, field

from rich.console import Console
from rich.table import Table

from bot.bench.load.conversations_result import ACK_TARGET_S, ConversationsRun
from bot.bench.load.leader import LeaderRun, run_leader

PARTS: tuple[str, ...] = ("leader", "conversations")


@dataclass(frozen=True)
class ConversationLoad:
    conversations: int = 200
    turns: int = 3
    replicas: int = 2  # on PostgreSQL (SQLite: one process, the embedded defaults)
    retry_share: float = 0.25
    think: float = 1.0


@dataclass
class LoadBench:
    leader: list[LeaderRun] = field(default_factory=list)
    conversations: list[ConversationsRun] = field(default_factory=list)
    load_average: tuple[float, float, float] = (0.0, 0.0, 0.0)

    def as_dict(self) -> dict[str, object]:
        return {
            "leader": [run.as_dict() for run in self.leader],
            "conversations": [run.as_dict() for run in self.conversations],
            "load_average": [round(value, 2) for value in self.load_average],
        }

    @property
    def passed(self) -> bool:
        return all(run.exactly_once for run in self.leader) and all(
            run.passed for run in self.conversations
        )


def run_load_bench(
    *,
    parts: tuple[str, ...],
    database_urls: list[str | None],
    reminders: int,
    kill_share: float,
    load: ConversationLoad | None = None,
    progress: Console | None = None,
) -> LoadBench:
    result = LoadBench()
    load = load or ConversationLoad()
    if "leader" in parts:
        for url in database_urls:
            if progress is not None:
                where = "SQLite" if url is None else url.split("@")[-1]
                progress.print(f"leader: {reminders} reminders, two schedulers on {where}…")
            run = asyncio.run(
                run_leader(database_url=url, reminders=reminders, kill_share=kill_share)
            )
            result.leader.append(run)
    if "conversations" in parts:
        from bot.bench.load.conversations import run_conversations

        for url in database_urls:
            shared = url is not None and url.startswith("postgres")
            replicas = load.replicas if shared else 1
            if progress is not None:
                where = "PostgreSQL + a Chroma server" if shared else "SQLite + embedded Chroma"
                progress.print(
                    f"conversations: {load.conversations} × {load.turns} questions, "
                    f"{replicas} × run slack on {where}…"
                )
            conversation_run = asyncio.run(
                run_conversations(
                    database_url=url,
                    replicas=replicas,
                    chroma_server=shared,
                    conversations=load.conversations,
                    turns=load.turns,
                    retry_share=load.retry_share,
                    think=load.think,
                )
            )
            result.conversations.append(conversation_run)
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


def conversations_table(result: LoadBench) -> Table:
    """One column per set-up, one row per figure (the set-ups side by side)."""
    table = Table(title="Concurrent conversations over signed Slack HTTP requests (fake Slack)")
    table.add_column("")
    for run in result.conversations:
        table.add_column(run.setup, justify="right")
    rows: list[tuple[str, Callable[[ConversationsRun], str]]] = [
        ("conversations × questions", lambda r: f"{r.conversations} × {r.turns}"),
        ("events / retried", lambda r: f"{r.events} / {r.retries}"),
        ("answered / duplicates", lambda r: f"{r.answered} / {r.duplicates}"),
        ("errors", lambda r: str(r.errors)),
        ("processed-event rows", lambda r: str(r.dedup_rows)),
        ("ack p50 / p95 ms", lambda r: _pair(r, "ack")),
        ("answer p50 / p95 ms", lambda r: _pair(r, "answer")),
        ("answered per s", lambda r: f"{r.throughput:.1f}"),
        ("cold first answer s", lambda r: " ".join(f"{s:.1f}" for s in r.first_answer_s) or "-"),
        ("exactly once", lambda r: "yes" if r.exactly_once else f"NO {r.error or ''}".strip()),
        (f"target (ack p95 ≤ {ACK_TARGET_S * 1000:.0f} ms)", lambda r: _met(r.passed)),
    ]
    for label, cell in rows:
        table.add_row(label, *(cell(run) for run in result.conversations))
    load = ", ".join(f"{value:.2f}" for value in result.load_average)
    first = result.conversations[0] if result.conversations else None
    think = f"think {first.think_s:g} s ±50 %; " if first else ""
    table.caption = (
        f"{think}retried: delivered again to another replica (Slack's retry); cold first "
        f"answer: each replica's first, its index built from the stores; load average {load}"
    )
    return table


def _pair(run: ConversationsRun, name: str) -> str:
    row = run.as_dict()
    return f"{row[f'{name}_p50_ms']} / {row[f'{name}_p95_ms']}"


def _met(passed: bool) -> str:
    return "met" if passed else "missed"


def _seconds(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"
