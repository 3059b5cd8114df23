"""Posting an outbox row's message to Discord once: a nonce Discord enforces, then a look back.

Each message of a reply an outbox row delivers is sent with a nonce made of the row's send
key and the message's place in the reply; discord.py sends every nonce with
`enforce_nonce`, so Discord itself answers a second create with the same nonce by the first
message, within "the past few minutes". A resend after a longer outage (the sender died
between Discord's answer and the row's "sent" mark, and nobody took the row over for
minutes) cannot rely on that: the channel's recent messages are read back (newest first,
at most `LOOK_BACK`, none older than the first attempt) and a message of the bot's showing
the same content and embed counts as already posted. Discord does not return nonces when
messages are read back, hence the comparison of what the message shows.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import discord

from bot.adapters.discord.render import OutMessage

NONCE_LIMIT = 25  # characters, Discord's limit
LOOK_BACK = 100  # messages read at most
CLOCK_MARGIN = timedelta(minutes=2)  # our clock against Discord's (snowflake times)

Shown = tuple[str, str, str, str]


def once_nonce(key: str, index: int) -> str:
    """The nonce of message `index` of the reply sent under `key` (at most 25 characters)."""
    nonce = f"{key}-{index}"
    if len(nonce) > NONCE_LIMIT:
        raise ValueError(f"send key {key!r} too long for a Discord nonce")
    return nonce


def shown(message: OutMessage) -> Shown:
    """What a rendered message shows, as it can be compared with one read back."""
    embed = message.embed
    if embed is None:
        return (message.content or "", "", "", "")
    return (message.content or "", embed.title or "", embed.description, embed.footer or "")


def shown_posted(message: discord.Message) -> Shown:
    if not message.embeds:
        return (message.content, "", "", "")
    embed = message.embeds[0]
    return (
        message.content,
        embed.title or "",
        embed.description or "",
        embed.footer.text or "",
    )


async def posted_before(
    channel: discord.abc.Messageable, bot_id: int, message: OutMessage, since: datetime | None
) -> bool:
    """Whether the bot already shows `message` in `channel`, posted since `since`.

    Without `since` (no attempt recorded) nothing is looked for: the same words sent earlier
    on purpose (a second check-in) must not be taken for this one.
    """
    if since is None:
        return False
    oldest = since - CLOCK_MARGIN
    wanted = shown(message)
    async for posted in channel.history(limit=LOOK_BACK):
        if posted.created_at < oldest:
            return False
        if posted.author.id == bot_id and shown_posted(posted) == wanted:
            return True
    return False
