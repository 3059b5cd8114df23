"""The model gateway: the one place every chat or embedding call goes through.

It talks to any OpenAI-compatible endpoint (OpenAI, Mistral, Azure, a local Ollama or
vLLM) with the plain `openai` client, or runs in offline mode when nothing is configured:
then every call raises `ModelUnavailable` and callers use their offline features.

For every call it enforces, in order: availability and the client's policy (local_only
clients never reach an external model), the outbound confidentiality filter on every text
that leaves the process, re-identification of the reply, and one audit entry per request
(a SHA-256 of the exact JSON body sent, never the plaintext).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import re
import time
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal, Protocol

import httpx2
import openai

from bot.settings import Settings, get_settings

log = logging.getLogger(__name__)

Kind = Literal["chat", "embedding"]

EMBED_BATCH_SIZE = 64
MAX_RETRIES = 2
# Local servers (Ollama, vLLM) accept any key, but the openai client insists on one.
PLACEHOLDER_API_KEY = "unused"
# A stream tail that could still become a placeholder such as `<PERSONNE_1>` (models
# sometimes write `[PERSONNE_1]` or `< PERSONNE_1 >`, which re-identification accepts too).
_PARTIAL_PLACEHOLDER = re.compile(r"[<\[]\s*[^\s<>\[\]]{0,40}\s?$")


class ModelUnavailable(Exception):
    """Offline mode, or the client's policy is local_only: fall back to offline features."""


class ModelWithheld(ModelUnavailable):
    """The request would carry passages the client keeps from external models
    (`privacy.model_sensitivities`): not sent, audited as withheld."""


class ModelCallFailed(Exception):
    """The endpoint failed after retries. The message is safe to log (no payload)."""


@dataclass(frozen=True)
class ChatMessage:
    role: Literal["system", "user", "assistant"]
    content: str


@dataclass(frozen=True)
class CallContext:
    """Who a call serves and why.

    `conversation_id` is the conversation key (`Incoming.conversation_key`: platform,
    workspace, place and user): placeholders stay the same for the whole conversation and
    the reply is re-identified with that conversation's mapping only. Without it (document
    ingestion, batch jobs) each call gets a fresh mapping.
    """

    client: str  # tenant name, for audit and policy
    purpose: str  # "answer", "synthesis", "embed_chunks", "embed_query", "handoff_confirm"...
    conversation_id: str | None = None
    # The strictest level of the client's documents the request carries (None: no document
    # passage). The gateway refuses, and audits, a level the client's policy keeps inside.
    sensitivity: str | None = None


def _unchanged(text: str) -> str:
    return text


@dataclass(frozen=True)
class FilteredTexts:
    """What the filter lets out for one request, and how to read the reply back."""

    texts: list[str]
    entities_removed: dict[str, int] = field(default_factory=dict)  # per entity type
    restore: Callable[[str], str] = _unchanged  # re-identification for this call only


class OutboundFilter(Protocol):
    def outgoing(self, ctx: CallContext, texts: list[str]) -> FilteredTexts: ...


class PassThroughFilter:
    """Filter used when none is given: sends texts unchanged."""

    def outgoing(self, ctx: CallContext, texts: list[str]) -> FilteredTexts:
        return FilteredTexts(list(texts))


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


WITHHELD = "withheld"  # the audit `model` of a request the policy kept inside


# The bodies the HTTP client sends during the current call; a context variable because
# the hook is shared by concurrent calls, each running in its own task.
_sent_bodies: ContextVar[list[bytes] | None] = ContextVar("ambassade_sent_bodies", default=None)


async def _capture_body(request: httpx2.Request) -> None:
    bodies = _sent_bodies.get()
    if bodies is not None:
        bodies.append(await request.aread())


def _capture_body_blocking(request: httpx2.Request) -> None:
    bodies = _sent_bodies.get()
    if bodies is not None:
        bodies.append(request.read())


@dataclass
class _Call:
    ctx: CallContext
    kind: Kind
    model: str
    filtered: FilteredTexts
    at: datetime = field(default_factory=lambda: datetime.now(UTC))
    started: float = field(default_factory=time.perf_counter)
    bodies: list[bytes] = field(default_factory=list)

    @contextmanager
    def capturing(self) -> Iterator[None]:
        token = _sent_bodies.set(self.bodies)
        try:
            yield
        finally:
            _sent_bodies.reset(token)

    def failed(self, exc: BaseException) -> ModelCallFailed:
        status = getattr(exc, "status_code", None)
        detail = type(exc).__name__ + (f", HTTP {status}" if status else "")
        return ModelCallFailed(f"{self.kind} call to {self.model!r} failed ({detail})")


def _in_event_loop() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def _split_partial_placeholder(text: str) -> tuple[str, str]:
    """Split `text` into what can be released now and a tail that may be a placeholder start."""
    match = _PARTIAL_PLACEHOLDER.search(text)
    return (text[: match.start()], text[match.start() :]) if match else (text, "")


class ModelGateway:
    def __init__(
        self,
        settings: Settings,
        *,
        outbound_filter: OutboundFilter | None = None,
        audit: AuditSink | None = None,
        client_policy: Callable[[str], bool] | None = None,
        max_retries: int = MAX_RETRIES,
    ) -> None:
        self.settings = settings
        self._filter: OutboundFilter = outbound_filter or PassThroughFilter()
        self._audit = audit
        self._client_policy = client_policy
        self._max_retries = max_retries
        self._client: openai.AsyncOpenAI | None = None
        self._blocking_client: openai.OpenAI | None = None

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> ModelGateway:
        return cls(settings or get_settings())

    @property
    def _endpoint_configured(self) -> bool:
        return bool(self.settings.openai_base_url or self.settings.openai_api_key)

    @property
    def can_chat(self) -> bool:
        return bool(self.settings.chat_model) and self._endpoint_configured

    @property
    def can_embed(self) -> bool:
        return bool(self.settings.embedding_model) and self._endpoint_configured

    def allows(self, client: str, kind: Kind) -> bool:
        """True when `kind` is available and `client` allows external models."""
        available = self.can_chat if kind == "chat" else self.can_embed
        return available and (self._client_policy is None or self._client_policy(client))

    def allows_sensitivity(self, client: str, sensitivity: str) -> bool:
        """May passages of `sensitivity` be sent for `client` (its privacy policy)?"""
        return self._allows_sensitivity(CallContext(client, "check", sensitivity=sensitivity))

    async def chat(
        self,
        ctx: CallContext,
        messages: Sequence[ChatMessage],
        *,
        temperature: float = 0.2,
        max_tokens: int | None = None,
    ) -> str:
        client = self._require(ctx, "chat")
        # The filter runs spaCy's NER (tens of ms on a prompt with sources): not on the loop.
        call, request = await asyncio.to_thread(
            self._chat_request, ctx, messages, temperature, max_tokens
        )
        try:
            with call.capturing():
                response = await client.chat.completions.create(**request)
        except openai.OpenAIError as exc:
            raise self._failed(call, exc) from None
        self._finish(call)
        text = (response.choices[0].message.content if response.choices else None) or ""
        return call.filtered.restore(text)

    def stream_chat(
        self,
        ctx: CallContext,
        messages: Sequence[ChatMessage],
        *,
        temperature: float = 0.2,
        max_tokens: int | None = None,
    ) -> AsyncIterator[str]:
        """Yield re-identified text deltas.

        Availability and policy are checked at call time (ModelUnavailable is raised before
        any iteration); nothing is filtered or sent until the first iteration.
        """
        client = self._require(ctx, "chat")
        return self._stream(client, ctx, messages, temperature, max_tokens)

    async def embed(self, ctx: CallContext, texts: Sequence[str]) -> list[list[float]]:
        """One vector per text, in order; one request (and audit entry) per batch."""
        client = self._require(ctx, "embedding")
        vectors: list[list[float]] = []
        for start in range(0, len(texts), EMBED_BATCH_SIZE):
            batch = list(texts[start : start + EMBED_BATCH_SIZE])
            call, request = await asyncio.to_thread(self._embedding_request, ctx, batch)
            try:
                with call.capturing():
                    response = await client.embeddings.create(**request)
            except openai.OpenAIError as exc:
                raise self._failed(call, exc) from None
            vectors.extend(self._embedded(call, response))
        return vectors

    def embed_blocking(self, ctx: CallContext, texts: Sequence[str]) -> list[list[float]]:
        """`embed` for synchronous code in a worker thread (document ingestion).

        Same availability, policy, filter and audit; never call it from the event loop.
        """
        if _in_event_loop():
            raise RuntimeError("embed_blocking() would block the event loop: await embed()")
        self._check(ctx, "embedding")
        client = self._blocking()
        vectors: list[list[float]] = []
        for call, request in self._embedding_requests(ctx, texts):
            try:
                with call.capturing():
                    response = client.embeddings.create(**request)
            except openai.OpenAIError as exc:
                raise self._failed(call, exc) from None
            vectors.extend(self._embedded(call, response))
        return vectors

    def _embedding_requests(
        self, ctx: CallContext, texts: Sequence[str]
    ) -> Iterator[tuple[_Call, dict[str, Any]]]:
        """Filtered batches, each filtered only when its turn comes (after the last succeeded)."""
        for start in range(0, len(texts), EMBED_BATCH_SIZE):
            yield self._embedding_request(ctx, list(texts[start : start + EMBED_BATCH_SIZE]))

    def _embedding_request(
        self, ctx: CallContext, batch: list[str]
    ) -> tuple[_Call, dict[str, Any]]:
        model = self.settings.embedding_model or ""
        filtered = self._filter.outgoing(ctx, batch)
        request = {"model": model, "input": filtered.texts, "encoding_format": "float"}
        return _Call(ctx, "embedding", model, filtered), request

    def _embedded(self, call: _Call, response: Any) -> list[list[float]]:
        if len(response.data) != len(call.filtered.texts):
            wrong = ModelCallFailed(f"embedding call to {call.model!r} returned a wrong count")
            self._finish(call, error=str(wrong))
            raise wrong
        self._finish(call)
        return [item.embedding for item in sorted(response.data, key=lambda d: d.index)]

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.close()
            self._client = None
        if self._blocking_client is not None:
            self._blocking_client.close()
            self._blocking_client = None

    # -- internals ---------------------------------------------------------------------

    def _check(self, ctx: CallContext, kind: Kind) -> None:
        available = self.can_chat if kind == "chat" else self.can_embed
        if not available:
            raise ModelUnavailable(f"no {kind} model configured (offline mode)")
        if self._client_policy is not None and not self._client_policy(ctx.client):
            raise ModelUnavailable(f"client {ctx.client!r} does not allow external models")
        if ctx.sensitivity is not None and not self._allows_sensitivity(ctx):
            self._record_withheld(ctx, kind)
            raise ModelWithheld(
                f"{ctx.sensitivity} passages of {ctx.client!r} stay inside "
                "(privacy.model_sensitivities): nothing sent"
            )

    def _allows_sensitivity(self, ctx: CallContext) -> bool:
        """The client's policy on passages of `ctx.sensitivity`; without a policy that
        says, confidential passages never leave (the product's default)."""
        check = getattr(self._client_policy, "allows_sensitivity", None)
        if check is not None:
            return bool(check(ctx.client, ctx.sensitivity))
        return ctx.sensitivity in ("public", "internal")

    def _record_withheld(self, ctx: CallContext, kind: Kind) -> None:
        """One audit row for a request that was not sent: nothing left, so no payload hash."""
        log.info(
            "model call withheld client=%s purpose=%s kind=%s sensitivity=%s",
            ctx.client,
            ctx.purpose,
            kind,
            ctx.sensitivity,
        )
        if self._audit is None:
            return
        settings = self.settings
        model = (settings.chat_model if kind == "chat" else settings.embedding_model) or ""
        try:
            self._audit.record(
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
        except Exception:
            log.exception("audit entry not written (client=%s)", ctx.client)

    def _client_options(self) -> dict[str, Any]:
        return {
            "api_key": self.settings.openai_api_key or PLACEHOLDER_API_KEY,
            "base_url": self.settings.openai_base_url,
            "timeout": self.settings.model_timeout_s,
            "max_retries": self._max_retries,
        }

    def _require(self, ctx: CallContext, kind: Kind) -> openai.AsyncOpenAI:
        self._check(ctx, kind)
        if self._client is None:
            self._client = openai.AsyncOpenAI(
                **self._client_options(),
                http_client=openai.DefaultAsyncHttpxClient(
                    timeout=self.settings.model_timeout_s,
                    event_hooks={"request": [_capture_body]},
                ),
            )
        return self._client

    def _blocking(self) -> openai.OpenAI:
        if self._blocking_client is None:
            self._blocking_client = openai.OpenAI(
                **self._client_options(),
                http_client=openai.DefaultHttpxClient(
                    timeout=self.settings.model_timeout_s,
                    event_hooks={"request": [_capture_body_blocking]},
                ),
            )
        return self._blocking_client

    def _chat_request(
        self,
        ctx: CallContext,
        messages: Sequence[ChatMessage],
        temperature: float,
        max_tokens: int | None,
    ) -> tuple[_Call, dict[str, Any]]:
        filtered = self._filter.outgoing(ctx, [m.content for m in messages])
        model = self.settings.chat_model or ""
        call = _Call(ctx, "chat", model, filtered)
        request: dict[str, Any] = {
            "model": model,
            "messages": [
                {"role": m.role, "content": c}
                for m, c in zip(messages, filtered.texts, strict=True)
            ],
            "temperature": temperature,
        }
        if max_tokens is not None:
            request["max_tokens"] = max_tokens
        return call, request

    async def _stream(
        self,
        client: openai.AsyncOpenAI,
        ctx: CallContext,
        messages: Sequence[ChatMessage],
        temperature: float,
        max_tokens: int | None,
    ) -> AsyncIterator[str]:
        call, request = await asyncio.to_thread(
            self._chat_request, ctx, messages, temperature, max_tokens
        )
        restore = call.filtered.restore
        pending = ""
        error: str | None = "interrupted"
        try:
            with call.capturing():
                stream = await client.chat.completions.create(**request, stream=True)
            async with stream:
                async for chunk in stream:
                    delta = chunk.choices[0].delta.content if chunk.choices else None
                    if not delta:
                        continue
                    ready, pending = _split_partial_placeholder(pending + delta)
                    if ready:
                        yield restore(ready)
            error = None
        except (openai.OpenAIError, httpx2.HTTPError) as exc:
            failure = call.failed(exc)
            error = str(failure)
            raise failure from None
        except GeneratorExit:
            error = None  # the caller stopped reading; the endpoint did not fail
            raise
        finally:
            self._finish(call, error=error)
        if pending:
            yield restore(pending)

    def _failed(self, call: _Call, exc: BaseException) -> ModelCallFailed:
        failure = call.failed(exc)
        self._finish(call, error=str(failure))
        return failure

    def _finish(self, call: _Call, *, error: str | None = None) -> None:
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
        if self._audit is None:
            return
        try:
            self._audit.record(
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
        except Exception:
            # The call has happened; losing its audit row must be loud, not fatal to the reply.
            log.exception("audit entry not written (client=%s)", call.ctx.client)
