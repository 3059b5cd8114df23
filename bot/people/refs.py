"""How a person is named on the command line: `PLATFORM:USER_ID` or an e-mail address."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.adapters.registry import PLATFORMS as CHAT_PLATFORMS

PLATFORMS = (*CHAT_PLATFORMS, "console")
_EMAIL = re.compile(r"^[^@\s:]+@[^@\s]+\.[^@\s]+$")


class PersonRefError(ValueError):
    """Not a way to name a person; the message says what is expected."""


@dataclass(frozen=True, slots=True)
class PersonRef:
    platform: str | None = None
    user_id: str | None = None
    email: str | None = None

    def __str__(self) -> str:
        return self.email or f"{self.platform}:{self.user_id}"


def parse_person_ref(text: str) -> PersonRef:
    """`slack:U0ABC123`, `discord:4242…`, `console:lea`, or `lea@example.org`."""
    value = text.strip()
    if _EMAIL.fullmatch(value):
        return PersonRef(email=value.lower())
    platform, sep, user_id = value.partition(":")
    platform = platform.lower()
    if not sep or platform not in PLATFORMS or not user_id.strip():
        raise PersonRefError(
            f"'{text}' names no person: use PLATFORM:USER_ID "
            f"({', '.join(PLATFORMS)}), e.g. slack:U0ABC123, or an e-mail address"
        )
    return PersonRef(platform=platform, user_id=user_id.strip())
