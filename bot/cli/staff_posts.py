"""`ambassade privacy erase` and the messages posted for the staff that quote the person.

Like `oubli` in chat (`skills.data_rights.staff_messages`): the references are gathered
before the erasure deletes them, then each message is edited through the platform's Web
API (the scheduler's delivery: only the bot token is needed), with the same notice in the
staff channel for what cannot be edited. A platform whose bot token is not set here gets
nothing: the CLI lists those messages, to delete by hand.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass, field

from bot.adapters.delivery import incoming_for
from bot.adapters.registry import PLATFORMS, runner
from bot.core.messages import PostedRef, Reply
from bot.settings import Settings
from bot.tenants import ClientConfig

log = logging.getLogger(__name__)


@dataclass
class Outcome:
    sent: dict[str, int] = field(default_factory=dict)  # platform -> replies handed over
    by_hand: list[PostedRef] = field(default_factory=list)  # no credentials, or it failed


def by_platform(replies: list[Reply]) -> dict[str, list[Reply]]:
    groups: dict[str, list[Reply]] = defaultdict(list)
    for reply in replies:
        if reply.platform:
            groups[reply.platform].append(reply)
    return groups


async def replace_posts(settings: Settings, client: ClientConfig, replies: list[Reply]) -> Outcome:
    """Send the edits (and notices) of each platform whose bot token is set."""
    from bot.assistant import Assistant

    outcome = Outcome()
    groups = by_platform(replies)
    usable = {name for name in groups if name in PLATFORMS and runner(name).configured(settings)}
    for name, group in groups.items():
        if name not in usable:
            outcome.by_hand += [r.replaces for r in group if r.replaces is not None]
    if not usable:
        return outcome
    assistant = Assistant.build(settings)
    try:
        for name in sorted(usable):
            group = groups[name]
            try:
                async with runner(name).web_delivery(settings, assistant) as deliver:
                    await deliver(incoming_for(client.name, name), group)
                outcome.sent[name] = sum(r.replaces is not None for r in group)
            except Exception:
                log.exception("staff messages on %s not edited", name)
                outcome.by_hand += [r.replaces for r in group if r.replaces is not None]
    finally:
        await assistant.aclose()
    return outcome
