"""From a question to a grounded answer: retrieval, then the model or the extractive answer."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from typing import Protocol

from bot.llm import CallContext, ModelCallFailed, ModelGateway, ModelUnavailable
from bot.policy.confidentiality import allowed_for_model
from bot.tenants import ClientDirectory
from knowledge.answer import Answer
from knowledge.base import KnowledgeBase
from knowledge.messages import messages as knowledge_messages
from knowledge.retrieval import Hit
from knowledge.sensitivity import strictest
from skills.ask.generation import MAX_SOURCES, generate_answer
from skills.ask.own_identifiers import without_identifiers
from skills.ask.sources import renumber
from skills.ask.translation import retrieval_translation

log = logging.getLogger(__name__)

EXTRACTIVE = "extractive"
# Below the offline support threshold, a configured chat model still reads the passages
# when they cover at least this share of the question: it tells a paraphrase ("combiner
# la réduction avec les soldes" / "remises non cumulables") from a miss, which word
# overlap cannot. Under it, the question is off the documents' subject: no model call.
MODEL_SUPPORT_FLOOR = 0.15
# Passages listed under an "I don't know" (above the same floor), for the asker to read.
MAX_RELATED = 2


class AnswerSources(Protocol):
    """What answering a question reads: the documents, the model, the clients' policies."""

    @property
    def knowledge(self) -> KnowledgeBase: ...

    @property
    def gateway(self) -> ModelGateway: ...

    @property
    def clients(self) -> ClientDirectory: ...


@dataclass(frozen=True)
class Question:
    client: str
    client_title: str
    # The sensitivities the answer's audience may see: where it is shown, intersected with
    # the asker's role (`bot.policy.audience`). Retrieval, and so the model prompt, hold
    # nothing else.
    audience: frozenset[str]
    lang: str
    text: str
    conversation_id: str | None = None

    @property
    def search_text(self) -> str:
        """What retrieval reads: the question without the asker's identifiers."""
        return without_identifiers(self.text)


@dataclass(frozen=True)
class Grounded:
    """What the skill shows: `text` citing `sources` as [1], [2]… (their positions + 1)."""

    answered: bool
    text: str
    sources: list[Hit] = field(default_factory=list)
    support: float = 0.0
    generated_by: str = EXTRACTIVE
    # With an "I don't know": the closest passages, shown as pointers, never as an answer.
    related: list[Hit] = field(default_factory=list)


async def answer_question(deps: AnswerSources, question: Question) -> Grounded:
    grounded, retrieved = await _grounded(deps, question)
    if grounded.answered or retrieved.support < MODEL_SUPPORT_FLOOR:
        return grounded
    closest = retrieved.sources or retrieved.candidates
    return replace(grounded, related=_distinct_sections(closest)[:MAX_RELATED])


def _distinct_sections(hits: list[Hit]) -> list[Hit]:
    seen: dict[tuple[str, str], Hit] = {}
    for hit in hits:
        seen.setdefault((hit.document, hit.section), hit)
    return list(seen.values())


async def more_elsewhere(deps: AnswerSources, question: Question, wider: frozenset[str]) -> bool:
    """True when the asker's own audience (`wider`) would get an answer from passages the
    question's audience may not see. Retrieval only: no passage is sent to a chat model."""
    hidden = wider - question.audience
    if not hidden:
        return False
    retrieved = await deps.knowledge.aanswer(
        question.client, question.search_text, allowed_sensitivities=wider, lang=question.lang
    )
    return retrieved.answered and any(h.sensitivity in hidden for h in retrieved.sources)


async def _grounded(deps: AnswerSources, question: Question) -> tuple[Grounded, Answer]:
    translated = await retrieval_translation(deps, question)
    retrieved = await deps.knowledge.aanswer(
        question.client,
        question.search_text,
        allowed_sensitivities=question.audience,
        lang=question.lang,
        also=(translated,) if translated else (),
    )
    with_model = deps.gateway.allows(question.client, "chat")
    if not retrieved.answered:
        if (
            with_model
            and retrieved.candidates
            and retrieved.support >= MODEL_SUPPORT_FLOOR
            and (generated := await _generated(deps, question, retrieved)) is not None
        ):
            return generated, retrieved
        return Grounded(answered=False, text=retrieved.text, support=retrieved.support), retrieved
    if with_model and (generated := await _generated(deps, question, retrieved)) is not None:
        return generated, retrieved
    return _extractive(retrieved, question.lang), retrieved


async def _generated(deps: AnswerSources, question: Question, retrieved: Answer) -> Grounded | None:
    client = deps.clients.get(question.client)
    sources = retrieved.sources if retrieved.answered else retrieved.candidates
    if not sources or not allowed_for_model(client, sources[0].sensitivity):
        # The best passage may not go to a model (privacy.model_sensitivities): answer locally.
        return None
    hits = [
        h
        for h in sources
        if h.sensitivity in question.audience and allowed_for_model(client, h.sensitivity)
    ][:MAX_SOURCES]
    ctx = CallContext(
        client=question.client,
        purpose="answer",
        conversation_id=question.conversation_id,
        # The gateway checks it again: a passage above the policy never leaves.
        sensitivity=strictest(h.sensitivity for h in hits),
    )
    try:
        reply = await generate_answer(
            deps.gateway, ctx, question.lang, question.client_title, question.text, hits
        )
    except (ModelUnavailable, ModelCallFailed) as exc:
        log.warning("chat model unavailable, extractive answer instead: %s", exc)
        return None
    if reply is None:
        # The model read the passages and found no answer: trust the abstention.
        texts = knowledge_messages(question.lang)
        return Grounded(
            answered=False,
            text=f"{texts['unknown']} {texts['offer_human']}",
            support=retrieved.support,
            generated_by=deps.gateway.settings.chat_model or "model",
        )
    text, sources = renumber(reply, hits)
    return Grounded(
        answered=True,
        text=text,
        sources=sources,
        support=retrieved.support,
        generated_by=deps.gateway.settings.chat_model or "model",
    )


def _extractive(retrieved: Answer, lang: str) -> Grounded:
    """The extractive text without its own sources list (the skill shows sources as context)."""
    title = knowledge_messages(lang)["sources_title"]
    lines = retrieved.text.splitlines()
    body = lines[: lines.index(title)] if title in lines else lines
    text, sources = renumber("\n".join(body).strip(), retrieved.sources)
    return Grounded(
        answered=True,
        text=text,
        sources=sources,
        support=retrieved.support,
    )
