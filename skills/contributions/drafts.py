"""A contribution being told in chat, before it is logged: read from a command or a sentence.

`contribution [pour PERSON] TYPE [DATE] [LIEN] [note…]` is read here (`read_command`);
"j'ai fait un témoignage vidéo hier" is guessed by `bot.contributions.guess`. Either way
the result is a `Draft` kept in the conversation state until it is logged or dropped.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from bot.contributions.dates import BadDay, find_day
from bot.contributions.guess import kind_named
from bot.contributions.kinds import fold
from bot.contributions.proofs import LINK, find_link
from bot.people.refs import PersonRef, PersonRefError, parse_person_ref
from bot.tenants import ClientConfig

FOR_WORDS = {"pour", "for"}
_MENTION = re.compile(r"^<@!?([A-Za-z0-9]+)(?:\|[^>]*)?>$")
MAX_KIND_WORDS = 3


@dataclass
class Draft:
    token: str
    person_id: int
    day: str  # ISO date
    kind: str | None = None
    url: str | None = None
    file_path: str | None = None  # kept under the home, relative
    file_name: str | None = None
    note: str | None = None
    for_other: bool = False  # staff logging on someone's behalf
    origin: str = "command"  # "command": logged once complete; "guess": confirmed first
    awaiting: str | None = None  # "date": the next message is the day

    @classmethod
    def new(cls, person_id: int, day: date, **values: Any) -> Draft:
        return cls(token=secrets.token_hex(3), person_id=person_id, day=day.isoformat(), **values)

    def as_state(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def of_state(cls, data: object) -> Draft | None:
        if not isinstance(data, dict):
            return None
        try:
            return cls(**data)
        except TypeError:
            return None

    @property
    def on(self) -> date:
        return date.fromisoformat(self.day)


@dataclass
class ReadCommand:
    """What `contribution …` said: a ref for someone else, a kind (or what was typed)…"""

    for_ref: PersonRef | None = None
    for_typed: str | None = None
    kind: str | None = None
    unknown_kind: str | None = None
    day: date | None = None
    bad_day: str | None = None
    bad_person: str | None = None
    url: str | None = None
    note: str | None = None


def person_ref(typed: str, platform: str) -> PersonRef:
    """`slack:U0…`, an e-mail, a Slack or Discord mention, or `@name` on the console."""
    mention = _MENTION.fullmatch(typed)
    if mention:
        return PersonRef(platform=platform, user_id=mention.group(1))
    if typed.startswith("@") and platform == "console" and len(typed) > 1:
        return PersonRef(platform="console", user_id=typed[1:])
    return parse_person_ref(typed)


def read_command(config: ClientConfig, args: str, today: date, platform: str) -> ReadCommand:
    read = ReadCommand()
    words = args.split()
    if len(words) >= 2 and fold(words[0]) in FOR_WORDS:
        read.for_typed = words[1]
        try:
            read.for_ref = person_ref(words[1], platform)
        except PersonRefError:
            read.bad_person = words[1]
            return read
        words = words[2:]
    read.url = find_link(" ".join(words))
    words = [w for w in words if not LINK.match(w)]
    for count in range(min(MAX_KIND_WORDS, len(words)), 0, -1):
        kind = kind_named(config, " ".join(words[:count]))
        if kind is not None:
            read.kind, words = kind.id, words[count:]
            break
    else:
        if words:
            read.unknown_kind, words = words[0], words[1:]
    rest = " ".join(words)
    try:
        found = find_day(rest, today)
    except BadDay as exc:
        read.bad_day = str(exc)
        found = None
    if found is not None:
        read.day = found[0]
        rest = _without(rest, found[1])
    read.note = rest.strip(" ,;-–") or None
    return read


def _without(text: str, said: str) -> str:
    """The text without the words that gave the date (compared without accents)."""
    folded = fold(text)
    at = folded.find(said)
    if at < 0 or len(folded) != len(" ".join(text.split())):
        return text
    flat = " ".join(text.split())
    return (flat[:at] + flat[at + len(said) :]).strip()
