"""Messages the bot posted, recorded, then edited in place (issue 20: erasure reaches them).

- Recording: a sender that posts a reply with a `tag` hands `record` the platform
  reference of each message it posted (`posted_message`). A failure to record is logged
  and never fails the delivery: that message's later edit falls back to a notice.
- Replacing: a reply with `replaces` edits that message (each sender's own edit call)
  instead of posting. When the edit fails (the message was deleted, the channel is gone,
  the platform refuses), the reply's `otherwise` is sent in its place, once per batch
  however many edits it stands for (`deliver_in_order`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from bot.core.messages import PostedRef, PostTag, Reply
from bot.store.database import Database
from bot.store.posted import record_posted

log = logging.getLogger(__name__)

Recorder = Callable[[PostTag, PostedRef], Awaitable[None]]


class NotReplaced(Exception):
    """A posted message that cannot be edited (not found, wrong platform…)."""


def recorder(db: Database) -> Recorder:
    """What senders call with each tagged message they posted."""

    async def record(tag: PostTag, ref: PostedRef) -> None:
        try:
            await asyncio.to_thread(record_posted, db, tag, ref)
        except Exception:
            log.exception("posted message %s in %s not recorded", ref.message_id, ref.channel_id)

    return record


async def replaced(reply: Reply, send: Callable[[Reply], Awaitable[None]]) -> bool:
    """Edit the message `reply.replaces` names (through `send`); False when it failed."""
    assert reply.replaces is not None
    try:
        await send(reply)
    except Exception as exc:
        ref = reply.replaces
        log.warning(
            "posted message %s in %s (%s) not replaced: %s",
            ref.message_id,
            ref.channel_id,
            ref.platform,
            exc,
        )
        return False
    return True
