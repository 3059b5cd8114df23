"""A client's Slack and Discord settings: its workspaces, staff channels and channels.

Channel ids are checked here: YAML reads `[777]` as a number, and a channel's name
(`#general`) is refused with a hint on where to find the id.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field, field_validator

from bot.tenants.vocabulary import StrictModel


def _channel_ids(value: Any, *, digits: bool) -> Any:
    """Channel ids as strings (YAML reads `[777]` as a number); names are refused."""
    if not isinstance(value, list):
        return value
    ids = []
    for item in value:
        if isinstance(item, int) and not isinstance(item, bool):
            item = str(item)
        if isinstance(item, str):
            item = item.strip()
            if not item or item.startswith("#") or any(c.isspace() for c in item):
                raise ValueError(
                    f"'{item}' is not a channel id: use the id (Slack: C0456…, Discord: "
                    "right-click the channel, Copy Channel ID), not the channel's name"
                )
            if digits and not item.isdigit():
                raise ValueError(f"'{item}' is not a Discord channel id (digits only)")
            if item not in ids:
                ids.append(item)
        else:
            ids.append(item)  # left to the type check, which names it
    return ids


STAFF_CHANNELS_HELP = (
    "Channel ids only staff can read: answers there may show internal and confidential "
    "documents. Any other channel only shows public ones."
)


class SlackSettings(StrictModel):
    teams: list[str] = Field(default_factory=list, description="Slack team (workspace) ids.")
    handoff_channel: str | None = Field(
        default=None,
        description="Channel id where community managers receive handoff cards "
        "(a staff channel too).",
    )
    staff_channels: list[str] = Field(default_factory=list, description=STAFF_CHANNELS_HELP)
    channels: list[str] = Field(
        default_factory=list, description="Channels the bot answers in; empty = any."
    )

    @field_validator("staff_channels", mode="before")
    @classmethod
    def _staff_ids(cls, value: Any) -> Any:
        return _channel_ids(value, digits=False)


class DiscordSettings(StrictModel):
    guilds: list[str] = Field(default_factory=list, description="Discord guild (server) ids.")
    staff_channel: str | None = Field(
        default=None, description="Channel id for staff cards (a staff channel too)."
    )
    staff_channels: list[str] = Field(default_factory=list, description=STAFF_CHANNELS_HELP)
    channels: list[str] = Field(default_factory=list)
    free_chat_channels: list[str] = Field(
        default_factory=list,
        description="Channel ids where the bot answers every message, not only mentions "
        "(needs the privileged Message Content intent).",
    )

    @field_validator("staff_channels", mode="before")
    @classmethod
    def _staff_ids(cls, value: Any) -> Any:
        return _channel_ids(value, digits=True)
