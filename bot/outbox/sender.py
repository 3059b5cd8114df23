"""The sender loop: claims due outbox rows, sends each through `send`, marks it.

One pass takes a batch and commits three times for all of it, whatever its size: the
claim, the "sending" record of every row (`Outbox.mark_sending_many`), and the "sent" mark
of those the platform took (`Outbox.mark_sent_many`); errors are settled row by row. So
`message.send_key` is set before `send`, and `message.resending` says whether an earlier
attempt may already have reached the platform (its process died before its mark): `send`
then looks for the key on the platform before posting again. A kill at any point leaves
each row either untouched (claimed only: sent as new), recorded as sending (looked for on
the platform before any post), or marked sent: never posted twice blindly.

The async pass (`arun_once`) sends up to `concurrency` messages at a time, one recipient's
messages in their order, one after the other (a person gets them in the order decided,
and no channel is posted to faster than the platform's per-channel pace). By default 4 on
PostgreSQL, where each send's own commits (the pipeline's) wait for the disk and overlap
well, and 1 on SQLite, which runs one writer at a time: parallel sends only wait on its
lock and cost more CPU (measured: ~110 msg/s either way, 40 % more CPU at 8).

`send(message)` is given by whoever runs the loop (a platform adapter); it returns when
the platform has accepted the message (or already had it) and raises `RetryableSendError`
(rate limit, timeout, platform down) or `PermanentSendError` (user gone, DMs closed)
otherwise. Any other exception counts as retryable. A retryable error backs off
exponentially, capped, with jitter; after `max_attempts`, or at once on a permanent error,
the row is marked failed and `on_failure(message, reason)` is told (to pause the person and
tell the community manager).

APScheduler may wake the loop (`SenderLoop.wake`), but the outbox table is the only
source of truth: any number of loops, in any number of processes, can run at once.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import random
from collections.abc import Awaitable, Callable, Collection
from dataclasses import dataclass, field
from datetime import timedelta

from bot.clock import Clock, wall_seconds_until
from bot.outbox.store import DEFAULT_LEASE, Outbox
from bot.outbox.tables import OutboxMessage

log = logging.getLogger(__name__)

PARALLEL_SENDS = 4  # sends at once by default, but on SQLite
DUE_SLACK_SECONDS = 0.005  # woken this much after a row's due moment, so it is due

Send = Callable[[OutboxMessage], "Awaitable[None] | None"]
OnFailure = Callable[[OutboxMessage, str], None]


class RetryableSendError(Exception):
    """The platform may take the message later; `retry_after` is its hint, in seconds."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class PermanentSendError(Exception):
    """The message can never be delivered (the user left, the account is gone)."""


@dataclass(frozen=True)
class Backoff:
    """Delay before retry n (1-based): base·factor^(n-1), at most `cap`, minus up to
    `jitter` of it at random so that senders failing together do not retry together."""

    base: timedelta = timedelta(seconds=30)
    factor: float = 2.0
    cap: timedelta = timedelta(hours=1)
    jitter: float = 0.5
    rng: random.Random = field(default_factory=random.Random, compare=False)

    def delay(self, attempt: int, retry_after: float | None = None) -> timedelta:
        exponential = self.base.total_seconds() * self.factor ** max(attempt - 1, 0)
        seconds = min(self.cap.total_seconds(), exponential)
        seconds *= 1 - self.jitter * self.rng.random()
        if retry_after is not None:
            seconds = max(seconds, retry_after)
        return timedelta(seconds=seconds)


@dataclass
class SendReport:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    lost: int = 0  # the lease had passed to another sender before the mark
    released: int = 0  # not tried: too little of the lease was left

    def __iadd__(self, other: SendReport) -> SendReport:
        for name in ("sent", "retried", "failed", "lost", "released"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        return self

    @property
    def handled(self) -> int:
        return self.sent + self.retried + self.failed + self.lost


@dataclass
class _Pass:
    """One batch on its way: recorded as sending, then sent, failed or never begun."""

    batch: list[OutboxMessage]
    started: set[int] = field(default_factory=set)  # id() of the messages whose send began
    sent: list[OutboxMessage] = field(default_factory=list)
    errors: list[tuple[OutboxMessage, Exception]] = field(default_factory=list)


def by_recipient(batch: list[OutboxMessage]) -> list[list[OutboxMessage]]:
    """The batch split per recipient, each in the batch's order (the oldest due first)."""
    chains: dict[tuple[str | None, str], list[OutboxMessage]] = {}
    for message in batch:
        who = message.recipient or f"row:{message.id}"
        chains.setdefault((message.platform, who), []).append(message)
    return list(chains.values())


class SenderLoop:
    def __init__(
        self,
        outbox: Outbox,
        send: Send,
        *,
        on_failure: OnFailure | None = None,
        clock: Clock | None = None,
        backoff: Backoff | None = None,
        lease: timedelta = DEFAULT_LEASE,
        batch: int = 50,
        concurrency: int | None = None,
        max_attempts: int = 8,
        safety_margin: timedelta = timedelta(seconds=5),
        platforms: Callable[[], Collection[str]] | None = None,
    ) -> None:
        self.outbox = outbox
        self.send = send
        self.on_failure = on_failure
        self.clock = clock or outbox.clock
        self.backoff = backoff or Backoff()
        self.lease = lease
        self.batch = batch
        if concurrency is None:
            concurrency = 1 if outbox.db.engine.dialect.name == "sqlite" else PARALLEL_SENDS
        self.concurrency = max(1, concurrency)
        self.max_attempts = max_attempts
        self.safety_margin = min(safety_margin, lease / 4)
        self._wake = asyncio.Event()
        # The platforms this loop can deliver to, asked at each claim (None: every one).
        self.platforms = platforms

    def _claim(self) -> list[OutboxMessage]:
        platforms = self.platforms() if self.platforms is not None else None
        return self.outbox.claim(self.batch, self.lease, platforms)

    # -- one pass --------------------------------------------------------------------------
    def _begin(self, report: SendReport) -> list[OutboxMessage]:
        """Claim a batch and record it as sending (two commits); the messages to send."""
        claimed = self._claim()
        ready = []
        for message in claimed:
            if self._lease_too_short(message):
                self.outbox.release(message)
                report.released += 1
            else:
                ready.append(message)
        held = self.outbox.mark_sending_many(ready)
        report.lost += len(ready) - len(held)
        return held

    def run_once(self) -> SendReport:
        """Claim one batch and send it with a synchronous `send`."""
        report = SendReport()
        pass_ = _Pass(self._begin(report))
        try:
            for message in pass_.batch:
                if self._lease_too_short(message):
                    continue
                pass_.started.add(id(message))
                try:
                    result = self.send(message)
                    if inspect.isawaitable(result):
                        raise TypeError("an async send needs SenderLoop.arun_once")
                except Exception as exc:  # every error is settled on the row
                    pass_.errors.append((message, exc))
                else:
                    pass_.sent.append(message)
        finally:
            report += self._finish(pass_)
        return report

    async def arun_once(self) -> SendReport:
        """Claim one batch and send it with `send` (sync or async), `concurrency` at a time;
        the database work off the event loop."""
        report = SendReport()
        pass_ = _Pass(await asyncio.to_thread(self._begin, report))
        if not pass_.batch:
            return report
        limit = asyncio.Semaphore(self.concurrency)

        async def send_in_order(messages: list[OutboxMessage]) -> None:
            for message in messages:
                async with limit:
                    if self._lease_too_short(message):
                        continue
                    pass_.started.add(id(message))
                    try:
                        result = self.send(message)
                        if inspect.isawaitable(result):
                            await result
                    except Exception as exc:  # every error is settled on the row
                        pass_.errors.append((message, exc))
                    else:
                        pass_.sent.append(message)

        try:
            await asyncio.gather(*(send_in_order(chain) for chain in by_recipient(pass_.batch)))
        finally:
            # Settled even when the pass is cancelled (a stop): what went is marked sent,
            # what never began is given back; a send cut off midway stays in doubt.
            report += await asyncio.shield(asyncio.to_thread(self._finish, pass_))
        return report

    def drain(self, max_passes: int = 1_000) -> SendReport:
        """Send everything due now (synchronous `send`): for one-shot commands and tests."""
        total = SendReport()
        for _ in range(max_passes):
            report = self.run_once()
            total += report
            if not report.handled and not report.released:
                break
        return total

    # -- forever ---------------------------------------------------------------------------
    def wake(self) -> None:
        """Look for due rows now (a new decision was committed, a scheduler job fired)."""
        self._wake.set()

    async def run(self, stop: asyncio.Event, idle_seconds: float = 1.0) -> None:
        """Send until `stop` is set; when idle, sleep until the next row is due, at most
        `idle_seconds` (or until woken)."""
        while not stop.is_set():
            self._wake.clear()  # a wake during the pass below is not lost
            try:
                report = await self.arun_once()
                if report.handled or report.released:
                    continue
                idle = await asyncio.to_thread(self._idle_seconds, idle_seconds)
            except Exception:  # a database hiccup must not end the loop
                log.exception("outbox pass failed; retrying")
                idle = idle_seconds
            waiters = [asyncio.ensure_future(stop.wait()), asyncio.ensure_future(self._wake.wait())]
            await asyncio.wait(waiters, timeout=idle, return_when=asyncio.FIRST_COMPLETED)
            for waiter in waiters:
                waiter.cancel()

    def _idle_seconds(self, longest: float) -> float:
        """How long to sleep when nothing is due: until the next row is (as the clock
        tells it in wall seconds), at most `longest`. Rows claimed by another sender are
        waited for at this pace, as before."""
        now = self.clock.now()
        platforms = self.platforms() if self.platforms is not None else None
        due = self.outbox.next_due(after=now, platforms=platforms)
        wait = wall_seconds_until(self.clock, due) if due is not None else None
        if wait is None:
            return longest
        return min(longest, max(0.0, wait) + DUE_SLACK_SECONDS)

    # -- settling --------------------------------------------------------------------------
    def _lease_too_short(self, message: OutboxMessage) -> bool:
        assert message.claimed_until is not None
        return self.clock.now() + self.safety_margin >= message.claimed_until

    def _finish(self, pass_: _Pass) -> SendReport:
        """Mark what went (one commit), settle the errors, give back what never began."""
        report = SendReport()
        marked = self.outbox.mark_sent_many(pass_.sent)
        for message in pass_.sent:
            if message.id in marked:
                report.sent += 1
            else:
                log.warning(
                    "outbox %s: sent after its lease passed on; it may be sent twice", message.key
                )
                report.lost += 1
        for message, exc in pass_.errors:
            report += self._settle_error(message, exc)
        for message in pass_.batch:
            if id(message) not in pass_.started:
                self.outbox.release(message, recorded=True)
                report.released += 1
        return report

    def _settle_error(self, message: OutboxMessage, exc: Exception) -> SendReport:
        reason = f"{type(exc).__name__}: {exc}"
        if isinstance(exc, PermanentSendError):
            return self._fail(message, reason)
        if not isinstance(exc, RetryableSendError):
            log.warning("outbox %s: unexpected error, will retry", message.key, exc_info=exc)
        if message.attempts >= self.max_attempts:
            return self._fail(message, f"{reason} (after {message.attempts} attempts)")
        retry_after = exc.retry_after if isinstance(exc, RetryableSendError) else None
        delay = self.backoff.delay(message.attempts, retry_after)
        if self.outbox.retry_later(message, delay, reason):
            return SendReport(retried=1)
        return SendReport(lost=1)

    def _fail(self, message: OutboxMessage, reason: str) -> SendReport:
        if not self.outbox.mark_failed(message, reason):
            return SendReport(lost=1)
        if self.on_failure is not None:
            try:
                self.on_failure(message, reason)
            except Exception:
                log.exception("outbox %s: the failure report failed", message.key)
        return SendReport(failed=1)
