"""Issue 16, item 7: the outbox sends each decided message exactly once, restart-proof.

Every test runs on SQLite and, when AMBASSADE_TEST_POSTGRES_URL is set, on PostgreSQL.
"""

from __future__ import annotations

import asyncio
import itertools
import random
import threading
import time
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text
from sqlmodel import select

from bot.clock import ManualClock
from bot.outbox import (
    Backoff,
    Outbox,
    OutboxMessage,
    OutboxStatus,
    PermanentSendError,
    RetryableSendError,
    SenderLoop,
)
from bot.store import Database

START = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)


def enqueue_many(db: Database, count: int, due_at: datetime, prefix: str = "m") -> None:
    with db.session() as session:
        for i in range(count):
            Outbox.enqueue(
                session,
                key=f"{prefix}:{i}",
                client="acme",
                kind="reminder",
                due_at=due_at,
                platform="slack",
                recipient=f"U{i}",
                payload={"n": i},
            )


def twin(db: Database) -> Database:
    """Another engine on the same database: what a second process would have."""
    if db.url.startswith("sqlite"):
        return Database(db.url)
    with db.engine.connect() as connection:
        schema = connection.execute(text("SELECT current_schema()")).scalar_one()
    return Database(db.url, schema=schema)


def rows(db: Database) -> list[OutboxMessage]:
    with db.session() as session:
        return list(session.exec(select(OutboxMessage).order_by(OutboxMessage.id)).all())


def test_i16_7_a_decision_taken_twice_is_one_row(database: Database) -> None:
    with database.session() as session:
        assert Outbox.enqueue(
            session, key="s:1:p:1:invitation", client="acme", kind="invitation", due_at=START
        )
        # The same decision again, in the same transaction: no second row, no error.
        assert not Outbox.enqueue(
            session, key="s:1:p:1:invitation", client="acme", kind="invitation", due_at=START
        )
    with database.session() as session:  # and in a later one (a restart deciding again)
        assert not Outbox.enqueue(
            session, key="s:1:p:1:invitation", client="acme", kind="invitation", due_at=START
        )
    assert [r.key for r in rows(database)] == ["s:1:p:1:invitation"]


def test_i16_7_the_message_commits_with_its_decision_or_not_at_all(database: Database) -> None:
    class DecisionFailed(Exception):
        pass

    with pytest.raises(DecisionFailed), database.session() as session:
        Outbox.enqueue(session, key="k", client="acme", kind="invitation", due_at=START)
        raise DecisionFailed
    assert rows(database) == []


def test_i16_7_two_sender_loops_send_each_row_exactly_once(database: Database) -> None:
    clock = ManualClock(START)
    enqueue_many(database, 120, START)
    delivered: Counter[str] = Counter()
    lock = threading.Lock()

    def send(message: OutboxMessage) -> None:
        time.sleep(random.uniform(0, 0.002))  # let the two loops interleave
        with lock:
            delivered[message.key] += 1

    other = twin(database)
    loops = [SenderLoop(Outbox(db, clock), send, clock=clock, batch=7) for db in (database, other)]
    reports = []

    def work(loop: SenderLoop) -> None:
        reports.append(loop.drain())

    threads = [threading.Thread(target=work, args=(loop,)) for loop in loops]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    other.dispose()
    assert len(delivered) == 120 and set(delivered.values()) == {1}
    assert sum(r.sent for r in reports) == 120
    assert all(r.sent > 0 for r in reports), "both loops took part"
    assert {r.status for r in rows(database)} == {OutboxStatus.SENT.value}


def test_i16_7_a_loop_killed_after_claiming_is_replaced_after_the_lease(
    database: Database,
) -> None:
    clock = ManualClock(START)
    enqueue_many(database, 3, START)
    lease = timedelta(seconds=60)
    crashed = Outbox(database, clock)
    claimed = crashed.claim(limit=10, lease=lease)  # …and the process dies here
    assert len(claimed) == 3

    delivered: list[str] = []
    survivor = SenderLoop(Outbox(database, clock), lambda m: delivered.append(m.key), lease=lease)
    assert survivor.run_once().sent == 0, "the lease still holds"
    clock.advance(lease + timedelta(seconds=1))
    assert survivor.run_once().sent == 3
    assert sorted(delivered) == ["m:0", "m:1", "m:2"]
    assert survivor.run_once().sent == 0  # nothing twice
    # The dead process's late mark changes nothing: the rows are another's.
    assert not crashed.mark_sent(claimed[0])
    assert all(r.attempts == 2 for r in rows(database))


def test_i16_7_retryable_errors_back_off_then_succeed(database: Database) -> None:
    clock = ManualClock(START)
    enqueue_many(database, 1, START)
    failures = 3
    calls: list[datetime] = []

    def send(message: OutboxMessage) -> None:
        calls.append(clock.now())
        if len(calls) <= failures:
            raise RetryableSendError("ratelimited")

    backoff = Backoff(base=timedelta(seconds=10), cap=timedelta(seconds=25), jitter=0.0)
    loop = SenderLoop(Outbox(database, clock), send, backoff=backoff)
    for _ in range(60):  # a minute, one second at a time
        loop.run_once()
        clock.advance(timedelta(seconds=1))
    gaps = [round((b - a).total_seconds()) for a, b in itertools.pairwise(calls)]
    assert gaps == [10, 20, 25]  # exponential, capped
    (row,) = rows(database)
    assert row.status == OutboxStatus.SENT.value and row.attempts == 4
    assert row.last_error == "RetryableSendError: ratelimited"


def test_i16_7_backoff_has_jitter_and_honours_retry_after() -> None:
    backoff = Backoff(base=timedelta(seconds=30), cap=timedelta(hours=1), rng=random.Random(7))
    delays = {backoff.delay(3).total_seconds() for _ in range(20)}
    assert len(delays) > 1 and all(60 <= d <= 120 for d in delays)
    assert backoff.delay(30).total_seconds() <= 3600
    assert backoff.delay(1, retry_after=90).total_seconds() == 90


def test_i16_7_a_permanent_error_fails_the_row_and_reports_it(database: Database) -> None:
    clock = ManualClock(START)
    enqueue_many(database, 2, START)
    reported: list[tuple[str, str]] = []

    def send(message: OutboxMessage) -> None:
        if message.recipient == "U1":
            raise PermanentSendError("user_not_found")

    loop = SenderLoop(
        Outbox(database, clock), send, on_failure=lambda m, why: reported.append((m.key, why))
    )
    report = loop.run_once()
    assert (report.sent, report.failed) == (1, 1)
    assert reported == [("m:1", "PermanentSendError: user_not_found")]
    clock.advance(timedelta(days=1))
    assert loop.run_once().handled == 0  # never retried
    statuses = {r.key: r.status for r in rows(database)}
    assert statuses == {"m:0": "sent", "m:1": "failed"}


def test_i16_7_too_many_retryable_errors_end_in_failure(database: Database) -> None:
    clock = ManualClock(START)
    enqueue_many(database, 1, START)
    reported: list[str] = []

    def send(message: OutboxMessage) -> None:
        raise ConnectionError("platform down")

    loop = SenderLoop(
        Outbox(database, clock),
        send,
        on_failure=lambda m, why: reported.append(why),
        backoff=Backoff(base=timedelta(seconds=1), jitter=0.0),
        max_attempts=4,
    )
    for _ in range(40):
        loop.run_once()
        clock.advance(timedelta(seconds=1))
    (row,) = rows(database)
    assert row.status == "failed" and row.attempts == 4
    assert reported == ["ConnectionError: platform down (after 4 attempts)"]


def test_i16_7_a_month_of_reminders_leaves_on_time(database: Database) -> None:
    clock = ManualClock(START)
    with database.session() as session:
        for hour in range(0, 30 * 24, 6):
            Outbox.enqueue(
                session,
                key=f"r:{hour}",
                client="acme",
                kind="reminder",
                due_at=START + timedelta(hours=hour, minutes=30),
            )
    sent_at: dict[str, datetime] = {}
    loop = SenderLoop(Outbox(database, clock), lambda m: sent_at.setdefault(m.key, clock.now()))
    for _ in range(30 * 24 * 4):  # every 15 simulated minutes
        loop.run_once()
        clock.advance(timedelta(minutes=15))
    assert len(sent_at) == 120
    for key, moment in sent_at.items():
        due = START + timedelta(hours=int(key.split(":")[1]), minutes=30)
        assert timedelta(0) <= moment - due <= timedelta(minutes=15), key


def test_i16_7_cancelled_messages_are_not_sent(database: Database) -> None:
    clock = ManualClock(START)
    enqueue_many(database, 3, START)
    with database.session() as session:
        assert Outbox.cancel(session, keys=["m:0", "m:2"]) == 2
    delivered: list[str] = []
    SenderLoop(Outbox(database, clock), lambda m: delivered.append(m.key)).drain()
    assert delivered == ["m:1"]
    assert Outbox(database, clock).counts() == {"cancelled": 2, "sent": 1}


async def test_i16_7_the_async_loop_sends_until_stopped(database: Database) -> None:
    clock = ManualClock(START)
    enqueue_many(database, 5, START)
    delivered: list[str] = []

    async def send(message: OutboxMessage) -> None:
        await asyncio.sleep(0)
        delivered.append(message.key)

    loops = [SenderLoop(Outbox(database, clock), send, batch=2) for _ in range(2)]
    stop = asyncio.Event()
    tasks = [asyncio.create_task(loop.run(stop, idle_seconds=0.05)) for loop in loops]
    for _ in range(200):
        if len(delivered) >= 5:
            break
        await asyncio.sleep(0.02)
    enqueue_many(database, 2, START, prefix="late")
    loops[0].wake()
    for _ in range(200):
        if len(delivered) >= 7:
            break
        await asyncio.sleep(0.02)
    stop.set()
    await asyncio.wait_for(asyncio.gather(*tasks), 5)
    assert sorted(delivered) == ["late:0", "late:1", "m:0", "m:1", "m:2", "m:3", "m:4"]


KILLED_SENDER = """
import sys, time
from datetime import timedelta
from bot.outbox import Outbox
from bot.store import Database
url, schema = sys.argv[1], sys.argv[2] or None
claimed = Outbox(Database(url, schema=schema)).claim(limit=100, lease=timedelta(seconds=4))
print(len(claimed), flush=True)
time.sleep(120)  # killed here: claimed, never sent, never marked
"""


def test_i16_7_a_process_killed_after_claiming_is_replaced(database: Database) -> None:
    """A real process claims due rows and is SIGKILLed; after the lease, another sends."""
    import os
    import signal
    import subprocess
    import sys
    from pathlib import Path

    now = datetime.now(UTC)
    enqueue_many(database, 5, now - timedelta(seconds=1))
    schema = ""
    if not database.url.startswith("sqlite"):
        with database.engine.connect() as connection:
            schema = connection.execute(text("SELECT current_schema()")).scalar_one()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_SENDER, database.url, schema],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "5"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    delivered: list[str] = []
    loop = SenderLoop(Outbox(database), lambda m: delivered.append(m.key))
    assert loop.run_once().sent == 0, "the dead process's lease still holds"
    deadline = time.monotonic() + 30
    while len(delivered) < 5 and time.monotonic() < deadline:
        time.sleep(0.5)
        loop.run_once()
    assert sorted(delivered) == [f"m:{i}" for i in range(5)]
    assert {r.status for r in rows(database)} == {"sent"}


def test_i16_7_a_loop_takes_only_the_platforms_it_can_deliver(database: Database) -> None:
    """A Slack process and a Discord process share the table; neither fails the other's rows."""
    clock = ManualClock(START)
    enqueue_many(database, 3, START, prefix="slack")
    with database.session() as session:
        Outbox.enqueue(
            session,
            key="discord:0",
            client="acme",
            kind="reminder",
            due_at=START,
            platform="discord",
            recipient="42",
        )
    seen: list[str] = []
    slack_loop = SenderLoop(
        Outbox(database, clock), lambda m: seen.append(m.key), platforms=lambda: ("slack",)
    )
    assert slack_loop.drain().sent == 3
    assert sorted(seen) == ["slack:0", "slack:1", "slack:2"]
    [discord_row] = [r for r in rows(database) if r.platform == "discord"]
    assert discord_row.status == "pending" and discord_row.attempts == 0
    discord_loop = SenderLoop(
        Outbox(database, clock), lambda m: seen.append(m.key), platforms=lambda: ("discord",)
    )
    assert discord_loop.drain().sent == 1 and seen[-1] == "discord:0"
