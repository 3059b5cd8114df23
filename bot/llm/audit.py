"""One audit entry per model request: who, why, which model, a SHA-256 of the exact JSON
body sent (never the plaintext), what the filter removed, how long, and how it ended.

A request the client's policy kept inside is audited too (`WITHHELD`, no payload hash).
Losing an audit row is logged loudly, never fatal to the reply.
"""

from __future__ import annotations

import hashlib
import logging
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

from bot.llm.calls import CallContext, FilteredTexts, Kind, ModelCallFailed

log = logging.getLogger(__name__)

WITHHELD = "withheld"  # the audit `model` of a request the policy kept inside


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    client: str
    purpose: str
    model: str
    kind: Kind
    payload_sha256: str
    entities_removed: dict[str, int]
    ok: bool
    duration_ms: float
    error: str | None = None  # the failure's class and HTTP status, never a payload


class AuditSink(Protocol):
    def record(self, entry: AuditEntry) -> None: ...


@dataclass
class ModelCall:
    """One request on its way: what was filtered, when it started, the bodies sent."""

    ctx: CallContext
    kind: Kind
    model: str
    filtered: FilteredTexts
    at: datetime = field(default_factory=lambda: datetime.now(UTC))
    started: float = field(default_factory=time.perf_counter)
    bodies: list[bytes] = field(default_factory=list)

    def failed(self, exc: BaseException) -> ModelCallFailed:
        status = getattr(exc, "status_code", None)
        detail = type(exc).__name__ + (f", HTTP {status}" if status else "")
        return ModelCallFailed(f"{self.kind} call to {self.model!r} failed ({detail})")


class CallAudit:
    """Logs each request and writes its audit entry to `sink` (none: log only)."""

    def __init__(self, sink: AuditSink | None) -> None:
        self._sink = sink

    def finished(self, call: ModelCall, *, error: str | None = None) -> None:
        ok = error is None
        duration_ms = (time.perf_counter() - call.started) * 1000
        body = call.bodies[-1] if call.bodies else b""  # retries resend the same body
        log.info(
            "model call client=%s purpose=%s kind=%s model=%s duration_ms=%.0f ok=%s",
            call.ctx.client,
            call.ctx.purpose,
            call.kind,
            call.model,
            duration_ms,
            ok,
        )
        self._record(
            AuditEntry(
                at=call.at,
                client=call.ctx.client,
                purpose=call.ctx.purpose,
                model=call.model,
                kind=call.kind,
                payload_sha256=hashlib.sha256(body).hexdigest(),
                entities_removed=dict(call.filtered.entities_removed),
                ok=ok,
                duration_ms=duration_ms,
                error=error,
            )
        )

    def withheld(self, ctx: CallContext, kind: Kind, model: str) -> None:
        """One audit row for a request that was not sent: nothing left, so no payload hash."""
        log.info(
            "model call withheld client=%s purpose=%s kind=%s sensitivity=%s",
            ctx.client,
            ctx.purpose,
            kind,
            ctx.sensitivity,
        )
        self._record(
            AuditEntry(
                at=datetime.now(UTC),
                client=ctx.client,
                purpose=ctx.purpose,
                model=model,
                kind=kind,
                payload_sha256="",
                entities_removed={},
                ok=False,
                duration_ms=0.0,
                error=f"{WITHHELD}: {ctx.sensitivity} passages not sent",
            )
        )

    def _record(self, entry: AuditEntry) -> None:
        if self._sink is None:
            return
        try:
            self._sink.record(entry)
        except Exception:
            # The call has happened; losing its audit row must be loud, not fatal to the reply.
            log.exception("audit entry not written (client=%s)", entry.client)
