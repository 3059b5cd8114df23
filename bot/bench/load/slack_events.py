"""Slack Events API requests as Slack sends them: a direct message's `event_callback`,
signed with the app's signing secret (`X-Slack-Signature`: `v0=` HMAC-SHA256 of
`v0:{timestamp}:{body}`), and Slack's retry of an event nobody acknowledged in time
(same `event_id`, new signature, `X-Slack-Retry-Num`)."""

from __future__ import annotations

import json
import time

from slack_sdk.signature import SignatureVerifier

TEAM = "T-BENCH"  # the fake Web API's workspace (`auth.test`)
BOT_USER = "UBOT"


def dm_channel(user: str) -> str:
    """The DM channel of a person with the bot (the fake's `conversations.open` agrees)."""
    return f"D{user}"


def message_event(event_id: str, user: str, text: str, sent_at: float) -> bytes:
    """A direct message to the bot, as the Events API delivers it."""
    ts = f"{sent_at:.6f}"
    body = {
        "token": "unused-verification-token",
        "team_id": TEAM,
        "api_app_id": "A-BENCH",
        "type": "event_callback",
        "event_id": event_id,
        "event_time": int(sent_at),
        "authorizations": [{"team_id": TEAM, "user_id": BOT_USER, "is_bot": True}],
        "event": {
            "type": "message",
            "channel_type": "im",
            "channel": dm_channel(user),
            "user": user,
            "text": text,
            "ts": ts,
            "event_ts": ts,
            "team": TEAM,
        },
    }
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


def signed_headers(secret: str, body: bytes, *, retry: int = 0) -> dict[str, str]:
    """The headers Slack sends with `body`, signed now."""
    timestamp = str(int(time.time()))
    signature = SignatureVerifier(secret).generate_signature(timestamp=timestamp, body=body)
    assert signature is not None  # None only without a timestamp or body
    headers = {
        "Content-Type": "application/json",
        "X-Slack-Request-Timestamp": timestamp,
        "X-Slack-Signature": signature,
    }
    if retry:
        headers["X-Slack-Retry-Num"] = str(retry)
        headers["X-Slack-Retry-Reason"] = "http_timeout"
    return headers
