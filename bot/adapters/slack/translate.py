"""Slack payloads → `Incoming`: pure functions, no I/O.

Each translator returns an `Inbound`: the platform-neutral `Incoming` and the
`SlackPlace` the answer goes back to (channel, thread, or the `response_url` of an
ephemeral origin such as a slash command). User groups and display names need
Web API calls: the adapter adds them afterwards.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from bot.core.messages import Action, Incoming, Platform

# A click on this button opens the reply's form as a modal; it never reaches the pipeline.
FORM_OPEN_ACTION = "ambassade.form"
_MENTION = re.compile(r"<@([A-Z0-9]+)(?:\|[^>]*)?>")
_SPACES = re.compile(r"[ \t]{2,}")
HOME_CHANNEL = "home"  # channel id of an Incoming from the App Home tab (no real channel)
FILE_SHARE = "file_share"  # the subtype of a message that shares files
_UNAVAILABLE_MODES = {"tombstone", "hidden_by_limit", "external"}


@dataclass(frozen=True, slots=True)
class SlackPlace:
    """Where the answers to one Slack interaction go."""

    team_id: str
    user_id: str
    channel_id: str | None  # None: the App Home tab (answers go to a DM)
    thread_ts: str | None = None
    response_url: str | None = None  # set when the origin is only visible to the user
    is_direct: bool = False
    # The thread already existed (Slack hides ephemeral messages sent to a thread not yet started).
    in_thread: bool = False

    @property
    def workspace_id(self) -> str:
        return self.team_id

    def describe(self) -> str:
        """The place in a log line."""
        return f"team={self.team_id}, channel={self.channel_id}, user={self.user_id}"

    def to_metadata(self) -> str:
        """The place as a modal's `private_metadata`, so a submission answers in the same spot."""
        data = {
            "c": self.channel_id,
            "t": self.thread_ts,
            "r": self.response_url,
            "d": self.is_direct,
            "i": self.in_thread,
        }
        return json.dumps({k: v for k, v in data.items() if v}, separators=(",", ":"))


@dataclass(frozen=True, slots=True)
class SlackFile:
    """A file shared with a message: what is needed to fetch it (and to name it to the user)."""

    file_id: str
    name: str
    url: str | None  # `url_private_download` (or `url_private`); None: ask `files.info`
    size: int | None = None
    mimetype: str | None = None
    available: bool = True  # False: deleted, hidden by the plan's limit, or an external link


@dataclass(frozen=True, slots=True)
class Inbound:
    incoming: Incoming
    place: SlackPlace
    files: tuple[SlackFile, ...] = ()  # downloaded by the adapter into `incoming.attachments`


def unescape(text: str) -> str:
    """Slack escapes &, < and > in message text."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def strip_bot_mention(text: str, bot_user_id: str | None) -> str:
    """The text without the mentions of the bot, with its other mentions kept."""
    if bot_user_id:
        text = _MENTION.sub(lambda m: "" if m.group(1) == bot_user_id else m.group(0), text)
    return _SPACES.sub(" ", text).strip()


def _is_im(channel_id: str | None, channel_type: str | None = None) -> bool:
    return channel_type == "im" or bool(channel_id and channel_id.startswith("D"))


def _team_of(body: dict[str, Any]) -> str:
    team = body.get("team")
    if isinstance(team, dict) and team.get("id"):
        return str(team["id"])
    if isinstance(team, str) and team:
        return team
    return str(body.get("team_id") or body.get("user", {}).get("team_id") or "")


def file_of(item: dict[str, Any]) -> SlackFile | None:
    """One Slack file object; None when it has no id."""
    if not item.get("id"):
        return None
    size = item.get("size")
    # Slack Connect files arrive as stubs: their details need a `files.info` call.
    stub = item.get("file_access") == "check_file_info"
    return SlackFile(
        file_id=str(item["id"]),
        name=str(item.get("name") or item.get("title") or item["id"]),
        url=None if stub else item.get("url_private_download") or item.get("url_private"),
        size=size if isinstance(size, int) else None,
        mimetype=item.get("mimetype"),
        available=not item.get("is_external") and item.get("mode") not in _UNAVAILABLE_MODES,
    )


def files_of(event: dict[str, Any]) -> tuple[SlackFile, ...]:
    """The files shared with a message event, in the order the person attached them."""
    items = [file_of(item) for item in event.get("files") or [] if isinstance(item, dict)]
    return tuple(item for item in items if item is not None)


def from_event(body: dict[str, Any], bot_user_id: str | None) -> Inbound | None:
    """An `app_mention` or a direct `message`, with its files; None for what the bot must ignore.

    A mention outside a thread gets `thread_id` = its own ts, so the answer opens a
    thread under it and the follow-up mentions in that thread share one conversation.
    """
    event = body.get("event") or {}
    kind = event.get("type")
    if event.get("subtype") not in (None, FILE_SHARE) or event.get("bot_id"):
        return None  # edits, joins, other bots
    if not event.get("user") or event.get("user") == bot_user_id:
        return None  # the bot itself (its own file uploads come back as `file_share`)
    channel = str(event.get("channel") or "")
    is_direct = _is_im(channel, event.get("channel_type"))
    if kind == "app_mention":
        if is_direct:
            return None  # a DM also arrives as `message`: answer it once
        thread_ts = event.get("thread_ts") or event.get("ts")
    elif kind == "message" and is_direct:
        thread_ts = event.get("thread_ts")
    else:
        return None
    team = str(body.get("team_id") or event.get("team") or "")
    user = str(event["user"])
    incoming = Incoming(
        platform=Platform.SLACK,
        workspace_id=team,
        channel_id=channel,
        user_id=user,
        text=strip_bot_mention(unescape(str(event.get("text") or "")), bot_user_id),
        thread_id=thread_ts,
        is_direct=is_direct,
        event_id=body.get("event_id"),
    )
    place = SlackPlace(
        team, user, channel, thread_ts, is_direct=is_direct, in_thread=bool(event.get("thread_ts"))
    )
    return Inbound(incoming, place, files_of(event))


def from_command(command: dict[str, Any]) -> Inbound:
    """`/ambassade aide` → the text "aide"; a bare `/ambassade` asks for help."""
    team, user = str(command.get("team_id") or ""), str(command.get("user_id") or "")
    channel = str(command.get("channel_id") or "")
    is_direct = _is_im(channel) or command.get("channel_name") == "directmessage"
    incoming = Incoming(
        platform=Platform.SLACK,
        workspace_id=team,
        channel_id=channel,
        user_id=user,
        user_name=command.get("user_name"),
        text=unescape(str(command.get("text") or "")).strip() or "aide",
        is_direct=is_direct,
        private_origin=bool(command.get("response_url")),  # answered ephemerally through it
    )
    place = SlackPlace(team, user, channel, response_url=command.get("response_url"))
    return Inbound(incoming, place)


def clicked(action: dict[str, Any]) -> tuple[str, str, str]:
    """(skill action id, value, label) of a button or select click.

    Buttons carry `f"{reply.action_id}|{index}"` (Slack wants unique ids per message).
    """
    action_id = str(action.get("action_id") or "")
    base = action_id.rpartition("|")[0] if "|" in action_id else action_id
    if action.get("type") == "static_select":
        option = action.get("selected_option") or {}
        return base, str(option.get("value") or ""), str(option.get("text", {}).get("text", ""))
    return base, str(action.get("value") or ""), str(action.get("text", {}).get("text", ""))


def place_of_action(body: dict[str, Any]) -> SlackPlace:
    """Where a click happened: a message (maybe ephemeral, maybe in a thread) or the Home tab."""
    team, user = _team_of(body), str(body.get("user", {}).get("id") or "")
    container = body.get("container") or {}
    if container.get("type") == "view" or body.get("view", {}).get("type") == "home":
        return SlackPlace(team, user, None, is_direct=True)
    channel = str(container.get("channel_id") or body.get("channel", {}).get("id") or "")
    message = body.get("message") or {}
    ephemeral = bool(container.get("is_ephemeral"))
    thread_ts = container.get("thread_ts") or message.get("thread_ts")
    return SlackPlace(
        team,
        user,
        channel,
        thread_ts=thread_ts,
        response_url=body.get("response_url") if ephemeral else None,
        is_direct=_is_im(channel),
        in_thread=bool(thread_ts),
    )


def from_block_action(body: dict[str, Any], action: dict[str, Any]) -> Inbound:
    place = place_of_action(body)
    action_id, value, _ = clicked(action)
    incoming = Incoming(
        platform=Platform.SLACK,
        workspace_id=place.team_id,
        channel_id=place.channel_id or HOME_CHANNEL,
        user_id=place.user_id,
        user_name=body.get("user", {}).get("username"),
        thread_id=place.thread_ts,
        is_direct=place.is_direct,
        action=Action(action_id=action_id, value=value),
        private_origin=bool(place.response_url),  # a click on an ephemeral message
    )
    return Inbound(incoming, place)


def _number(raw: str | None) -> int | float | None:
    if raw in (None, ""):
        return None
    number = float(raw)
    return int(number) if number.is_integer() and "." not in raw else number


def form_values(state_values: dict[str, Any]) -> dict[str, Any]:
    """A modal's state → {field name: typed value}; the block id is the field name."""
    values: dict[str, Any] = {}
    for block_id, elements in state_values.items():
        for element in elements.values():
            kind = element.get("type")
            if kind == "number_input":
                values[block_id] = _number(element.get("value"))
            elif kind in ("static_select", "radio_buttons"):
                values[block_id] = (element.get("selected_option") or {}).get("value")
            else:
                values[block_id] = element.get("value")
    return values


def from_view_submission(body: dict[str, Any]) -> Inbound:
    """A submitted form: `Action(form_id, "", payload=values)`, answered where it was opened."""
    view = body.get("view") or {}
    team, user = _team_of(body), str(body.get("user", {}).get("id") or "")
    try:
        meta = json.loads(view.get("private_metadata") or "{}")
    except json.JSONDecodeError:
        meta = {}
    place = SlackPlace(
        team,
        user,
        meta.get("c"),
        thread_ts=meta.get("t"),
        response_url=meta.get("r"),
        is_direct=bool(meta.get("d")) or not meta.get("c"),
        in_thread=bool(meta.get("i")),
    )
    values = form_values((view.get("state") or {}).get("values") or {})
    incoming = Incoming(
        platform=Platform.SLACK,
        workspace_id=team,
        channel_id=place.channel_id or HOME_CHANNEL,
        user_id=user,
        user_name=body.get("user", {}).get("username"),
        thread_id=place.thread_ts,
        is_direct=place.is_direct,
        action=Action(action_id=str(view.get("callback_id") or ""), value="", payload=values),
        private_origin=bool(place.response_url),
    )
    return Inbound(incoming, place)


def home_viewer(body: dict[str, Any]) -> Inbound | None:
    """Who opened the App Home tab; None for the Messages tab."""
    event = body.get("event") or {}
    if event.get("tab", "home") != "home" or not event.get("user"):
        return None
    team, user = str(body.get("team_id") or ""), str(event["user"])
    incoming = Incoming(
        platform=Platform.SLACK,
        workspace_id=team,
        channel_id=HOME_CHANNEL,
        user_id=user,
        is_direct=True,
    )
    return Inbound(incoming, SlackPlace(team, user, None, is_direct=True))
