"""An answer written by the configured chat model from the retrieved passages only.

The prompt (a YAML per language in prompts/ask_<lang>.yaml) holds the numbered
passages and the question, nothing else from the knowledge base; the model cites
the passages as [1], [2] or says it cannot answer with an agreed marker.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.llm import CallContext, ChatMessage, ModelGateway
from knowledge.retrieval import Hit
from prompts.catalog import text
from skills.ask.sources import section_suffix

NO_ANSWER = "NO_ANSWER"
MAX_SOURCES = 5
MAX_ANSWER_TOKENS = 500


def answer_messages(
    lang: str, client_title: str, question: str, hits: Sequence[Hit]
) -> list[ChatMessage]:
    passages = "\n\n".join(
        text(
            lang,
            "ask.prompt.source",
            n=n,
            document=hit.document,
            section=section_suffix(lang, hit),
            text=hit.text,
        )
        for n, hit in enumerate(hits[:MAX_SOURCES], start=1)
    )
    system = text(lang, "ask.prompt.system", client=client_title, no_answer=NO_ANSWER)
    user = text(lang, "ask.prompt.user", sources=passages, question=question)
    return [ChatMessage("system", system), ChatMessage("user", user)]


async def generate_answer(
    gateway: ModelGateway,
    ctx: CallContext,
    lang: str,
    client_title: str,
    question: str,
    hits: Sequence[Hit],
) -> str | None:
    """The model's answer, or None when it says the sources do not answer the question.

    Raises `ModelUnavailable` / `ModelCallFailed` like the gateway (the caller falls back).
    """
    messages = answer_messages(lang, client_title, question, hits)
    reply = (await gateway.chat(ctx, messages, max_tokens=MAX_ANSWER_TOKENS)).strip()
    if not reply or NO_ANSWER in reply:
        return None
    return reply
