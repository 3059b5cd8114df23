"""The outbox's send: each due row goes through the pipeline, then to its platform's adapter.

A row becomes a scheduled `Incoming` (`solicit:deliver`, or `AREA:deliver` for a kind
`AREA.…` such as `contrib.level`; the row's id) handled like any
event: the solicitations skill writes the message in the recipient's language, the
outbound check reads it, and the adapter of the row's platform delivers it. The event id
names the row and the attempt, so a retry is handled again while a replay of the same
attempt is dropped as a duplicate. The row's message carries the row's send key to the
adapter (`Reply.once`): a retry after a crash has the adapter look for it on the platform
before posting, so a message that left just before the crash is not posted twice. A
message no longer wanted (the person stopped, answered, the solicitation was cancelled)
comes back as no reply, and the row is settled.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Collection
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.clock import Clock
from bot.core.messages import Reply, SendOnce
from bot.outbox import Outbox, OutboxMessage, RetryableSendError, SenderLoop
from bot.people.tables import Person, PersonStatus
from bot.scheduler import Deliver, ScheduledIncoming
from bot.solicitations.auto import start_auto
from bot.solicitations.planner import Planner
from bot.solicitations.refill import summary_recipient
from bot.solicitations.tables import Solicitation
from bot.store.database import Database

if TYPE_CHECKING:
    from bot.assistant import Assistant

log = logging.getLogger(__name__)

DELIVER_ACTION = "solicit:deliver"
DelivererFor = Callable[[str], Deliver | None]


def deliver_action(kind: str) -> str:
    """The action that writes a row: `AREA:deliver` for a kind `AREA.…` (`contrib.level` →
    `contrib:deliver`, handled by the contributions skill), else the solicitations'."""
    area, dot, _ = kind.partition(".")
    return f"{area}:deliver" if dot else DELIVER_ACTION


def outbox_send(
    assistant: Assistant, deliverer_for: DelivererFor
) -> Callable[[OutboxMessage], Awaitable[None]]:
    async def send(message: OutboxMessage) -> None:
        platform = message.platform or ""
        job = ScheduledIncoming(
            client=message.client,
            action_id=deliver_action(message.kind),
            value=str(message.id),
            platform=platform,
        )
        incoming = job.incoming(f"outbox:{message.id}:{message.attempts}")
        replies = await assistant.handle(incoming)
        if not replies:
            log.info("outbox %s: no longer wanted, nothing sent", message.key)
            return
        deliver = deliverer_for(platform)
        if deliver is None:
            raise RetryableSendError(f"no {platform or 'platform'} adapter runs here")
        delivered = await deliver(incoming, sent_once(replies, message))
        if delivered is not None and message.key not in delivered:
            raise RetryableSendError("the platform did not take the message")

    return send


def sent_once(replies: list[Reply], message: OutboxMessage) -> list[Reply]:
    """The row's own message carries its send key, and, when an earlier attempt may have
    posted it, asks the adapter to look for it on the platform first."""
    if message.send_key is None:
        return replies
    once = SendOnce(message.send_key, message.resending, message.send_started_at)
    return [replace(r, once=once) if r.key == message.key else r for r in replies]


def undeliverable(db: Database, clock: Clock) -> Callable[[OutboxMessage, str], None]:
    """A permanent failure (the user is gone): pause the person, tell the community manager."""

    def on_failure(message: OutboxMessage, reason: str) -> None:
        if message.person_id is None:
            log.error("outbox %s failed for good: %s", message.key, reason)
            return
        now = clock.now()
        with db.session() as session:
            person = session.get(Person, message.person_id)
            if person is None:
                return
            person.status = PersonStatus.PAUSED.value
            person.paused_until = None
            person.updated_at = now
            session.add(person)
            row = (
                session.get(Solicitation, message.solicitation_id)
                if message.solicitation_id
                else None
            )
            manager = summary_recipient(session, row) if row is not None else None
            if manager is None:
                log.error("outbox %s failed for good: %s", message.key, reason)
                return
            Outbox.enqueue(
                session,
                key=f"{message.key}:undeliverable",
                client=message.client,
                kind="undeliverable",
                due_at=now,
                platform=manager.platform,
                recipient=manager.user_id,
                solicitation_id=message.solicitation_id,
                payload={"person": message.person_id, "reason": reason[:300]},
                now=now,
            )

    return on_failure


class OutboxRunner:
    """The sender loop of a running bot, started with the scheduler and stopped with it.

    Beside it, every `AUTO_EVERY`, the planned `auto` solicitations of each client are
    drawn up and confirmed (their messages then go through the same outbox).
    """

    AUTO_EVERY = 60.0

    def __init__(
        self,
        assistant: Assistant,
        deliverer_for: DelivererFor,
        platforms: Callable[[], Collection[str]] | None = None,
    ) -> None:
        services = assistant.services
        self.services = services
        self.loop = SenderLoop(
            Outbox(services.db, services.clock),
            outbox_send(assistant, deliverer_for),
            clock=services.clock,
            on_failure=undeliverable(services.db, services.clock),
            platforms=platforms,
        )
        self._stop = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []

    def start(self) -> None:
        if not self._tasks:
            loop = asyncio.get_running_loop()
            self._tasks = [
                loop.create_task(self.loop.run(self._stop)),
                loop.create_task(self._auto()),
            ]

    def start_auto_now(self) -> int:
        planner = Planner(self.services.db, self.services.clock)
        started = 0
        for config in self.services.clients.all():
            started += len(start_auto(planner, config))
        if started:
            self.loop.wake()
        return started

    async def _auto(self) -> None:
        while not self._stop.is_set():
            try:
                await asyncio.to_thread(self.start_auto_now)
            except Exception:  # a bad client file must not end the loop
                log.exception("automatic solicitations failed; retrying")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), self.AUTO_EVERY)

    def stop(self) -> None:
        self._stop.set()
        for task in self._tasks:
            task.cancel()
        self._tasks = []
