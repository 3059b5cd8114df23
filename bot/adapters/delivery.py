"""Sending a batch of replies in order, on every platform, with delivery conditions.

A reply that names a `key` is one others may depend on: if it cannot be delivered (an
error from the platform, or nowhere to send it), the batch goes on, and a later reply
with `after=key` is replaced by its `otherwise` reply. A reply that could not be sent
for want of a destination is logged and skipped, as before; other errors on a reply
without a key still end the batch (the adapter's guard tells the person).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence

from bot.core.messages import Reply

log = logging.getLogger(__name__)


class Undeliverable(Exception):
    """A reply with nowhere to go (no channel configured, no recipient, DMs closed)."""


async def deliver_in_order(
    replies: Sequence[Reply], send: Callable[[Reply], Awaitable[None]]
) -> set[str]:
    """Send `replies` one by one with `send`; returns the keys of the replies delivered."""
    delivered: set[str] = set()
    for reply in replies:
        if reply.after is not None and reply.after not in delivered:
            log.warning("reply held back: %s was not delivered", reply.after)
            if reply.otherwise is not None:
                await _send_one(reply.otherwise, send, delivered)
            continue
        await _send_one(reply, send, delivered)
    return delivered


async def _send_one(
    reply: Reply, send: Callable[[Reply], Awaitable[None]], delivered: set[str]
) -> None:
    try:
        await send(reply)
    except Undeliverable as exc:
        log.error("reply not delivered: %s", exc)
        return
    except Exception:
        if reply.key is None:
            raise
        log.exception("reply %s not delivered", reply.key)
        return
    if reply.key is not None:
        delivered.add(reply.key)
