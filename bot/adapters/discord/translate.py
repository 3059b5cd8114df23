"""Discord → `Incoming`, and the custom ids that carry clicks: no network calls.

A button's custom id encodes the skill's action id and the choice's value
(`amb|<action id>|<value>`), so a click still means the same thing after the
bot restarts; what does not fit in Discord's 100 characters is kept in a
bounded in-memory `Stash` and referred to by key (`amb#<key>`). Selects carry
the action id (`ambs|<action id>`) and their options the values. Form buttons
always refer to the stash (`ambf#<key>`): a form is too big for a custom id.
"""

from __future__ import annotations

import re
import uuid
from collections import OrderedDict
from dataclasses import dataclass
from typing import Generic, TypeVar

import discord

from bot.core.messages import Action, Attachment, Incoming, Platform

CUSTOM_ID_LIMIT = 100
OPTION_VALUE_LIMIT = 100
BUTTON_TEMPLATE = r"amb\|(?P<action>[^|]*)\|(?P<value>.*)"
STASHED_BUTTON_TEMPLATE = r"amb#(?P<key>[0-9a-f]{32})"
SELECT_TEMPLATE = r"ambs\|(?P<action>.*)"
FORM_TEMPLATE = r"ambf#(?P<key>[0-9a-f]{32})"
STASHED_OPTION_PREFIX = "#"

_MENTION = re.compile(r"<@!?(\d+)>")
_SPACES = re.compile(r"[ \t]{2,}")

T = TypeVar("T")


class Stash(Generic[T]):
    """A bounded key → value memory for what does not fit in a custom id (lost on restart)."""

    def __init__(self, capacity: int = 1000) -> None:
        self.capacity = capacity
        self._items: OrderedDict[str, T] = OrderedDict()

    def put(self, item: T) -> str:
        key = uuid.uuid4().hex
        self._items[key] = item
        while len(self._items) > self.capacity:
            self._items.popitem(last=False)
        return key

    def get(self, key: str) -> T | None:
        return self._items.get(key)


@dataclass(frozen=True, slots=True)
class Click:
    action_id: str
    value: str


def _escape_action(action_id: str) -> str:
    # Action ids may contain the separator ("workshop.answer|12|purpose").
    return action_id.replace("%", "%25").replace("|", "%7C")


def _unescape_action(escaped: str) -> str:
    return escaped.replace("%7C", "|").replace("%25", "%")


def button_custom_id(action_id: str, value: str, stash: Stash[Click]) -> str:
    custom_id = f"amb|{_escape_action(action_id)}|{value}"
    if len(custom_id) <= CUSTOM_ID_LIMIT:
        return custom_id
    return f"amb#{stash.put(Click(action_id, value))}"


def button_click(custom_id: str) -> Click | None:
    """The action and value a button's custom id carries (see `button_custom_id`)."""
    match = re.fullmatch(BUTTON_TEMPLATE, custom_id)
    if match is None:
        return None
    return Click(_unescape_action(match["action"]), match["value"])


def select_custom_id(action_id: str, stash: Stash[Click]) -> str:
    custom_id = f"ambs|{action_id}"
    if len(custom_id) <= CUSTOM_ID_LIMIT:
        return custom_id
    return f"amb#{stash.put(Click(action_id, ''))}"


def option_value(value: str, stash: Stash[Click]) -> str:
    """A select option's value; a long one is kept in the stash."""
    if len(value) <= OPTION_VALUE_LIMIT and not value.startswith(STASHED_OPTION_PREFIX):
        return value
    return STASHED_OPTION_PREFIX + stash.put(Click("", value))


def chosen_value(raw: str, stash: Stash[Click]) -> str | None:
    """The value behind a select option; None when it was stashed and is gone."""
    if not raw.startswith(STASHED_OPTION_PREFIX):
        return raw
    click = stash.get(raw.removeprefix(STASHED_OPTION_PREFIX))
    return click.value if click else None


def strip_bot_mention(text: str, bot_user_id: int | None) -> str:
    """The text without the mentions of the bot, with its other mentions kept."""
    if bot_user_id is not None:
        text = _MENTION.sub(lambda m: "" if int(m.group(1)) == bot_user_id else m.group(0), text)
    return _SPACES.sub(" ", text).strip()


def groups_of(user: discord.abc.User | None) -> tuple[str, ...]:
    """A member's Discord roles as ids and names (the client config may use either)."""
    roles = getattr(user, "roles", None) or []
    groups: list[str] = []
    for role in roles:
        if role.is_default():  # @everyone
            continue
        groups += [str(role.id), role.name]
    return tuple(groups)


def display_name(user: discord.abc.User) -> str:
    return getattr(user, "display_name", None) or user.name


def addressed_to_bot(message: discord.Message, bot_user_id: int, free_chat: bool) -> bool:
    """A DM, a mention of the bot, or any message in a mention-free channel."""
    if message.guild is None or free_chat:
        return True
    return bot_user_id in message.raw_mentions


def from_message(
    message: discord.Message,
    *,
    bot_user_id: int,
    guild_id: str,
    groups: tuple[str, ...] = (),
    attachments: tuple[Attachment, ...] = (),
) -> Incoming:
    """A message for the bot (see `addressed_to_bot`); `guild_id` resolved for DMs."""
    return Incoming(
        platform=Platform.DISCORD,
        workspace_id=guild_id,
        channel_id=str(message.channel.id),
        user_id=str(message.author.id),
        text=strip_bot_mention(message.content or "", bot_user_id),
        is_direct=message.guild is None,
        user_name=display_name(message.author),
        user_groups=groups,
        event_id=f"m{message.id}",
        from_bot=message.author.bot,
        attachments=attachments,
    )


def from_interaction(
    interaction: discord.Interaction,
    *,
    guild_id: str,
    groups: tuple[str, ...],
    text: str = "",
    action: Action | None = None,
) -> Incoming:
    """An app command (its text), a click (its action) or a form submission."""
    return Incoming(
        platform=Platform.DISCORD,
        workspace_id=guild_id,
        channel_id=str(interaction.channel_id or f"dm-{interaction.user.id}"),
        user_id=str(interaction.user.id),
        text=text,
        is_direct=interaction.guild_id is None,
        user_name=display_name(interaction.user),
        user_groups=groups,
        event_id=f"i{interaction.id}",
        action=action,
        private_origin=True,  # interactions are answered ephemerally (see `Sender`)
    )


def command_text(word: str, args: str | None) -> str:
    """An app command as the text the router knows: `/aide`, `/langue en`."""
    return f"/{word} {args or ''}".strip()


def number_or_none(raw: str) -> int | float | None:
    """A modal's number field (typed as text in Discord); raises ValueError if not a number."""
    raw = raw.strip().replace(",", ".")
    if not raw:
        return None
    number = float(raw)
    return int(number) if number.is_integer() and "." not in raw else number
