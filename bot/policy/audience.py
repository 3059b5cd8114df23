"""Who will read a reply: the audience decides what it may show, not only who asked.

A reply is read by the asker alone (a DM, the console, an answer only the asker sees),
by a staff-only channel (`slack.staff_channels`, `discord.staff_channels`, a platform's
`staff_channels`, and the handoff/staff channel), or by a channel anyone in the workspace
may read. What it may show is what that audience may see, intersected with the asker's
role:

- the asker alone: what their role allows;
- a staff channel: everything (only staff read it);
- any other channel, a DM to someone else, a place the bot cannot tell: public only.

Unknown means not staff. The same rule serves retrieval (a prompt built for a public
channel holds only public passages) and the outbound check (stage 8).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from bot.core.messages import Incoming, Platform, Reply, Target
from bot.handoff.policy import CONSOLE_STAFF_CHANNEL
from bot.tenants import ClientConfig, Role
from knowledge.access import sensitivities_for_role
from knowledge.sensitivity import CONFIDENTIAL, INTERNAL, PUBLIC

if TYPE_CHECKING:
    from bot.core.turn import Turn

_ORDER = (PUBLIC, INTERNAL, CONFIDENTIAL)
EVERYTHING = frozenset(_ORDER)
EVERYONE = frozenset({PUBLIC})  # what every member of a workspace may see


def staff_channels(client: ClientConfig, platform: Platform | str) -> frozenset[str]:
    """The channels only staff read on `platform` (the console and the scheduler: all)."""
    if platform in (Platform.CONSOLE, Platform.SCHEDULER):
        # The console's cards go to "staff"; a due job is delivered by any adapter.
        every = (section.staff_channel_ids() for section in client.sections().values())
        return frozenset().union(*every, {CONSOLE_STAFF_CHANNEL})
    section = client.section(platform)
    return section.staff_channel_ids() if section is not None else frozenset()


def role_sensitivities(role: Role | None) -> frozenset[str]:
    """What the person may see wherever they are (no role: public only)."""
    return sensitivities_for_role(role.value) if role is not None else EVERYONE


def asker_alone(incoming: Incoming, *, ephemeral: bool = False) -> bool:
    """True when a reply in place is read by the asker only."""
    if incoming.platform is Platform.SCHEDULER:  # a due job: nobody in particular
        return False
    if incoming.platform is Platform.CONSOLE:
        return True  # the console is the person's own terminal: a DM
    return incoming.is_direct or incoming.private_origin or ephemeral


def place_sensitivities(
    client: ClientConfig, incoming: Incoming, *, ephemeral: bool = False
) -> frozenset[str]:
    """What may be shown where `incoming` came from, whoever asked."""
    if asker_alone(incoming, ephemeral=ephemeral):
        return EVERYTHING
    if incoming.platform is not Platform.SCHEDULER and incoming.channel_id in staff_channels(
        client, incoming.platform
    ):
        return EVERYTHING
    return EVERYONE


def reply_sensitivities(turn: Turn, reply: Reply) -> frozenset[str]:
    """What `reply` may show, judged by where it goes (not where the question came from)."""
    assert turn.client is not None
    incoming = turn.incoming
    if reply.target is Target.CHANNEL:
        platform = reply.platform or incoming.platform  # a card may go to another platform
        channel = reply.channel_id
        return EVERYTHING if channel in staff_channels(turn.client, platform) else EVERYONE
    if reply.target is Target.DIRECT and reply.user_id in turn.client.handoff.contacts:
        return EVERYTHING  # the escalation chain is staff by configuration
    if incoming.platform is Platform.SCHEDULER:
        return EVERYONE  # a due job speaks for nobody: its DMs and places are unknown
    role = role_sensitivities(turn.role)
    if reply.target is Target.DIRECT:
        # A DM to someone else: their role is unknown here, so least privilege.
        return role if reply.user_id in (None, incoming.user_id) else EVERYONE
    return role & place_sensitivities(turn.client, incoming, ephemeral=reply.ephemeral)


def answer_sensitivities(turn: Turn) -> frozenset[str]:
    """What an answer shown where the question was asked may hold."""
    return reply_sensitivities(turn, Reply(""))


def direct_sensitivities(turn: Turn) -> frozenset[str]:
    """What an answer sent to the asker's DM may hold."""
    return reply_sensitivities(turn, Reply("", target=Target.DIRECT))


def most_sensitive(sensitivities: Iterable[str]) -> str:
    """The most sensitive of document sensitivities (an unknown one counts as confidential)."""
    rank = 0
    for sensitivity in sensitivities:
        known = sensitivity in _ORDER
        rank = max(rank, _ORDER.index(sensitivity) if known else len(_ORDER) - 1)
    return _ORDER[rank]
