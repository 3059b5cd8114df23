"""What a model call is made of: who it serves, the messages, the filter's output, and the
ways it can fail (the model gateway's vocabulary, shared by its callers)."""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Literal, Protocol

Kind = Literal["chat", "embedding"]


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
class ServedPerson:
    """The person a turn serves (set by the pipeline for the length of the turn): the
    gateway asks the client's policy whether their words may reach a model (consent)."""

    client: str
    platform: str
    user_id: str


# None: no person (a scheduled job, the CLI, document ingestion).
SERVED: ContextVar[ServedPerson | None] = ContextVar("ambassade_served_person", default=None)
