"""The recent messages of a conversation, kept in its state for the staff card."""

from __future__ import annotations

from typing import Any

TRANSCRIPT_KEY = "transcript"
# Enough for any client's `handoff.transcript_messages` (at most 30).
KEPT = 30
LINE_CHARS = 500


def remember(state: dict[str, Any], who: str, message: str) -> None:
    """Append one message (`who`: "user" or "bot") and keep the last `KEPT`."""
    message = message.strip()
    if not message:
        return
    lines = list(state.get(TRANSCRIPT_KEY) or [])
    lines.append({"who": who, "text": message[:LINE_CHARS]})
    state[TRANSCRIPT_KEY] = lines[-KEPT:]


def recent(state: dict[str, Any], count: int) -> list[dict[str, str]]:
    lines = list(state.get(TRANSCRIPT_KEY) or [])
    return lines[-count:] if count > 0 else []


def last_user_message(state: dict[str, Any]) -> str:
    lines = state.get(TRANSCRIPT_KEY) or []
    return next((line["text"] for line in reversed(lines) if line["who"] == "user"), "")
