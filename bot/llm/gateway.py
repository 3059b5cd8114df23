"""The model gateway: the one place every chat or embedding call goes through.

It talks to any OpenAI-compatible endpoint (OpenAI, Mistral, Azure, a local Ollama or
vLLM) through `openai_api`, or runs in offline mode when nothing is configured: then every
call raises `ModelUnavailable` and callers use their offline features.

For every call it enforces, in order: availability and the client's policy (local_only
clients never reach an external model), the outbound confidentiality filter on every text
that leaves the process, re-identification of the reply, and one audit entry per request
(`audit`: a SHA-256 of the exact JSON body sent, never the plaintext).
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from typing import Any

import httpx2
import openai

from bot.llm.audit import AuditSink, CallAudit, ModelCall
from bot.llm.calls import (
    SERVED,
    CallContext,
    ChatMessage,
    Kind,
    ModelCallFailed,
    ModelUnavailable,
    ModelWithheld,
    OutboundFilter,
    PassThroughFilter,
)
from bot.llm.openai_api import OpenAIApi, capture_bodies
from bot.settings import Settings, get_settings

EMBED_BATCH_SIZE = 64
MAX_RETRIES = 2
# A stream tail that could still become a placeholder such as `<PERSONNE_1>` (models
# sometimes write `[PERSONNE_1]` or `< PERSONNE_1 >`, which re-identification accepts too).
_PARTIAL_PLACEHOLDER = re.compile(r"[<\[]\s*[^\s<>\[\]]{0,40}\s?$")


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
        self._audit = CallAudit(audit)
        self._client_policy = client_policy
        self._openai = OpenAIApi(settings, max_retries)

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
        openai_api = self._require(ctx, "chat")
        # The filter runs spaCy's NER (tens of ms on a prompt with sources): not on the loop.
        call, request = await asyncio.to_thread(
            self._chat_request, ctx, messages, temperature, max_tokens
        )
        try:
            with capture_bodies(call.bodies):
                response = await openai_api.chat.completions.create(**request)
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
        openai_api = self._require(ctx, "chat")
        return self._stream(openai_api, ctx, messages, temperature, max_tokens)

    async def embed(self, ctx: CallContext, texts: Sequence[str]) -> list[list[float]]:
        """One vector per text, in order; one request (and audit entry) per batch."""
        openai_api = self._require(ctx, "embedding")
        vectors: list[list[float]] = []
        for start in range(0, len(texts), EMBED_BATCH_SIZE):
            batch = list(texts[start : start + EMBED_BATCH_SIZE])
            call, request = await asyncio.to_thread(self._embedding_request, ctx, batch)
            try:
                with capture_bodies(call.bodies):
                    response = await openai_api.embeddings.create(**request)
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
        openai_api = self._openai.blocking_api()
        vectors: list[list[float]] = []
        for call, request in self._embedding_requests(ctx, texts):
            try:
                with capture_bodies(call.bodies):
                    response = openai_api.embeddings.create(**request)
            except openai.OpenAIError as exc:
                raise self._failed(call, exc) from None
            vectors.extend(self._embedded(call, response))
        return vectors

    def _embedding_requests(
        self, ctx: CallContext, texts: Sequence[str]
    ) -> Iterator[tuple[ModelCall, dict[str, Any]]]:
        """Filtered batches, each filtered only when its turn comes (after the last succeeded)."""
        for start in range(0, len(texts), EMBED_BATCH_SIZE):
            yield self._embedding_request(ctx, list(texts[start : start + EMBED_BATCH_SIZE]))

    def _embedding_request(
        self, ctx: CallContext, batch: list[str]
    ) -> tuple[ModelCall, dict[str, Any]]:
        model = self.settings.embedding_model or ""
        filtered = self._filter.outgoing(ctx, batch)
        request = {"model": model, "input": filtered.texts, "encoding_format": "float"}
        return ModelCall(ctx, "embedding", model, filtered), request

    def _embedded(self, call: ModelCall, response: Any) -> list[list[float]]:
        if len(response.data) != len(call.filtered.texts):
            wrong = ModelCallFailed(f"embedding call to {call.model!r} returned a wrong count")
            self._finish(call, error=str(wrong))
            raise wrong
        self._finish(call)
        return [item.embedding for item in sorted(response.data, key=lambda d: d.index)]

    async def aclose(self) -> None:
        await self._openai.aclose()

    # -- internals ---------------------------------------------------------------------

    def _check(self, ctx: CallContext, kind: Kind) -> None:
        available = self.can_chat if kind == "chat" else self.can_embed
        if not available:
            raise ModelUnavailable(f"no {kind} model configured (offline mode)")
        if self._client_policy is not None and not self._client_policy(ctx.client):
            raise ModelUnavailable(f"client {ctx.client!r} does not allow external models")
        person_allowed = getattr(self._client_policy, "allows_person", None)
        if person_allowed is not None and not person_allowed(ctx.client, ctx.purpose, SERVED.get()):
            raise ModelUnavailable(
                f"client {ctx.client!r} requires consent (privacy.model_consent): served offline"
            )
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
        settings = self.settings
        model = (settings.chat_model if kind == "chat" else settings.embedding_model) or ""
        self._audit.withheld(ctx, kind, model)

    def _require(self, ctx: CallContext, kind: Kind) -> openai.AsyncOpenAI:
        self._check(ctx, kind)
        return self._openai.async_api()

    def _chat_request(
        self,
        ctx: CallContext,
        messages: Sequence[ChatMessage],
        temperature: float,
        max_tokens: int | None,
    ) -> tuple[ModelCall, dict[str, Any]]:
        filtered = self._filter.outgoing(ctx, [m.content for m in messages])
        model = self.settings.chat_model or ""
        call = ModelCall(ctx, "chat", model, filtered)
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
        openai_api: openai.AsyncOpenAI,
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
            with capture_bodies(call.bodies):
                stream = await openai_api.chat.completions.create(**request, stream=True)
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

    def _failed(self, call: ModelCall, exc: BaseException) -> ModelCallFailed:
        failure = call.failed(exc)
        self._finish(call, error=str(failure))
        return failure

    def _finish(self, call: ModelCall, *, error: str | None = None) -> None:
        self._audit.finished(call, error=error)
