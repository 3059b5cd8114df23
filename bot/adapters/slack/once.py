"""Posting an outbox row's message to Slack once: its send key in the message metadata.

Every message an outbox row delivers is posted with `metadata` {"event_type":
`ONCE_EVENT`, "event_payload": {"send_key": KEY}}. When a row is sent again after its
sender died between Slack's answer and the row's "sent" mark, the sender reads the
channel back (`conversations.history` with `include_all_metadata`, newest first, at most
`LOOK_BACK` messages) and posts only if no message there carries the key.

Reading a DM's history needs the `im:history` scope (in the manifest); a public or private
channel's needs `channels:history` / `groups:history`, which the app does not ask for: a
channel that cannot be read is logged and the message posted (at least once).
"""

from __future__ import annotations

import logging
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

log = logging.getLogger(__name__)

ONCE_EVENT = "ambassade_outbox_message"
PAGE = 200  # messages per conversations.history call (Slack allows up to 999)
LOOK_BACK = 1000  # messages read at most, newest first
# Errors that mean the channel cannot be read back at all (asking again will not help).
CANNOT_READ = frozenset(
    {
        "missing_scope",
        "not_in_channel",
        "channel_not_found",
        "not_allowed_token_type",
        "no_permission",
        "access_denied",
    }
)


def once_metadata(key: str) -> dict[str, Any]:
    """The `metadata` of chat.postMessage that names the outbox row's send."""
    return {"event_type": ONCE_EVENT, "event_payload": {"send_key": key}}


def carries(message: dict[str, Any], key: str) -> bool:
    metadata = message.get("metadata") or {}
    payload = metadata.get("event_payload") or {}
    return metadata.get("event_type") == ONCE_EVENT and payload.get("send_key") == key


async def posted_before(client: AsyncWebClient, channel: str, key: str) -> bool:
    """Whether a message carrying `key` is among the last `LOOK_BACK` messages of `channel`.

    Rate limits are waited out by the client's retry handler; another error raises (the
    outbox tries the row again later), except one saying the channel cannot be read.
    """
    cursor: str | None = None
    read = 0
    while read < LOOK_BACK:
        try:
            response = await client.conversations_history(
                channel=channel,
                limit=min(PAGE, LOOK_BACK - read),
                include_all_metadata=True,
                cursor=cursor,
            )
        except SlackApiError as exc:
            error = exc.response.get("error")
            if error not in CANNOT_READ:
                raise
            log.warning("cannot read %s back (%s): the message is posted again", channel, error)
            return False
        messages = response.get("messages") or []
        if any(carries(message, key) for message in messages):
            return True
        read += len(messages)
        cursor = (response.get("response_metadata") or {}).get("next_cursor") or None
        if not response.get("has_more") or cursor is None or not messages:
            return False
    log.warning("message %s not among the last %d of %s: posted again", key, read, channel)
    return False
