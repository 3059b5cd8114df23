"""Issue 16, item 7: each send is recorded on its row before the platform is called.

Every test runs on SQLite and, when AMBASSADE_TEST_POSTGRES_URL is set, on PostgreSQL.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlmodel import select

from bot.clock import ManualClock
from bot.outbox import Outbox, OutboxMessage, RetryableSendError, SenderLoop
from bot.outbox.store import DEFAULT_LEASE
from bot.store import Database

START = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)


def enqueue(db: Database, key: str = "m:1") -> None:
    with db.session() as session:
        Outbox.enqueue(
            session,
            key=key,
            client="acme",
            kind="reminder",
            due_at=START,
            platform="slack",
            recipient="U1",
        )


def stored(db: Database) -> OutboxMessage:
    with db.session() as session:
        return session.exec(select(OutboxMessage)).one()


def test_i16_7_the_send_is_on_the_row_before_the_platform_is_called(database: Database) -> None:
    clock = ManualClock(START)
    enqueue(database)
    seen: list[tuple[int, str | None, bool]] = []

    def send(message: OutboxMessage) -> None:
        row = stored(database)  # what a sender taking over after a crash here would read
        assert row.send_key == message.send_key and row.send_started_at == START
        seen.append((row.sends, row.send_key, message.resending))
        if len(seen) == 1:
            raise RetryableSendError("timeout")  # Slack may have posted it all the same

    loop = SenderLoop(Outbox(database, clock), send)
    assert loop.run_once().retried == 1
    clock.advance(timedelta(hours=1))
    assert loop.run_once().sent == 1

    (first, again) = seen
    assert first[0] == 1 and not first[2]  # the first send: nothing to look for
    assert again[0] == 2 and again[2]  # the retry looks for the first one on the platform
    assert first[1] == again[1] and first[1] is not None and len(first[1]) == 20
    row = stored(database)
    assert (row.status, row.sends, row.send_started_at) == ("sent", 2, START)


def test_i16_7_a_row_killed_mid_send_is_resent_as_in_doubt(database: Database) -> None:
    """The process dies after recording the send (maybe after the platform took it): the
    next sender is told so; one killed after its claim but before the send is not."""
    clock = ManualClock(START)
    enqueue(database, "mid-send")
    enqueue(database, "claimed-only")
    outbox = Outbox(database, clock)
    claimed = {m.key: m for m in outbox.claim()}
    assert outbox.mark_sending(claimed["mid-send"])  # then SIGKILL

    clock.advance(DEFAULT_LEASE + timedelta(seconds=1))
    sent: dict[str, tuple[bool, str | None]] = {}
    SenderLoop(outbox, lambda m: sent.setdefault(m.key, (m.resending, m.send_key))).drain()

    assert sent["mid-send"] == (True, claimed["mid-send"].send_key)
    assert sent["claimed-only"][0] is False


def test_i16_7_a_send_is_not_recorded_on_a_row_whose_lease_was_lost(database: Database) -> None:
    clock = ManualClock(START)
    enqueue(database)
    outbox = Outbox(database, clock)
    [late] = outbox.claim()
    clock.advance(DEFAULT_LEASE + timedelta(seconds=1))
    [taken] = outbox.claim()  # another sender has it now
    assert not outbox.mark_sending(late)
    assert outbox.mark_sending(taken)
    assert stored(database).sends == 1
