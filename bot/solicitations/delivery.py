"""The outbox's send: each due row goes through the pipeline, then to its platform's adapter.

A row becomes a scheduled `Incoming` (`solicit:deliver`, the row's id) handled like any
event: the solicitations skill writes the message in the recipient's language, the
outbound check reads it, and the adapter of the row's platform delivers it. The event id
names the row and the attempt, so a retry is handled again while a replay of the same
attempt is dropped as a duplicate. A message no longer wanted (the person stopped,
answered, the solicitation was cancelled) comes back as no reply, and the row is settled.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from bot.outbox import Outbox, OutboxMessage, RetryableSendError, SenderLoop
from bot.scheduler import Deliver, ScheduledIncoming

if TYPE_CHECKING:
    from bot.assistant import Assistant

log = logging.getLogger(__name__)

DELIVER_ACTION = "solicit:deliver"
DelivererFor = Callable[[str], Deliver | None]


def outbox_send(
    assistant: Assistant, deliverer_for: DelivererFor
) -> Callable[[OutboxMessage], Awaitable[None]]:
    async def send(message: OutboxMessage) -> None:
        platform = message.platform or ""
        job = ScheduledIncoming(
            client=message.client,
            action_id=DELIVER_ACTION,
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
        delivered = await deliver(incoming, replies)
        if delivered is not None and message.key not in delivered:
            raise RetryableSendError("the platform did not take the message")

    return send


class OutboxRunner:
    """The sender loop of a running bot: started with the scheduler, stopped with it."""

    def __init__(self, assistant: Assistant, deliverer_for: DelivererFor) -> None:
        services = assistant.services
        self.loop = SenderLoop(
            Outbox(services.db, services.clock),
            outbox_send(assistant, deliverer_for),
            clock=services.clock,
        )
        self._stop = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self.loop.run(self._stop))

    def stop(self) -> None:
        self._stop.set()
        if self._task is not None:
            self._task.cancel()
            self._task = None
