"""The leader bench: two `ambassade run scheduler` processes, 2,000 reminders due, the
leader SIGKILLed mid-run (issue 21's second target).

A fresh database is seeded with the delivery bench's people, solicitations and reminder
rows (`bot.bench.solicitations.delivery.seed`), all held back; two real scheduler
processes start on it with SLACK_API_URL pointed at the delivery bench's fake Slack Web
API on loopback (`BenchSlackAPI`), and deliver through the product's Slack adapter. Once
one leads and the other waits, every reminder is made due at once; when a share of them
has arrived at the fake, the leader is SIGKILLed. The follower takes the lease over and
sends the rest, the rows the dead leader had claimed after their outbox lease runs out
(each looked for on the fake first, if its send had begun). Counted at the fake: every
reminder delivered once, duplicates, misses; timed: kill → the follower's election
(takeover) and kill → the first reminder it delivered.
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import signal
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import create_engine, update

from bot.bench.solicitations.delivery import (
    TITLE,
    _pending,
    _pythonpath,
    fresh_database,
    seed,
)
from bot.bench.solicitations.fake_slack import BenchSlackAPI

ELECTED = re.compile(r"leader: (\S+) elected at ([0-9.]+)")
WAITING = "waits for the scheduler lease"
START_TIMEOUT = 240.0  # two processes load the bot on a busy machine
GIVE_UP_AFTER = 300.0  # seconds after the kill


@dataclass
class LeaderRun:
    database: str
    reminders: int
    kill_share: float
    received: int = 0  # posts carrying a reminder
    delivered: int = 0  # distinct reminders that arrived
    duplicates: int = 0
    missed: int = 0
    failed_rows: int = 0
    sent_before_kill: int = 0
    takeover_seconds: float | None = None  # SIGKILL → the follower elected
    resume_seconds: float | None = None  # SIGKILL → the first reminder the follower sent
    sends_begun_again: int = 0
    history_lookups: int = 0
    wall_seconds: float = 0.0
    error: str | None = None

    @property
    def exactly_once(self) -> bool:
        return (
            self.error is None
            and self.delivered == self.reminders
            and not self.duplicates
            and not self.missed
        )

    def as_dict(self) -> dict[str, object]:
        return {
            "database": self.database,
            "reminders": self.reminders,
            "kill_after_share": self.kill_share,
            "received": self.received,
            "delivered": self.delivered,
            "duplicates": self.duplicates,
            "missed": self.missed,
            "failed_rows": self.failed_rows,
            "sent_before_kill": self.sent_before_kill,
            "takeover_s": _round(self.takeover_seconds),
            "resume_s": _round(self.resume_seconds),
            "sends_begun_again": self.sends_begun_again,
            "history_lookups": self.history_lookups,
            "wall_seconds": round(self.wall_seconds, 1),
            "exactly_once": self.exactly_once,
            "error": self.error,
        }


def _round(value: float | None) -> float | None:
    return round(value, 2) if value is not None else None


async def run_leader(
    *,
    database_url: str | None,
    reminders: int = 2000,
    kill_share: float = 0.3,
    seed_value: int = 21,
) -> LeaderRun:
    database = "postgresql" if database_url and database_url.startswith("postgres") else "sqlite"
    result = LeaderRun(database, reminders, kill_share)
    root = Path(tempfile.mkdtemp(prefix="ambassade-leader-"))
    try:
        with fresh_database(database_url, root) as url:
            home = root / "home"
            due = await asyncio.to_thread(seed, home, url, reminders, seed_value)
            await _hold_back(url)
            await _drive(result, home, url, set(due))
    except Exception as exc:  # reported in the table, not as a traceback
        result.error = f"{type(exc).__name__}: {exc}"
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return result


async def _hold_back(url: str, *, release: bool = False) -> None:
    """Hold every reminder back (due in a far future), or make them all due now."""
    moment = datetime.now(UTC) if release else datetime(2099, 1, 1, tzinfo=UTC)

    def hold() -> None:
        from bot.outbox import OutboxMessage

        engine = create_engine(url)
        try:
            with engine.begin() as connection:
                connection.execute(
                    update(OutboxMessage.__table__).values(due_at=moment, next_attempt_at=moment)
                )
        finally:
            engine.dispose()

    await asyncio.to_thread(hold)


class _Scheduler:
    """One `ambassade run scheduler` subprocess and what its log says."""

    def __init__(self, name: str, home: Path, url: str, api: BenchSlackAPI) -> None:
        self.name = name
        self.log_path = home / f"scheduler-{name}.log"
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SLACK_"))},
            "PYTHONPATH": _pythonpath(),
            "AMBASSADE_HOME": str(home),
            "AMBASSADE_DATABASE_URL": url,
            "AMBASSADE_SENTENCE_ENCODER": "off",
            "AMBASSADE_LANG": "en",
            "SLACK_BOT_TOKEN": "xoxb-bench",
            "SLACK_API_URL": api.base_url,
        }
        self.process: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        with self.log_path.open("ab") as log:
            self.process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "bot.cli",
                "--log-level",
                "INFO",
                "run",
                "scheduler",
                stdin=asyncio.subprocess.DEVNULL,
                stdout=log,
                stderr=log,
                env=self.env,
            )

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def elected_at(self) -> float | None:
        found = ELECTED.search(self.log())
        return float(found.group(2)) if found else None

    def waiting(self) -> bool:
        return WAITING in self.log()

    def alive(self) -> bool:
        return self.process is not None and self.process.returncode is None

    async def stop(self) -> None:
        process = self.process
        if process is None or process.returncode is not None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            await asyncio.wait_for(process.wait(), 30)
        except TimeoutError:
            process.kill()
            await process.wait()


async def _until(
    condition: Callable[[], bool], timeout: float, what: str, schedulers: list[_Scheduler]
) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        for scheduler in schedulers:
            code = scheduler.process.returncode if scheduler.process is not None else None
            if code is not None and code != -signal.SIGKILL:
                tail = scheduler.log()[-600:]
                raise RuntimeError(f"scheduler {scheduler.name} exited: …{tail}")
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what} after {timeout:g} s")
        await asyncio.sleep(0.05)


async def _drive(result: LeaderRun, home: Path, url: str, due: set[str]) -> None:
    api = BenchSlackAPI()
    await api.start()
    schedulers = [_Scheduler(name, home, url, api) for name in ("a", "b")]
    try:
        for scheduler in schedulers:
            await scheduler.start()
        await _until(
            lambda: (
                all(s.waiting() for s in schedulers) and any(s.elected_at() for s in schedulers)
            ),
            START_TIMEOUT,
            "no scheduler leads",
            schedulers,
        )
        await asyncio.sleep(1.0)
        leaders = [s for s in schedulers if s.elected_at() is not None]
        if len(leaders) != 1:
            raise RuntimeError(f"{len(leaders)} leaders at once")
        leader = leaders[0]
        follower = next(s for s in schedulers if s is not leader)
        wall_start = time.time()
        await _hold_back(url, release=True)
        threshold = max(1, int(result.reminders * result.kill_share))
        await _until(
            lambda: _reminder_posts(api) >= threshold, 600, "too few reminders sent", schedulers
        )
        assert leader.process is not None
        leader.process.send_signal(signal.SIGKILL)
        killed_at = time.time()
        await leader.process.wait()
        result.sent_before_kill = _reminder_posts(api)
        await _until(
            lambda: follower.elected_at() is not None,
            GIVE_UP_AFTER,
            "the follower never took over",
            schedulers,
        )
        elected = follower.elected_at()
        assert elected is not None
        result.takeover_seconds = elected - killed_at
        give_up = time.time() + GIVE_UP_AFTER
        pending = (await asyncio.to_thread(_pending, url))[0]
        while pending and time.time() < give_up:
            await asyncio.sleep(0.5)
            pending = (await asyncio.to_thread(_pending, url))[0]
        await asyncio.sleep(0.5)  # the last post's mark may lag its arrival
        _, result.failed_rows, _, result.sends_begun_again = await asyncio.to_thread(_pending, url)
        result.wall_seconds = time.time() - wall_start
        result.history_lookups = api.lookups
        _count(result, api, due, killed_at)
        if pending:
            result.error = f"{pending} rows still pending when the bench gave up"
    finally:
        for scheduler in schedulers:
            await scheduler.stop()
        await api.stop()


def _reminder_posts(api: BenchSlackAPI) -> int:
    return sum(1 for post in list(api.posts) if TITLE.search(post.text))


def _count(result: LeaderRun, api: BenchSlackAPI, due: set[str], killed_at: float) -> None:
    seen: Counter[str] = Counter()
    after_kill: list[float] = []
    for post in api.posts:
        match = TITLE.search(post.text)
        if match is None:
            continue
        result.received += 1
        seen[f"{post.channel}|{match.group(1)}"] += 1
        if post.at > killed_at:
            after_kill.append(post.at)
    result.delivered = sum(1 for identity in seen if identity in due)
    result.duplicates = sum(count - 1 for count in seen.values())
    result.missed = sum(1 for identity in due if identity not in seen)
    if after_kill:
        result.resume_seconds = min(after_kill) - killed_at
