"""The model gateway: the one place every chat or embedding call goes through.

- `gateway`: `ModelGateway` — availability and the client's policy, the outbound
  confidentiality filter, re-identification of the reply, streaming;
- `calls`: what a call is made of (`CallContext`, `ChatMessage`, the filter's output) and
  how it fails (`ModelUnavailable`, `ModelWithheld`, `ModelCallFailed`);
- `openai_api`: the OpenAI-compatible endpoint's SDK objects, which record the bodies sent;
- `audit`: one audit entry per request (a hash of the body sent, never the plaintext).
"""

from bot.llm.audit import WITHHELD, AuditEntry, AuditSink
from bot.llm.calls import (
    CallContext,
    ChatMessage,
    FilteredTexts,
    Kind,
    ModelCallFailed,
    ModelUnavailable,
    ModelWithheld,
    OutboundFilter,
    PassThroughFilter,
)
from bot.llm.gateway import EMBED_BATCH_SIZE, MAX_RETRIES, ModelGateway

__all__ = [
    "EMBED_BATCH_SIZE",
    "MAX_RETRIES",
    "WITHHELD",
    "AuditEntry",
    "AuditSink",
    "CallContext",
    "ChatMessage",
    "FilteredTexts",
    "Kind",
    "ModelCallFailed",
    "ModelGateway",
    "ModelUnavailable",
    "ModelWithheld",
    "OutboundFilter",
    "PassThroughFilter",
]
