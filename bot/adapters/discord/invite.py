"""The invite link: which permissions the bot asks for when added to a server."""

from __future__ import annotations

import discord

# What the bot does in a channel: see it, read the message it answers, write, reply in
# threads, show embeds (answers with sources) and attach files (images, long answers).
INVITE_PERMISSIONS = discord.Permissions(
    view_channel=True,
    send_messages=True,
    send_messages_in_threads=True,
    embed_links=True,
    attach_files=True,
    read_message_history=True,
)


def invite_url(application_id: int) -> str:
    """The link that adds the bot, with its app commands, to a server."""
    return discord.utils.oauth_url(
        application_id,
        permissions=INVITE_PERMISSIONS,
        scopes=("bot", "applications.commands"),
    )
