"""The door of the HTTP mode: nothing reaches Bolt before Slack's signature is checked.

Bolt parses a request before checking its signature (a malformed unsigned body
answered 500 with a traceback) and logs the whole body of a request it refuses, at
INFO (one forged 1 MB request added 1 MB to the log). Here the raw body is read up
to a cap (413 above it), its signature and timestamp are checked on the bytes
(401 for anything not signed by Slack), and a refusal is logged with the method,
path, length and reason only. Bolt's own log lines are bounded in length too.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable

from aiohttp import web
from slack_sdk.signature import SignatureVerifier

log = logging.getLogger(__name__)

# Slack does not document a maximum. A message holds at most 40,000 characters (plus its
# rich-text copy in `blocks`), a modal at most 100 blocks of 3,000: real requests stay far
# below 1 MiB even JSON-escaped. Above it, the body is not even read.
MAX_BODY_BYTES = 1024 * 1024
MAX_CLOCK_SKEW = 5 * 60  # seconds: Slack's replay window
MAX_LOG_CHARS = 500  # a Bolt log line longer than this is cut

Handler = Callable[[web.Request, bytes], Awaitable[web.StreamResponse]]


class Refused(Exception):
    def __init__(self, status: int, reason: str, length: int) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason
        self.length = length


async def read_capped(request: web.Request, limit: int) -> bytes:
    """The raw body, or Refused(413) as soon as it is known to exceed `limit` bytes."""
    declared = request.content_length
    if declared is not None and declared > limit:
        raise Refused(413, f"body over {limit} bytes", declared)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.content.iter_chunked(64 * 1024):
        size += len(chunk)
        if size > limit:
            raise Refused(413, f"body over {limit} bytes", size)
        chunks.append(chunk)
    return b"".join(chunks)


def check_signature(
    verifier: SignatureVerifier, body: bytes, timestamp: str | None, signature: str | None
) -> None:
    """Raise Refused(401) unless Slack signed this body, within the replay window."""
    length = len(body)
    if not timestamp or not signature:
        raise Refused(401, "unsigned (no signature or timestamp header)", length)
    try:
        sent_at = int(timestamp)
    except ValueError:
        raise Refused(401, "invalid timestamp header", length) from None
    if abs(time.time() - sent_at) > MAX_CLOCK_SKEW:
        raise Refused(401, "timestamp outside the 5-minute window", length)
    try:
        body.decode("utf-8")  # Slack sends UTF-8; the verifier would raise on anything else
    except UnicodeDecodeError:
        raise Refused(401, "body is not UTF-8", length) from None
    if not verifier.is_valid(body, timestamp, signature):
        raise Refused(401, "bad signature", length)


def guarded(handler: Handler, signing_secret: str, *, max_body: int = MAX_BODY_BYTES):
    """An aiohttp handler that calls `handler(request, body)` only for signed requests."""
    verifier = SignatureVerifier(signing_secret)

    async def guard(request: web.Request) -> web.StreamResponse:
        try:
            body = await read_capped(request, max_body)
            check_signature(
                verifier,
                body,
                request.headers.get("X-Slack-Request-Timestamp"),
                request.headers.get("X-Slack-Signature"),
            )
        except Refused as refused:
            log.warning(
                "Slack request refused (%d): %s %s, %d bytes: %s",
                refused.status,
                request.method,
                request.path,
                refused.length,
                refused.reason,
            )
            return web.json_response({"error": refused.reason}, status=refused.status)
        return await handler(request, body)

    return guard


class BoundedMessage(logging.Filter):
    """Cut a log line to `MAX_LOG_CHARS`: no request body, whole, in the log."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if len(message) > MAX_LOG_CHARS:
            record.msg = f"{message[:MAX_LOG_CHARS]}… [{len(message)} characters, cut]"
            record.args = None
        return True


def bolt_logger() -> logging.Logger:
    """The logger Bolt and its middleware use: WARNING and above, bounded lines.

    Without it each Bolt class logs at the root's level (INFO), whatever the
    `slack_bolt` logger is set to.
    """
    logger = logging.getLogger("slack_bolt.ambassade")
    logger.setLevel(max(logging.WARNING, logging.getLogger("slack_bolt").getEffectiveLevel()))
    if not any(isinstance(f, BoundedMessage) for f in logger.filters):
        logger.addFilter(BoundedMessage())
    return logger
