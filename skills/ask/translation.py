"""A question asked in another language than the documents', translated for retrieval.

Offline, the multilingual sentence encoder and the bilingual lexicon already let an
English question meet French passages. With a chat model configured (and allowed by the
client's policy), the question is also translated into the documents' language, through
the model gateway (its confidentiality filter and audit), and retrieval adds the scores of
both wordings. Any failure leaves retrieval on the question alone.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from bot.llm import CallContext, ChatMessage, ModelCallFailed, ModelUnavailable
from knowledge.text import detect_language
from prompts.catalog import text

if TYPE_CHECKING:
    from skills.ask.answering import AnswerSources, Question

log = logging.getLogger(__name__)

MAX_TOKENS = 120
MAX_CHARS = 400


def question_language(question: str) -> str:
    return "en" if detect_language(question) == "english" else "fr"


async def retrieval_translation(deps: AnswerSources, question: Question) -> str | None:
    """The question in the client's documents' language, or None (same language, no
    model, or the model failed)."""
    documents = deps.clients.get(question.client).language
    if question_language(question.text) == documents:
        return None
    if not deps.gateway.allows(question.client, "chat"):
        return None
    ctx = CallContext(
        client=question.client, purpose="translate_query", conversation_id=question.conversation_id
    )
    messages = [
        ChatMessage("system", text(documents, "ask.prompt.translate")),
        ChatMessage("user", question.search_text),
    ]
    try:
        reply = await deps.gateway.chat(ctx, messages, temperature=0.0, max_tokens=MAX_TOKENS)
    except (ModelUnavailable, ModelCallFailed) as exc:
        log.warning("question not translated for retrieval: %s", exc)
        return None
    translated = " ".join(reply.split())[:MAX_CHARS].strip().strip('"«»“” ')
    return translated or None
