"""Numbers and codes typed in chat (a handoff number, a step, a workshop code), read with bounds.

Every command that takes a number from a person reads it here, so that no text
reaches `int()` or the database unchecked: only ASCII digits count (`"²".isdigit()`
is true, but `int("²")` fails), and a number beyond what the database can hold is
refused before it is converted (SQLite raises OverflowError, PostgreSQL "out of range").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from prompts.catalog import text

# The smallest integer primary key among the supported databases (PostgreSQL INTEGER).
DATABASE_ID_MAX = 2**31 - 1
SHOWN_CHARS = 12  # how much of a bad value a reply quotes back

_PREFIX = re.compile(r"^(?:#|n°|no\.?\s*|nº)\s*", re.IGNORECASE)
_DIGITS = re.compile(r"[0-9]+")


class NumberProblem(StrEnum):
    MISSING = "missing"
    NOT_A_NUMBER = "not_a_number"
    TOO_SMALL = "too_small"
    TOO_LARGE = "too_large"


@dataclass(frozen=True)
class BadNumber:
    """Why a typed value is not a usable number, with what was typed and the bounds."""

    problem: NumberProblem
    typed: str
    minimum: int
    maximum: int

    @property
    def shown(self) -> str:
        return shorten(self.typed)


def shorten(value: str, limit: int = SHOWN_CHARS) -> str:
    """A typed value as quoted back in a reply: at most `limit` characters."""
    value = value.strip()
    return value if len(value) <= limit else value[:limit].rstrip() + "…"


def parse_id(
    typed: str, *, minimum: int = 1, maximum: int = DATABASE_ID_MAX, prefixed: bool = True
) -> int | BadNumber:
    """A whole number within [minimum, maximum], or why not.

    `prefixed` accepts "#12", "n°12" and "no 12" as 12 (how people write ticket numbers).
    """
    raw = typed.strip()
    if not raw:
        return BadNumber(NumberProblem.MISSING, raw, minimum, maximum)
    digits = _PREFIX.sub("", raw, count=1) if prefixed else raw
    if not _DIGITS.fullmatch(digits):
        return BadNumber(NumberProblem.NOT_A_NUMBER, raw, minimum, maximum)
    significant = digits.lstrip("0") or "0"
    if len(significant) > len(str(maximum)):  # refused before int(): no huge conversion
        return BadNumber(NumberProblem.TOO_LARGE, raw, minimum, maximum)
    number = int(significant)
    if number > maximum:
        return BadNumber(NumberProblem.TOO_LARGE, raw, minimum, maximum)
    if number < minimum:
        return BadNumber(NumberProblem.TOO_SMALL, raw, minimum, maximum)
    return number


def first_id(typed: str, **bounds: Any) -> tuple[int | BadNumber, str]:
    """The number at the start of `typed` (`parse_id`), and the rest of the text."""
    stripped = typed.strip()
    prefix = _PREFIX.match(stripped) if bounds.get("prefixed", True) else None
    start = prefix.end() if prefix else 0  # "n° 12 merci": the prefix may stand apart
    head, _, rest = stripped[start:].partition(" ")
    return parse_id(stripped[:start] + head, **bounds), rest.strip()


def parse_code(typed: str, alphabet: str, length: int) -> str | None:
    """A short code (a workshop's `K7P2Q`), upper-cased, or None when it cannot be one."""
    code = typed.strip().upper()
    if len(code) != length or any(ch not in alphabet for ch in code):
        return None
    return code


def bad_number_text(language: str, bad: BadNumber, what: str) -> str:
    """ "« 9999… » n'est pas un numéro de relais valide : …", `what` naming the kind of number.

    `what` is a key under `commands.number.what` (handoff, step, days, choice…).
    """
    return text(
        language,
        f"commands.number.{bad.problem}",
        value=bad.shown,
        what=text(language, f"commands.number.what.{what}"),
        minimum=bad.minimum,
        maximum=bad.maximum,
    )
