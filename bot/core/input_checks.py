"""What a message must look like before any skill sees it."""

from __future__ import annotations

import unicodedata
from enum import StrEnum

MAX_MESSAGE_CHARS = 4000


class InputProblem(StrEnum):
    EMPTY = "empty"
    TOO_LONG = "too_long"
    UNREADABLE = "unreadable"


def clean_text(raw: str) -> str:
    """Drop control characters (but keep line breaks and tabs) and normalise to NFC."""
    kept = (
        ch for ch in raw if ch in "\n\t" or unicodedata.category(ch)[0] != "C" or ch == "\u200d"
    )
    return unicodedata.normalize("NFC", "".join(kept)).strip()


def problem_with(raw: str, cleaned: str) -> InputProblem | None:
    """Why a message cannot be handled, or None when it can."""
    if len(raw) > MAX_MESSAGE_CHARS:
        return InputProblem.TOO_LONG
    if not cleaned:
        return InputProblem.UNREADABLE if raw.strip() else InputProblem.EMPTY
    junk = sum(1 for ch in raw if ch == "\ufffd" or unicodedata.category(ch) in ("Cc", "Co", "Cn"))
    if junk and junk / len(raw) > 0.2:
        return InputProblem.UNREADABLE
    return None
