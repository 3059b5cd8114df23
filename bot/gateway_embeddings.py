"""Embeddings for the knowledge layer, through the model gateway and per client.

`KnowledgeBase` takes one extra embedder; `ClientEmbedders` is that embedder: it offers
`for_client(name)`, a `knowledge.GatewayEmbedder` whose requests go through
`ModelGateway` for that client (its policy: none for a `local_only` client; its
confidentiality filter; one audit entry per batch). Used without a client it refuses:
nothing is ever embedded without knowing whose text it is.

Document chunks are embedded through `for_sensitivity(level)`: the gateway refuses
passages above the client's `privacy.model_sensitivities` (and audits the refusal); the
knowledge layer then keeps them out of that space and finds them by local signals.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from bot.llm import CallContext, ModelGateway, ModelWithheld
from knowledge.embeddings import EmbeddingWithheld, GatewayEmbedder

# Document chunks and questions alike: the knowledge layer's vectors.
PURPOSE = "embed_knowledge"


@dataclass(frozen=True)
class _Vector:
    embedding: list[float]


@dataclass(frozen=True)
class _Response:
    data: list[_Vector]


class _Embeddings:
    """The `openai_api.embeddings.create(model=, input=)` that `GatewayEmbedder` calls."""

    def __init__(self, gateway: ModelGateway, ctx: CallContext) -> None:
        self._gateway = gateway
        self._ctx = ctx

    def create(self, *, model: str, input: Sequence[str], **_: Any) -> _Response:
        try:
            vectors = self._gateway.embed_blocking(self._ctx, list(input))
        except ModelWithheld as exc:
            raise EmbeddingWithheld(str(exc)) from None
        return _Response([_Vector(v) for v in vectors])


@dataclass(frozen=True)
class _GatewayApi:
    """Shaped like the openai SDK object `GatewayEmbedder` expects; sends through the gateway."""

    embeddings: _Embeddings


class ClientEmbedder(GatewayEmbedder):
    """The gateway embedder of one client; `for_sensitivity` binds the passages' level."""

    def __init__(self, gateway: ModelGateway, ctx: CallContext, model: str) -> None:
        super().__init__(_GatewayApi(_Embeddings(gateway, ctx)), model)
        self._gateway = gateway
        self.ctx = ctx

    def for_sensitivity(self, level: str) -> ClientEmbedder:
        """The same embedder for passages of `level` (the gateway checks it on every call)."""
        return ClientEmbedder(self._gateway, replace(self.ctx, sensitivity=level), self.model)


class ClientEmbedders:
    """The knowledge base's gateway embedder, bound to a client before any use."""

    def __init__(self, gateway: ModelGateway) -> None:
        self._gateway = gateway
        self._model = gateway.settings.embedding_model or ""
        self.name = GatewayEmbedder(None, self._model).name  # one vector space for all clients
        self.dim = 0

    def for_client(self, client: str) -> ClientEmbedder | None:
        """The embedder for `client`, or None when it may not use an external model."""
        if not self._gateway.allows(client, "embedding"):
            return None
        # Blocking calls only: the knowledge layer embeds in worker threads (its `aembed`
        # runs `embed` in one too).
        return ClientEmbedder(self._gateway, CallContext(client, PURPOSE), self._model)

    def embed(self, texts: Sequence[str]) -> Any:
        raise RuntimeError("ClientEmbedders.for_client(name) first: whose texts are these?")
