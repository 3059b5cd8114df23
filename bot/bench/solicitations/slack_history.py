"""What a fake Slack Web API keeps of posted messages, and `conversations.history` over it.

Shared by the bench's fake (`fake_slack`) and the tests' (`tests/fakes/slack_api.py`). Like
Slack: each channel's top-level messages (thread replies stay in their thread), newest
first, `limit` (default 100, at most 999) with cursor pagination (`has_more`,
`response_metadata.next_cursor`), `oldest` / `latest` / `inclusive`, and a message's
`metadata` (the `event_type` / `event_payload` given to chat.postMessage) returned only
with `include_all_metadata`. chat.update changes a message, chat.delete removes it.
"""

from __future__ import annotations

import base64
import json
from collections import defaultdict
from typing import Any

DEFAULT_LIMIT = 100
MAX_LIMIT = 999


def truthy(value: Any) -> bool:
    return value is True or str(value).lower() in ("1", "true")


class ChannelHistory:
    def __init__(self) -> None:
        self._channels: dict[str, list[dict[str, Any]]] = defaultdict(list)  # oldest first

    def post(
        self, channel: str, ts: str, params: dict[str, Any], bot: dict[str, str]
    ) -> dict[str, Any]:
        """Keep a posted message; returns it as chat.postMessage shows it."""
        message: dict[str, Any] = {
            "type": "message",
            "ts": ts,
            "text": str(params.get("text") or ""),
            **bot,
        }
        blocks = params.get("blocks")
        if blocks:
            message["blocks"] = json.loads(blocks) if isinstance(blocks, str) else blocks
        metadata = params.get("metadata")
        if isinstance(metadata, str) and metadata:
            metadata = json.loads(metadata)
        if metadata:
            message["metadata"] = metadata
        if params.get("thread_ts"):
            message["thread_ts"] = params["thread_ts"]
        else:
            self._channels[channel].append(message)
        return message

    def update(self, channel: str, ts: str, params: dict[str, Any]) -> None:
        for message in self._channels.get(channel, []):
            if message["ts"] == ts:
                message["text"] = str(params.get("text") or message["text"])
                if params.get("blocks"):
                    blocks = params["blocks"]
                    message["blocks"] = json.loads(blocks) if isinstance(blocks, str) else blocks

    def delete(self, channel: str, ts: str) -> None:
        kept = [m for m in self._channels.get(channel, []) if m["ts"] != ts]
        self._channels[channel] = kept

    def messages(self, channel: str) -> list[dict[str, Any]]:
        """The channel's top-level messages, oldest first (for assertions)."""
        return list(self._channels.get(channel, []))

    def history(self, params: dict[str, Any]) -> dict[str, Any]:
        """The answer of conversations.history (without "ok")."""
        channel = str(params.get("channel") or "")
        inclusive = truthy(params.get("inclusive"))
        oldest, latest = params.get("oldest"), params.get("latest")
        newest_first = [
            m
            for m in reversed(self._channels.get(channel, []))
            if _within(float(m["ts"]), oldest, latest, inclusive)
        ]
        start = _offset(params.get("cursor"))
        limit = max(1, min(MAX_LIMIT, int(params.get("limit") or DEFAULT_LIMIT)))
        page = newest_first[start : start + limit]
        if not truthy(params.get("include_all_metadata")):
            page = [{k: v for k, v in m.items() if k != "metadata"} for m in page]
        more = start + limit < len(newest_first)
        cursor = base64.b64encode(f"offset:{start + limit}".encode()).decode() if more else ""
        return {
            "messages": page,
            "has_more": more,
            "pin_count": 0,
            "response_metadata": {"next_cursor": cursor},
        }


def _within(ts: float, oldest: Any, latest: Any, inclusive: bool) -> bool:
    if oldest not in (None, ""):
        low = float(oldest)
        if ts < low or (ts == low and not inclusive):
            return False
    if latest not in (None, ""):
        high = float(latest)
        if ts > high or (ts == high and not inclusive):
            return False
    return True


def _offset(cursor: Any) -> int:
    if not cursor:
        return 0
    text = base64.b64decode(str(cursor)).decode()
    return int(text.removeprefix("offset:"))
