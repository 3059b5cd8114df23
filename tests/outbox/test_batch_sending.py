"""Issue 16, item 7: the sender handles a batch at a time, exactly once all the same.

A pass claims a batch, records all of it as sending in one commit, sends (the async pass
several at a time, one recipient's messages in order) and marks what went in one commit.
Every test runs on SQLite and, when AMBASSADE_TEST_POSTGRES_URL is set, on PostgreSQL.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import event, text
from sqlmodel import select

from bot.clock import ManualClock, SystemClock, wall_seconds_until
from bot.outbox import Outbox, OutboxMessage, SenderLoop
from bot.store import Database
from bot.store.conversations import ConversationStore

START = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)
LEASE = timedelta(seconds=60)


def enqueue(db: Database, recipients: list[str], due_at: datetime = START) -> None:
    with db.session() as session:
        for n, recipient in enumerate(recipients):
            Outbox.enqueue(
                session,
                key=f"m:{n}",
                client="acme",
                kind="reminder",
                due_at=due_at - timedelta(seconds=1, microseconds=-n),  # due, in this order
                platform="slack",
                recipient=recipient,
            )


def rows(db: Database) -> dict[str, OutboxMessage]:
    with db.session() as session:
        return {r.key: r for r in session.exec(select(OutboxMessage)).all()}


def count_commits(db: Database) -> Counter[str]:
    commits: Counter[str] = Counter()
    event.listen(db.engine, "commit", lambda _connection: commits.update(["commit"]))
    return commits


def test_i16_7_a_batch_costs_three_commits_and_is_recorded_before_any_send(
    database: Database,
) -> None:
    clock = ManualClock(START)
    enqueue(database, [f"U{n}" for n in range(20)])
    commits = count_commits(database)
    seen_at_first_send: dict[str, OutboxMessage] = {}

    def send(message: OutboxMessage) -> None:
        if not seen_at_first_send:  # what a sender taking over after a kill here would read
            seen_at_first_send.update(rows(database))

    report = SenderLoop(Outbox(database, clock), send, clock=clock, batch=50).run_once()

    assert report.sent == 20
    assert commits["commit"] - 1 == 3  # the claim, "sending", "sent" (+1: the read above)
    assert all(r.sends == 1 and r.status == "pending" for r in seen_at_first_send.values())
    keys = [r.send_key for r in seen_at_first_send.values()]
    assert len(set(keys)) == 20 and all(k is not None and len(k) == 20 for k in keys)
    after = rows(database)
    assert {r.status for r in after.values()} == {"sent"}
    assert all(after[k].send_key == seen_at_first_send[k].send_key for k in after)


def test_i16_7_rows_whose_send_never_began_are_given_back_not_in_doubt(
    database: Database,
) -> None:
    """The lease runs short in the middle of a batch: the rest is given back with its
    'sending' record undone, so the next pass sends them as new (no look-up)."""
    clock = ManualClock(START)
    enqueue(database, ["U0", "U1", "U2", "U3"])
    calls: list[tuple[str, bool]] = []

    def send(message: OutboxMessage) -> None:
        calls.append((message.key, message.resending))
        if message.key == "m:1":
            clock.advance(LEASE - timedelta(seconds=2))  # a slow platform

    loop = SenderLoop(Outbox(database, clock), send, clock=clock, lease=LEASE)
    report = loop.run_once()
    assert (report.sent, report.released) == (2, 2)
    given_back = rows(database)
    for key in ("m:2", "m:3"):
        row = given_back[key]
        assert (row.status, row.sends, row.attempts, row.claim_token) == ("pending", 0, 0, None)

    assert loop.run_once().sent == 2
    assert calls == [("m:0", False), ("m:1", False), ("m:2", False), ("m:3", False)]
    assert {r.sends for r in rows(database).values()} == {1}


def test_i16_7_a_batch_marked_after_its_lease_passed_on_is_not_marked(
    database: Database,
) -> None:
    clock = ManualClock(START)
    enqueue(database, ["U0", "U1"])
    late = Outbox(database, clock)
    claimed = late.claim(lease=LEASE)
    assert len(late.mark_sending_many(claimed)) == 2
    clock.advance(LEASE + timedelta(seconds=1))
    taker = Outbox(database, clock)
    taken = taker.claim(limit=1, lease=LEASE)  # another sender has m:0 now
    assert [m.key for m in taken] == ["m:0"]
    assert late.mark_sending_many(claimed) == [claimed[1]]  # m:0 is no longer its own
    assert late.mark_sent_many(claimed) == {claimed[1].id}
    again = taker.mark_sending_many(taken)
    assert again[0].sends == 2 and again[0].resending  # in doubt: look before posting
    assert again[0].send_key == claimed[0].send_key
    assert rows(database)["m:0"].status == "pending"


async def test_i16_7_the_async_pass_sends_several_at_once_each_person_in_order(
    database: Database,
) -> None:
    clock = ManualClock(START)
    recipients = [f"U{n % 4}" for n in range(12)]  # 4 people, 3 messages each
    enqueue(database, recipients)
    running: set[str] = set()
    most = 0
    order: dict[str, list[int]] = {}

    async def send(message: OutboxMessage) -> None:
        nonlocal most
        assert message.recipient not in running, "two at once to one person"
        assert message.recipient is not None
        running.add(message.recipient)
        most = max(most, len(running))
        await asyncio.sleep(0.01)
        order.setdefault(message.recipient, []).append(int(message.key.split(":")[1]))
        running.discard(message.recipient)

    loop = SenderLoop(Outbox(database, clock), send, clock=clock, concurrency=3)
    report = await loop.arun_once()

    assert report.sent == 12
    assert most == 3  # several at once, never more than allowed
    assert order == {f"U{p}": [p, p + 4, p + 8] for p in range(4)}
    assert {r.status for r in rows(database).values()} == {"sent"}


async def test_i16_7_a_stopped_pass_marks_what_went_and_leaves_the_cut_send_in_doubt(
    database: Database,
) -> None:
    clock = ManualClock(START)
    enqueue(database, ["U0", "U1", "U2", "U2"])
    hang = asyncio.Event()
    started: list[str] = []

    async def send(message: OutboxMessage) -> None:
        started.append(message.key)
        if message.recipient == "U2":
            await hang.wait()  # the platform hangs: the bot is stopped meanwhile

    loop = SenderLoop(Outbox(database, clock), send, clock=clock, concurrency=4)
    task = asyncio.create_task(loop.arun_once())
    while len(started) < 3:
        await asyncio.sleep(0.01)
    await asyncio.sleep(0.05)
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task

    after = rows(database)
    assert after["m:0"].status == after["m:1"].status == "sent"
    cut, never = after["m:2"], after["m:3"]  # m:3 waited behind m:2 (the same person)
    assert (cut.status, cut.sends, cut.claim_token is not None) == ("pending", 1, True)
    assert (never.status, never.sends, never.claim_token) == ("pending", 0, None)


KILLED_MID_BATCH = """
import asyncio, os, signal, sys
from datetime import timedelta
from bot.outbox import Outbox, SenderLoop
from bot.store import Database
from bot.store.conversations import ConversationStore

url, schema, platform = sys.argv[1], sys.argv[2] or None, sys.argv[3]
posted = 0

async def send(message):
    global posted
    await asyncio.sleep(0.01)
    with open(platform, "a", encoding="utf-8") as out:  # the platform took it
        out.write(f"{message.key} {message.send_key}\\n")
        out.flush()
        os.fsync(out.fileno())
    posted += 1
    if posted == 3:
        os.kill(os.getpid(), signal.SIGKILL)  # between "sending" and "sent"

outbox = Outbox(Database(url, schema=schema))
loop = SenderLoop(outbox, send, lease=timedelta(seconds=3), concurrency=2)
asyncio.run(loop.arun_once())
"""


def test_i16_7_a_process_killed_between_sending_and_sent_posts_nothing_twice(
    database: Database, tmp_path: Path
) -> None:
    """A real sender is SIGKILLed after the platform took 3 messages of its batch of 6 and
    before any was marked sent. The next sender finds all 6 in doubt, looks each up on
    the platform first (by its send key), posts the 3 missing ones, and marks all 6."""
    now = datetime.now(UTC)
    enqueue(database, [f"U{n}" for n in range(6)], now - timedelta(seconds=1))
    platform = tmp_path / "platform.log"
    schema = ""
    if not database.url.startswith("sqlite"):
        with database.engine.connect() as connection:
            schema = connection.execute(text("SELECT current_schema()")).scalar_one()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    child = subprocess.run(
        [sys.executable, "-c", KILLED_MID_BATCH, database.url, schema, str(platform)],
        env=env,
        timeout=60,
    )
    assert child.returncode == -signal.SIGKILL
    before = rows(database)
    assert {(r.status, r.sends) for r in before.values()} == {("pending", 1)}
    assert len(platform.read_text().splitlines()) == 3

    looked_up: list[str] = []

    def send(message: OutboxMessage) -> None:
        posted = dict(line.split() for line in platform.read_text().splitlines())
        if message.resending:
            looked_up.append(message.key)
            if posted.get(message.key) == message.send_key:
                return  # already there: marked sent, not posted again
        with platform.open("a", encoding="utf-8") as out:
            out.write(f"{message.key} {message.send_key}\n")

    loop = SenderLoop(Outbox(database), send)
    deadline = time.monotonic() + 30
    while loop.run_once().sent == 0 and time.monotonic() < deadline:
        time.sleep(0.25)  # the dead process's lease runs out

    lines = platform.read_text().splitlines()
    assert sorted(line.split()[0] for line in lines) == [f"m:{n}" for n in range(6)]
    assert sorted(looked_up) == [f"m:{n}" for n in range(6)]
    after = rows(database)
    assert {(r.status, r.sends) for r in after.values()} == {("sent", 2)}
    assert all(after[key].send_key == before[key].send_key for key in after)


async def test_i16_7_an_idle_loop_wakes_when_the_next_row_is_due(database: Database) -> None:
    """Nothing due now, the next row due in 0.3 s: the loop sleeps until then, not for its
    whole idle period (10 s here), and a row for another platform does not wake it."""
    now = datetime.now(UTC)
    with database.session() as session:
        Outbox.enqueue(
            session, key="discord", client="acme", kind="reminder", due_at=now, platform="discord"
        )
        Outbox.enqueue(
            session,
            key="soon",
            client="acme",
            kind="reminder",
            due_at=now + timedelta(seconds=0.3),
            platform="slack",
            recipient="U1",
        )
    arrived: dict[str, float] = {}
    loop = SenderLoop(
        Outbox(database, SystemClock()),
        lambda m: arrived.setdefault(m.key, time.time()),
        platforms=lambda: ("slack",),
    )
    stop = asyncio.Event()
    task = asyncio.create_task(loop.run(stop, idle_seconds=10))
    for _ in range(300):
        if arrived:
            break
        await asyncio.sleep(0.01)
    stop.set()
    await asyncio.wait_for(task, 5)
    assert list(arrived) == ["soon"]
    assert 0 <= arrived["soon"] - (now.timestamp() + 0.3) < 1.0
    assert wall_seconds_until(ManualClock(START), START) is None  # it moves when told only


def test_i16_7_scheduled_turns_sent_at_once_share_one_conversation_row(
    database: Database,
) -> None:
    """Several scheduled turns save the scheduler's conversation state at once; the first
    ever save of a turn finds the row created meanwhile by another: it updates it."""
    store = ConversationStore(database)
    other = ConversationStore(database)
    key = "scheduler:acme:scheduler:scheduler"
    raced: list[str] = []

    def another_turn_first(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO CONVERSATION") and not raced:
            raced.append(statement)
            with ThreadPoolExecutor(1) as pool:  # another connection, committed first
                pool.submit(
                    other.save_state,
                    key,
                    client="acme",
                    platform="scheduler",
                    user_id="scheduler",
                    state={"by": "other"},
                ).result(10)

    event.listen(database.engine, "before_cursor_execute", another_turn_first)
    try:
        store.save_state(
            key, client="acme", platform="scheduler", user_id="scheduler", state={"by": "me"}
        )
    finally:
        event.remove(database.engine, "before_cursor_execute", another_turn_first)
    assert raced, "the other turn went first"
    assert store.load_state(key) == {"by": "me"}
