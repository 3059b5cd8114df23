"""What comes in from any platform, and what goes back out.

Adapters translate their platform's events into `Incoming` and render `Reply`
objects; nothing in between knows which platform it serves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

_PLATFORM_NAME = re.compile(r"^[a-z][a-z0-9_]{1,30}$")


class Platform(StrEnum):
    """Where an event comes from: a chat platform, the console, or the scheduler.

    A platform added later declares itself from its adapter package
    (`MATRIX = Platform.declare("matrix")`, see docs/extending.md): the core needs no edit.
    """

    CONSOLE = "console"
    SLACK = "slack"
    DISCORD = "discord"
    SCHEDULER = "scheduler"

    @classmethod
    def declare(cls, name: str) -> Platform:
        """The member for `name`, added if new; `Platform(name)` knows it from then on."""
        known = cls._value2member_map_.get(name)
        if known is not None:
            return known  # type: ignore[return-value]
        if not _PLATFORM_NAME.fullmatch(name):
            raise ValueError(f"'{name}' is not a platform name (lower-case letters, digits, _)")
        member = str.__new__(cls, name)
        member._name_ = name.upper()
        member._value_ = name
        cls._member_map_[member._name_] = member
        cls._member_names_.append(member._name_)
        cls._value2member_map_[name] = member
        type.__setattr__(cls, member._name_, member)
        return member


@dataclass(frozen=True, slots=True)
class Attachment:
    filename: str
    data: bytes
    content_type: str | None = None


@dataclass(frozen=True, slots=True)
class Action:
    """A click on a button or a choice in a list: `value` is the choice's value."""

    action_id: str
    value: str
    payload: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Incoming:
    """One event a person (or the scheduler) sent to the bot."""

    platform: Platform
    workspace_id: str  # Slack team, Discord guild, console: the client name
    channel_id: str
    user_id: str
    text: str = ""
    thread_id: str | None = None
    is_direct: bool = False
    user_name: str | None = None
    user_groups: tuple[str, ...] = ()
    event_id: str | None = None  # idempotency key: a platform retry carries the same one
    from_bot: bool = False
    action: Action | None = None
    attachments: tuple[Attachment, ...] = ()
    language: str | None = None  # what the person asked for, if the platform tells
    timezone: str | None = None  # the person's IANA time zone, if the platform tells
    # Replies in place are seen by the sender alone (a slash or app command, a click on an
    # ephemeral message): the platform shows them to nobody else, even in a channel.
    private_origin: bool = False

    @property
    def conversation_key(self) -> str:
        """One conversation per user, per channel/thread, per platform and workspace."""
        place = self.thread_id or self.channel_id
        return f"{self.platform}:{self.workspace_id}:{place}:{self.user_id}"


class ChoiceStyle(StrEnum):
    DEFAULT = "default"
    PRIMARY = "primary"
    DANGER = "danger"


@dataclass(frozen=True, slots=True)
class Choice:
    label: str
    value: str
    style: ChoiceStyle = ChoiceStyle.DEFAULT


@dataclass(frozen=True, slots=True)
class Field:
    label: str
    value: str


@dataclass(frozen=True, slots=True)
class Image:
    data: bytes
    alt: str
    filename: str = "image.png"


class FieldKind(StrEnum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    NUMBER = "number"
    SELECT = "select"


@dataclass(frozen=True, slots=True)
class FormField:
    name: str
    label: str
    kind: FieldKind = FieldKind.TEXT
    required: bool = True
    options: tuple[Choice, ...] = ()  # for SELECT
    placeholder: str | None = None
    initial: str | None = None


@dataclass(frozen=True, slots=True)
class Form:
    """Several fields answered at once (a Slack or Discord modal).

    Submitting it comes back as an `Incoming` whose `action.action_id` is
    `form_id` and whose `action.payload` maps field names to the typed values.
    """

    form_id: str
    title: str
    fields: tuple[FormField, ...]
    submit_label: str = "OK"
    open_label: str = "Ouvrir"  # the button that opens the form where a modal needs a click


class Target(StrEnum):
    SAME = "same"  # where the message came from (a mention is answered in its thread)
    DIRECT = "direct"  # a direct message to `user_id` (default: the sender)
    CHANNEL = "channel"  # another channel: `channel_id`


@dataclass(frozen=True, slots=True)
class SendOnce:
    """A reply the platform must show once, whatever the retries and restarts.

    `key` travels with the message (Slack message metadata, a Discord nonce). `look_first`:
    an earlier attempt may already have posted it (its process died before recording the
    send), so the adapter looks for `key` where the reply goes before posting, and counts
    the reply delivered when it is there. `since`: when the first attempt began (messages
    older than that cannot be it).
    """

    key: str
    look_first: bool = False
    since: datetime | None = None


@dataclass(frozen=True, slots=True)
class PostTag:
    """What a message the bot posts is about, so that it can be found again.

    The sender of a platform that can edit its messages records where a tagged message
    went (`PostedRef`); the person it quotes asking for erasure (`oubli`) then has it
    replaced (`Reply.replaces`). `about` names the kind ("handoff_card", "handoff_relay"),
    `handoff_id` the handoff it belongs to, if any.
    """

    client: str
    about: str
    person_platform: str
    person_id: str
    handoff_id: int | None = None


@dataclass(frozen=True, slots=True)
class PostedRef:
    """A message the bot posted, as its platform finds it again to edit it."""

    platform: str
    channel_id: str
    message_id: str  # Slack: the message's ts; Discord: the message id


@dataclass(frozen=True, slots=True)
class Reply:
    """One message the bot wants to show. Skills build these; adapters render them."""

    text: str
    choices: tuple[Choice, ...] = ()
    action_id: str | None = None  # what a click on one of the choices answers to
    fields: tuple[Field, ...] = ()
    image: Image | None = None
    # A document that goes with the message (a long synthesis as Markdown): a Slack upload,
    # a Discord attachment, a file written by the console.
    attachment: Attachment | None = None
    ephemeral: bool = False
    target: Target = Target.SAME
    channel_id: str | None = None
    user_id: str | None = None
    title: str | None = None
    context: str | None = None  # small print under the message (sources, "draft" labels…)
    form: Form | None = None
    # The most sensitive information it shows ("public", "internal", "confidential", like
    # documents): the outbound check keeps it from an audience that may not see that.
    sensitivity: str = "public"
    # Delivery that depends on another reply of the same batch: a reply with `after` is
    # sent only once the reply whose `key` it names was delivered; otherwise `otherwise`
    # (if any) is sent in its place. "Someone was told" is never said unless they were.
    key: str | None = None
    # The platform an addressed reply (DIRECT, CHANNEL) goes out on, when it is not the
    # one the turn came from: a card for staff in Slack about a person in Discord.
    platform: str | None = None
    after: str | None = None
    otherwise: Reply | None = None
    # Set by the outbox's sender on the message a row delivers (see `SendOnce`).
    once: SendOnce | None = None
    # What the message is about (see `PostTag`): its platform reference is recorded.
    tag: PostTag | None = None
    # A message posted earlier that this reply edits instead of posting a new one; if the
    # edit fails, `otherwise` (when set) is sent instead (`bot.adapters.replacing`).
    replaces: PostedRef | None = None
