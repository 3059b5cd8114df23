"""The model gateway against a local fake OpenAI-compatible server."""

from __future__ import annotations

import asyncio
import hashlib
import json
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from bot.llm import (
    EMBED_BATCH_SIZE,
    CallContext,
    ChatMessage,
    FilteredTexts,
    ModelCallFailed,
    ModelGateway,
    ModelUnavailable,
)
from bot.settings import Settings
from tests.fakes.audit import InMemoryAuditSink
from tests.fakes.openai_server import FakeOpenAIServer, fake_embedding

SECRET = "Zorglub"
PLACEHOLDER = "<PERSONNE_1>"
# Harmless once tests/conftest.py imports the fixture too.

CTX = CallContext(client="acme", purpose="answer", conversation_id="c1")


class SecretFilter:
    """Replaces one secret word with a placeholder, and back."""

    def outgoing(self, ctx: CallContext, texts: list[str]) -> FilteredTexts:
        removed = sum(t.count(SECRET) for t in texts)
        return FilteredTexts(
            [t.replace(SECRET, PLACEHOLDER) for t in texts],
            {"PERSON": removed} if removed else {},
            lambda text: text.replace(PLACEHOLDER, SECRET),
        )


def make_settings(**values: Any) -> Settings:
    defaults: dict[str, Any] = {
        "OPENAI_BASE_URL": None,
        "OPENAI_API_KEY": None,
        "chat_model": None,
        "embedding_model": None,
        "model_timeout_s": 5.0,
    }
    return Settings(_env_file=None, **{**defaults, **values})


@pytest.fixture
async def make_gateway(
    fake_openai: FakeOpenAIServer,
) -> AsyncIterator[Callable[..., ModelGateway]]:
    gateways: list[ModelGateway] = []

    def make(**kwargs: Any) -> ModelGateway:
        settings = make_settings(
            OPENAI_BASE_URL=fake_openai.base_url,
            chat_model="fake-chat",
            embedding_model="fake-embed",
        )
        gateways.append(ModelGateway(settings, **kwargs))
        return gateways[-1]

    yield make
    for gateway in gateways:
        await gateway.aclose()


def ask(text: str) -> list[ChatMessage]:
    return [ChatMessage("system", "You help ambassadors."), ChatMessage("user", text)]


async def test_offline_mode_raises_and_sends_nothing(fake_openai: FakeOpenAIServer) -> None:
    audit = InMemoryAuditSink()
    gateways = [
        ModelGateway(make_settings(chat_model="m", embedding_model="e"), audit=audit),
        ModelGateway(make_settings(OPENAI_BASE_URL=fake_openai.base_url), audit=audit),
    ]
    for gateway in gateways:
        assert not gateway.can_chat and not gateway.can_embed
        assert not gateway.allows("acme", "chat")
        with pytest.raises(ModelUnavailable):
            await gateway.chat(CTX, ask("hello"))
        with pytest.raises(ModelUnavailable):
            gateway.stream_chat(CTX, ask("hello"))
        with pytest.raises(ModelUnavailable):
            await gateway.embed(CTX, ["hello"])
        await gateway.aclose()
    assert fake_openai.requests == [] and audit.entries == []


def test_availability_rules() -> None:
    key_only = ModelGateway(make_settings(OPENAI_API_KEY="k", chat_model="m"))
    assert key_only.can_chat and not key_only.can_embed
    assert ModelGateway.from_settings(make_settings()).can_chat is False


async def test_chat_round_trip(make_gateway, fake_openai: FakeOpenAIServer) -> None:
    gateway = make_gateway()
    assert await gateway.chat(CTX, ask("bonjour"), max_tokens=50) == "ECHO: bonjour"
    (body,) = fake_openai.bodies
    assert body["model"] == "fake-chat" and body["max_tokens"] == 50
    assert [m["role"] for m in body["messages"]] == ["system", "user"]
    # No key configured: a placeholder one is sent, as local servers expect.
    assert fake_openai.requests[0].headers["Authorization"] == "Bearer unused"


async def test_stream_yields_several_deltas(make_gateway, fake_openai: FakeOpenAIServer) -> None:
    fake_openai.responder = lambda messages: "Une réponse assez longue pour plusieurs morceaux."
    deltas = [d async for d in make_gateway().stream_chat(CTX, ask("question"))]
    assert len(deltas) > 3
    assert "".join(deltas) == "Une réponse assez longue pour plusieurs morceaux."
    assert fake_openai.bodies[0]["stream"] is True


async def test_embeddings_keep_order_and_batch(make_gateway, fake_openai: FakeOpenAIServer) -> None:
    texts = [f"chunk number {i}" for i in range(150)]
    vectors = await make_gateway().embed(CTX, texts)
    assert vectors == [fake_embedding(t, fake_openai.embedding_dim) for t in texts]
    assert [len(b["input"]) for b in fake_openai.bodies] == [EMBED_BATCH_SIZE, EMBED_BATCH_SIZE, 22]
    assert all(b["encoding_format"] == "float" for b in fake_openai.bodies)
    assert await make_gateway().embed(CTX, []) == []


async def test_outbound_filter_applies_to_every_request(
    make_gateway,
    fake_openai: FakeOpenAIServer,
) -> None:
    gateway = make_gateway(outbound_filter=SecretFilter())
    assert await gateway.chat(CTX, ask(f"I met {SECRET} today")) == f"ECHO: I met {SECRET} today"

    deltas = [d async for d in gateway.stream_chat(CTX, ask(f"Call {SECRET} now"))]
    assert "".join(deltas) == f"ECHO: Call {SECRET} now"
    assert not any("<" in d for d in deltas)  # the placeholder was never cut in two

    await gateway.embed(CTX, [f"{SECRET} likes tea", "no secret here"])

    assert len(fake_openai.requests) == 3
    for request in fake_openai.requests:
        assert SECRET.encode() not in request.raw
        assert PLACEHOLDER in json.dumps(request.json)


async def test_audit_entry_per_call_hashes_the_body(
    make_gateway,
    fake_openai: FakeOpenAIServer,
) -> None:
    audit = InMemoryAuditSink()
    gateway = make_gateway(outbound_filter=SecretFilter(), audit=audit)
    await gateway.chat(CTX, ask(f"Tell {SECRET} hello"))
    _ = [d async for d in gateway.stream_chat(CTX, ask("stream it"))]
    await gateway.embed(CallContext("acme", "embed_query"), [f"{SECRET}?"])

    assert len(audit.entries) == len(fake_openai.requests) == 3
    for entry, request in zip(audit.entries, fake_openai.requests, strict=True):
        assert entry.payload_sha256 == hashlib.sha256(request.raw).hexdigest()
        assert entry.ok and entry.client == "acme" and entry.duration_ms >= 0
        assert SECRET not in repr(entry) and "hello" not in repr(entry)
    assert [e.kind for e in audit.entries] == ["chat", "chat", "embedding"]
    assert [e.entities_removed for e in audit.entries] == [{"PERSON": 1}, {}, {"PERSON": 1}]
    assert audit.entries[2].purpose == "embed_query"


async def test_local_only_client_is_refused(make_gateway, fake_openai: FakeOpenAIServer) -> None:
    gateway = make_gateway(client_policy=lambda client: client != "acme")
    assert not gateway.allows("acme", "chat") and gateway.allows("other", "embedding")
    with pytest.raises(ModelUnavailable):
        await gateway.chat(CTX, ask("hello"))
    with pytest.raises(ModelUnavailable):
        gateway.stream_chat(CTX, ask("hello"))
    with pytest.raises(ModelUnavailable):
        await gateway.embed(CTX, ["hello"])
    assert fake_openai.requests == []


async def test_rate_limit_is_retried(make_gateway, fake_openai: FakeOpenAIServer) -> None:
    audit = InMemoryAuditSink()
    fake_openai.fail_next(1, 429)
    assert await make_gateway(audit=audit).chat(CTX, ask("again")) == "ECHO: again"
    assert len(fake_openai.requests) == 2
    assert [e.ok for e in audit.entries] == [True]


async def test_persistent_failure_raises_model_call_failed(
    make_gateway,
    fake_openai: FakeOpenAIServer,
) -> None:
    audit = InMemoryAuditSink()
    gateway = make_gateway(audit=audit, outbound_filter=SecretFilter())
    fake_openai.fail_next(100, 500)
    with pytest.raises(ModelCallFailed) as failure:
        await gateway.chat(CTX, ask(f"{SECRET} again"))
    assert "500" in str(failure.value) and SECRET not in str(failure.value)
    assert len(fake_openai.requests) == 3  # one try and two retries
    with pytest.raises(ModelCallFailed):
        _ = [d async for d in gateway.stream_chat(CTX, ask("stream"))]
    with pytest.raises(ModelCallFailed):
        await gateway.embed(CTX, ["text"])
    assert [e.ok for e in audit.entries] == [False, False, False]
    assert all(e.error and "HTTP 500" in e.error for e in audit.entries)
    assert all(SECRET not in (e.error or "") for e in audit.entries)
    first_body = fake_openai.requests[0].raw
    assert audit.entries[0].payload_sha256 == hashlib.sha256(first_body).hexdigest()


async def test_blocking_embeddings_from_a_worker_thread_are_filtered_and_audited(
    make_gateway,
    fake_openai: FakeOpenAIServer,
) -> None:
    audit = InMemoryAuditSink()
    gateway = make_gateway(outbound_filter=SecretFilter(), audit=audit)
    texts = [f"{SECRET} a", "b"]
    vectors = await asyncio.to_thread(gateway.embed_blocking, CTX, texts)
    dim = fake_openai.embedding_dim
    assert vectors == [fake_embedding(f"{PLACEHOLDER} a", dim), fake_embedding("b", dim)]
    (request,) = fake_openai.requests
    assert SECRET.encode() not in request.raw
    (entry,) = audit.entries
    assert entry.payload_sha256 == hashlib.sha256(request.raw).hexdigest()
    assert entry.kind == "embedding" and entry.entities_removed == {"PERSON": 1}
    with pytest.raises(RuntimeError, match="event loop"):
        gateway.embed_blocking(CTX, texts)  # on the loop it would stall every conversation
