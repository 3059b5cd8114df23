"""Embeddings for the knowledge layer, through the model gateway and per client.

`KnowledgeBase` takes one extra embedder; `ClientEmbedders` is that embedder: it offers
`for_client(name)`, a `knowledge.GatewayEmbedder` whose requests go through
`ModelGateway` for that client (its policy: none for a `local_only` client; its
confidentiality filter; one audit entry per batch). Used without a client it refuses:
nothing is ever embedded without knowing whose text it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot.llm import CallContext, ModelGateway
from knowledge.embeddings import GatewayEmbedder

# Document chunks and questions alike: the knowledge layer's vectors.
PURPOSE = "embed_knowledge"


@dataclass(frozen=True)
class _Vector:
    embedding: list[float]


@dataclass(frozen=True)
class _Response:
    data: list[_Vector]


class _Embeddings:
    """The `client.embeddings.create(model=, input=)` that `GatewayEmbedder` calls."""

    def __init__(self, gateway: ModelGateway, ctx: CallContext) -> None:
        self._gateway = gateway
        self._ctx = ctx

    def create(self, *, model: str, input: Sequence[str], **_: Any) -> _Response:
        vectors = self._gateway.embed_blocking(self._ctx, list(input))
        return _Response([_Vector(v) for v in vectors])


@dataclass(frozen=True)
class _Client:
    embeddings: _Embeddings


class ClientEmbedders:
    """The knowledge base's gateway embedder, bound to a client before any use."""

    def __init__(self, gateway: ModelGateway) -> None:
        self._gateway = gateway
        self._model = gateway.settings.embedding_model or ""
        self.name = GatewayEmbedder(None, self._model).name  # one vector space for all clients
        self.dim = 0

    def for_client(self, client: str) -> GatewayEmbedder | None:
        """The embedder for `client`, or None when it may not use an external model."""
        if not self._gateway.allows(client, "embedding"):
            return None
        # Blocking calls only: the knowledge layer embeds in worker threads (its `aembed`
        # runs `embed` in one too).
        return GatewayEmbedder(
            _Client(_Embeddings(self._gateway, CallContext(client, PURPOSE))), self._model
        )

    def embed(self, texts: Sequence[str]) -> Any:
        raise RuntimeError("ClientEmbedders.for_client(name) first: whose texts are these?")
