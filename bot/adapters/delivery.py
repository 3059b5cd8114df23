"""Sending a batch of replies in order, on every platform, with delivery conditions.

A reply that names a `key` is one others may depend on: if it cannot be delivered (an
error from the platform, or nowhere to send it), the batch goes on, and a later reply
with `after=key` is replaced by its `otherwise` reply. A reply that could not be sent
for want of a destination is logged and skipped, as before; other errors on a reply
without a key still end the batch (the adapter's guard tells the person).

A reply with `replaces` edits a message posted earlier; if it cannot, its `otherwise` is
sent instead, once per batch (`bot.adapters.replacing`).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace

from bot.adapters.replacing import replaced
from bot.core.messages import Incoming, Platform, Reply

log = logging.getLogger(__name__)


class Undeliverable(Exception):
    """A reply with nowhere to go (no channel configured, no recipient, DMs closed)."""


async def deliver_in_order(
    replies: Sequence[Reply], send: Callable[[Reply], Awaitable[None]]
) -> set[str]:
    """Send `replies` one by one with `send`; returns the keys of the replies delivered."""
    delivered: set[str] = set()
    fallbacks: set[Reply] = set()  # sent for edits that failed: each once
    for reply in replies:
        if reply.after is not None and reply.after not in delivered:
            log.warning("reply held back: %s was not delivered", reply.after)
            if reply.otherwise is not None:
                await _send_one(reply.otherwise, send, delivered)
            continue
        if reply.replaces is not None:
            if await replaced(reply, send):
                if reply.key is not None:
                    delivered.add(reply.key)
            elif reply.otherwise is not None and reply.otherwise not in fallbacks:
                fallbacks.add(reply.otherwise)
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


# platform -> the delivery of that platform's adapter running in this process (or None).
Deliverer = Callable[[Incoming, list[Reply]], Awaitable[set[str] | None]]
DelivererLookup = Callable[[str], Deliverer | None]


async def send_to_other_platforms(
    replies: Sequence[Reply], *, own_platform: str, client: str, deliverer_for: DelivererLookup
) -> list[Reply]:
    """Hand replies meant for another platform to its adapter; return the ones left here.

    A handoff card for staff in Slack about a person in Discord leaves through the Slack
    adapter. A reply here that waits on one sent elsewhere (`after`) is kept only if that
    one was delivered, else replaced by its `otherwise`.
    """
    foreign: dict[str, list[Reply]] = {}
    for reply in replies:
        if reply.platform and reply.platform != own_platform:
            foreign.setdefault(reply.platform, []).append(reply)
    if not foreign:
        return list(replies)
    sent_keys: set[str] = set()
    tried_keys: set[str] = set()
    for platform, group in foreign.items():
        tried_keys |= {r.key for r in group if r.key}
        deliver = deliverer_for(platform)
        if deliver is None:
            log.error("%d replies for %s dropped: no such adapter runs here", len(group), platform)
            continue
        addressed = [replace(r, platform=None) for r in group]
        try:
            delivered = await deliver(incoming_for(client, platform), addressed)
        except Exception:
            log.exception("delivery of %d replies to %s failed", len(group), platform)
            continue
        sent_keys |= {r.key for r in group if r.key} if delivered is None else delivered
    kept: list[Reply] = []
    for reply in replies:
        if reply.platform and reply.platform != own_platform:
            continue
        if reply.after in tried_keys:
            if reply.after in sent_keys:
                kept.append(replace(reply, after=None))
            elif reply.otherwise is not None:
                kept.append(reply.otherwise)
            continue
        kept.append(reply)
    return kept


def incoming_for(client: str, platform: str) -> Incoming:
    """What a platform's scheduled delivery expects: the client, nobody in particular."""
    return Incoming(
        platform=Platform.SCHEDULER,
        workspace_id=client,
        channel_id="elsewhere",
        user_id="elsewhere",
        event_id=f"elsewhere:{platform}",
    )
