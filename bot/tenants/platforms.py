"""A client's settings per chat platform: its workspaces, staff channels and channels.

Slack and Discord have their own sections (`slack:`, `discord:`); any other platform (an
adapter under `bot/adapters/<name>/`) reads its section from `platforms: {<name>: …}`.
Every section answers the same three questions (`PlatformSection`): which workspaces
the client claims, where staff cards go, and which channels only staff read.

Channel ids are checked here: YAML reads `[777]` as a number, and a channel's name
(`#general`) is refused with a hint on where to find the id.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Protocol

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


class PlatformSection(Protocol):
    """What the rest of the bot asks of a client's section for one platform."""

    workspace_kind: ClassVar[str]  # what a workspace is called there, for messages

    def workspace_ids(self) -> list[str]:
        """The workspaces (Slack teams, Discord guilds…) the client claims, each once."""
        ...

    def card_channel(self) -> str | None:
        """Where staff cards (handoffs) go on this platform, if anywhere."""
        ...

    def staff_channel_ids(self) -> frozenset[str]:
        """The channels only staff read (the card channel included)."""
        ...


STAFF_CHANNELS_HELP = (
    "Channel ids only staff can read: answers there may show internal and confidential "
    "documents. Any other channel only shows public ones."
)


class _Section(StrictModel):
    """A platform section: `PlatformSection`'s answers, read from its own field names."""

    workspace_kind: ClassVar[str]
    workspaces_key: ClassVar[str]  # the field listing the workspaces ("teams", "guilds")
    card_key: ClassVar[str]  # the field naming the staff card channel
    digit_ids: ClassVar[bool] = False  # channel ids are numbers (Discord)
    if TYPE_CHECKING:
        staff_channels: list[str]  # a field of each section

    @field_validator("staff_channels", mode="before", check_fields=False)
    @classmethod
    def _staff_ids(cls, value: Any) -> Any:
        return _channel_ids(value, digits=cls.digit_ids)

    def workspace_ids(self) -> list[str]:
        return list(dict.fromkeys(getattr(self, self.workspaces_key)))

    def card_channel(self) -> str | None:
        card: str | None = getattr(self, self.card_key)
        return card

    def staff_channel_ids(self) -> frozenset[str]:
        channels = (self.card_channel(), *self.staff_channels)
        return frozenset(c for c in channels if c)


class SlackSettings(_Section):
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

    workspace_kind = "Slack team"
    workspaces_key = "teams"
    card_key = "handoff_channel"


class DiscordSettings(_Section):
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
    member_events: bool = Field(
        default=False,
        description="Learn when members leave the guild, so nothing more is sent to them "
        "(needs the privileged Server Members intent, enabled in the Developer Portal).",
    )

    workspace_kind = "Discord guild"
    workspaces_key = "guilds"
    card_key = "staff_channel"
    digit_ids = True


class PlatformSettings(_Section):
    """A client's section for a platform with no section of its own (`platforms.<name>`)."""

    workspace_kind = "workspace"
    workspaces_key = "workspaces"
    card_key = "staff_channel"

    workspaces: list[str] = Field(
        default_factory=list, description="The workspace ids (servers, teams…) of the client."
    )
    staff_channel: str | None = Field(
        default=None, description="Channel id for staff cards (a staff channel too)."
    )
    staff_channels: list[str] = Field(default_factory=list, description=STAFF_CHANNELS_HELP)
    channels: list[str] = Field(
        default_factory=list, description="Channels the bot answers in; empty = any."
    )
    options: dict[str, Any] = Field(
        default_factory=dict, description="What that platform's adapter reads of its own."
    )
