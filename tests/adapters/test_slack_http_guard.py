"""Item 7 of issue 13: the HTTP endpoint checks Slack's signature before anything else.

A real aiohttp server on loopback (port 0) serves the Bolt app; the logs are
captured at INFO, as `ambassade run slack --http` writes them.
"""

from __future__ import annotations

import json
import logging
import time
import urllib.parse

import pytest

from bot.adapters.slack.http_guard import MAX_BODY_BYTES
from tests.adapters.slack_harness import (
    SlackHarness,
    event_body,
    mention,
    signed_headers,
    slack,
)

__all__ = ["slack"]


@pytest.fixture
def info_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Logs at INFO from before the app is built, as in `ambassade run` (Bolt's loggers
    take the root's level when they are created)."""
    caplog.set_level(logging.INFO)
    return caplog


async def _post(slack: SlackHarness, body: bytes, headers: dict[str, str]) -> tuple[int, str]:
    async with slack.session.post(slack.url, data=body, headers=headers) as response:
        return response.status, await response.text()


def _logged(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(
        record.getMessage() + (str(record.exc_info) if record.exc_info else "")
        for record in caplog.records
    )


async def test_i13_7_a_forged_1mb_body_gets_401_and_stays_out_of_the_log(
    info_logs: pytest.LogCaptureFixture, slack: SlackHarness
) -> None:
    caplog = info_logs
    body = json.dumps(event_body(mention("x" * 1_000_000))).encode()
    assert 1_000_000 < len(body) <= MAX_BODY_BYTES
    forged = signed_headers(body.decode(), "application/json", secret="not-the-secret")
    for headers in (forged, {"Content-Type": "application/json"}):  # wrong key, no signature
        status, _ = await _post(slack, body, headers)
        assert status == 401
    logged = _logged(caplog)
    assert len(logged) < 2_000, logged[:500]
    assert "xxxxxxxxxx" not in logged
    refusals = [r.getMessage() for r in caplog.records if "refused" in r.getMessage()]
    assert len(refusals) == 2
    assert f"POST /slack/events, {len(body)} bytes: bad signature" in refusals[0]
    assert "unsigned" in refusals[1]
    assert slack.api.calls_to("chat.postMessage") == []


async def test_i13_7_a_body_over_the_cap_gets_413_unread(
    info_logs: pytest.LogCaptureFixture, slack: SlackHarness
) -> None:
    caplog = info_logs
    body = b"{" + b" " * MAX_BODY_BYTES + b"}"
    status, _ = await _post(slack, body, signed_headers(body.decode(), "application/json"))
    assert status == 413
    assert len(_logged(caplog)) < 1_000


@pytest.mark.parametrize(
    ("body", "headers"),
    [
        (b"payload=%7Bnot+json", {"Content-Type": "application/x-www-form-urlencoded"}),
        (b"{not json", {"Content-Type": "application/json"}),
        (b"\xff\xfe\x00garbage", {"Content-Type": "application/json"}),
        (
            b"{}",
            {
                "Content-Type": "application/json",
                "X-Slack-Request-Timestamp": "soon",
                "X-Slack-Signature": "v0=00",
            },
        ),
    ],
)
async def test_i13_7_a_malformed_unsigned_body_gets_401_without_a_traceback(
    info_logs: pytest.LogCaptureFixture,
    slack: SlackHarness,
    body: bytes,
    headers: dict[str, str],
) -> None:
    caplog = info_logs
    status, text = await _post(slack, body, headers)
    assert status == 401
    assert "Traceback" not in text
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]


async def test_i13_7_a_stale_signed_request_is_refused(slack: SlackHarness) -> None:
    body = json.dumps(event_body(mention("aide")))
    headers = signed_headers(body, "application/json", at=int(time.time()) - 600)
    status, _ = await _post(slack, body.encode(), headers)
    assert status == 401


async def test_i13_7_a_signed_but_malformed_body_gets_400_not_500(
    info_logs: pytest.LogCaptureFixture, slack: SlackHarness
) -> None:
    caplog = info_logs
    body = "payload=%7Bnot+json"
    headers = signed_headers(body, "application/x-www-form-urlencoded")
    status, _ = await _post(slack, body.encode(), headers)
    assert status == 400
    assert not [r for r in caplog.records if r.exc_info]
    assert "not json" not in _logged(caplog)


async def test_i13_7_properly_signed_requests_still_work(slack: SlackHarness) -> None:
    response = await slack.event(mention("aide"))
    assert response.status == 200
    [post] = await slack.api.wait_for("chat.postMessage")
    assert "Voici ce que je peux faire" in json.dumps(post.params, ensure_ascii=False)
    fields = {"command": "/ambassade", "text": "aide", "team_id": "T-ACME", "user_id": "U-AMB"}
    fields |= {"channel_id": "C-GEN", "response_url": slack.api.response_url("cmd")}
    response = await slack.post(urllib.parse.urlencode(fields), "application/x-www-form-urlencoded")
    assert response.status == 200


def test_i13_7_bolt_log_lines_are_bounded() -> None:
    from bot.adapters.slack.http_guard import MAX_LOG_CHARS, BoundedMessage

    record = logging.LogRecord(
        "slack_bolt.x", logging.INFO, __file__, 1, "body: %s", ("y" * 10**6,), None
    )
    assert BoundedMessage().filter(record)
    assert len(record.getMessage()) < MAX_LOG_CHARS + 100
