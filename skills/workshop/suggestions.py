"""Drafts for `suggest` steps: candidate KPIs for chosen objectives, content themes.

Offline (default): deterministic, from the flow's own hints, the client's
documents (retrieved passages) and earlier workshop answers. With a chat model
the client allows: a model draft through the gateway, offline on any failure.
Every item is a proposal: the participant keeps, edits or rejects it.
"""

from __future__ import annotations

import json
import logging
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from bot.llm import CallContext, ChatMessage, ModelCallFailed, ModelGateway, ModelUnavailable
from knowledge import Hit, KnowledgeBase
from knowledge.chunking import split_sentences
from knowledge.sensitivity import strictest
from prompts.catalog import text as message_text
from skills.workshop.engine import fold, has_content
from skills.workshop.schema import Flow, Step

log = logging.getLogger(__name__)

# A sentence that states how something is counted: a rate, a count per period, a target.
# A bare number (a date, a price, a discount) is not enough.
_MEASURE_CUE = re.compile(
    r"\b\d+\s*(?:par|/|fois|per)\b|\b(?:nombre|taux|objectif|cible|mesur\w*|"
    r"indicateur\w*|par (?:mois|an|trimestre|semaine)|number|rate|target|goal|measur\w*|"
    r"per (?:month|year|quarter|week))\b",
    re.IGNORECASE,
)
_STEM = 5  # words compared by their first letters: "recommandation" ~ "recommander"
_MIN_WORD = 6  # shorter words ("ligne", "plus") say little about a topic
MAX_LABEL_CHARS = 140
PASSAGES_PER_QUERY = 3
_LEVEL = "_sensitivity"  # an item's passage level, for the model prompt only (never shown)


@dataclass(frozen=True)
class SuggestionContext:
    client: str
    language: str
    allowed_sensitivities: frozenset[str]  # drafts become shared outputs: never confidential
    knowledge: KnowledgeBase | None
    gateway: ModelGateway
    earlier_je: dict[str, Any] | None  # the latest JE output, for ACTION themes


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_LABEL_CHARS else text[: MAX_LABEL_CHARS - 1].rstrip() + "…"


def _dedupe(items: list[dict[str, Any]], limit: int) -> list[dict[str, Any]]:
    seen: set[str] = set()
    unique = []
    for item in items:
        key = fold(item["label"])
        if key and key not in seen:
            seen.add(key)
            unique.append(item)
    return unique[:limit]


def _chosen_labels(flow: Flow, step: Step, answers: dict[str, Any], language: str) -> list[str]:
    """The labels of what the participant chose in the steps this suggestion reads."""
    labels: list[str] = []
    for source_id in step.sources:
        source = flow.step(source_id)
        value = answers.get(source_id)
        if source is None or value is None:
            continue
        by_value = {o.value: o.label.get(language) for o in source.options}
        for item in value if isinstance(value, list) else [value]:
            labels.append(by_value.get(str(item), str(item)))
    return labels


async def _passages(ctx: SuggestionContext, query: str, k: int) -> list[Hit]:
    if ctx.knowledge is None or not has_content(query):
        return []
    try:
        return await ctx.knowledge.asearch(
            ctx.client, query, allowed_sensitivities=ctx.allowed_sensitivities, k=k
        )
    except Exception as exc:  # a broken index must not block a workshop
        log.warning("workshop suggestions without documents (%s)", exc)
        return []


def _stems(text: str) -> set[str]:
    return {w[:_STEM] for w in re.findall(r"\w+", fold(text)) if len(w) >= _MIN_WORD}


def _measured_sentences(hits: list[Hit], topic: str) -> list[tuple[str, Hit]]:
    """Per passage, its first sentence that measures something about `topic`."""
    topic_stems = _stems(topic)
    found = []
    for hit in hits:
        for sentence in split_sentences(hit.text):
            if _MEASURE_CUE.search(sentence) and topic_stems & _stems(sentence):
                found.append((_clip(sentence), hit))
                break
    return found


async def _offline_kpis(
    flow: Flow, step: Step, answers: dict[str, Any], ctx: SuggestionContext
) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for source_id in step.sources:
        source = flow.step(source_id)
        chosen = answers.get(source_id) or []
        for value in chosen if isinstance(chosen, list) else [chosen]:
            option = next((o for o in source.options if o.value == value), None) if source else None
            label = option.label.get(ctx.language) if option else str(value)
            hits = await _passages(ctx, label, PASSAGES_PER_QUERY)
            for hit_text, hit in _measured_sentences(hits, label):
                measure = message_text(
                    ctx.language, "workshop.suggest.doc_measure", document=hit.document
                )
                items.append(
                    {
                        "label": hit_text,
                        "measure": measure,
                        "source": hit.document,
                        _LEVEL: hit.sensitivity,
                    }
                )
            for hint in option.hints if option else []:
                entry = {"label": hint.label.get(ctx.language), "source": label}
                if hint.measure:
                    entry["measure"] = hint.measure.get(ctx.language)
                items.append(entry)
    return items


def _je_counts(earlier_je: dict[str, Any] | None, key: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for person in (earlier_je or {}).get("answers", []):
        for item in person.get(key) or []:
            counts[item["label"] if isinstance(item, dict) else str(item)] += 1
    return counts


async def _offline_themes(
    flow: Flow, step: Step, answers: dict[str, Any], ctx: SuggestionContext
) -> list[dict[str, Any]]:
    objectives = _chosen_labels(flow, step, answers, ctx.language)
    kinds = _je_counts(ctx.earlier_je, "contribution_kinds")
    motivations = _je_counts(ctx.earlier_je, "motivations")
    query = " ".join([*objectives, *kinds, *motivations])
    items: list[dict[str, Any]] = []
    for hit in await _passages(ctx, query, step.max_items):
        heading = hit.section.split(">")[-1].strip() if hit.section else ""
        label = heading if has_content(heading) else split_sentences(hit.text)[0]
        items.append({"label": _clip(label), "source": hit.document, _LEVEL: hit.sensitivity})
    for label, count in kinds.most_common():
        source = message_text(ctx.language, "workshop.suggest.from_je", count=count)
        items.append({"label": label, "source": source})
    return items


def _parse_model_items(reply: str) -> list[dict[str, Any]]:
    start, end = reply.find("["), reply.rfind("]")
    if start < 0 or end <= start:
        return []
    try:
        raw = json.loads(reply[start : end + 1])
    except json.JSONDecodeError:
        return []
    items = []
    for entry in raw if isinstance(raw, list) else []:
        if isinstance(entry, dict) and has_content(str(entry.get("label", ""))):
            item = {"label": _clip(str(entry["label"])), "source": "model"}
            if has_content(str(entry.get("measure") or "")):
                item["measure"] = _clip(str(entry["measure"]))
            items.append(item)
    return items


async def _model_items(
    step: Step, context_lines: list[str], offline: list[dict[str, Any]], ctx: SuggestionContext
) -> list[dict[str, Any]]:
    assert step.generator is not None
    system = message_text(ctx.language, f"workshop.model.{step.generator}")
    # A draft quoted from a passage the client keeps from models stays out of the prompt.
    shown = [
        i
        for i in offline
        if _LEVEL not in i or ctx.gateway.allows_sensitivity(ctx.client, i[_LEVEL])
    ]
    levels = [i[_LEVEL] for i in shown if _LEVEL in i]
    drafted = "\n".join(f"- {i['label']}: {i.get('measure', '')}" for i in shown)
    user = "\n".join([*context_lines, message_text(ctx.language, "workshop.model.drafts"), drafted])
    try:
        reply = await ctx.gateway.chat(
            CallContext(
                client=ctx.client,
                purpose=f"workshop_{step.generator}",
                sensitivity=strictest(levels) if levels else None,
            ),
            [ChatMessage("system", system), ChatMessage("user", user)],
        )
    except (ModelUnavailable, ModelCallFailed) as exc:
        log.warning("workshop suggestions offline: %s", exc)
        return []
    return _parse_model_items(reply)


async def suggest(
    flow: Flow, step: Step, answers: dict[str, Any], ctx: SuggestionContext
) -> list[dict[str, Any]]:
    """Proposals for a suggest step, each {label, measure?, source}."""
    generate = _offline_kpis if step.generator == "kpis" else _offline_themes
    offline = await generate(flow, step, answers, ctx)
    items = offline
    if ctx.gateway.allows(ctx.client, "chat"):
        context_lines = _chosen_labels(flow, step, answers, ctx.language)
        drafted = await _model_items(step, context_lines, offline, ctx)
        if step.needs_measure:
            drafted = [i for i in drafted if i.get("measure")]
        items = drafted + offline if drafted else offline
    return [
        {k: v for k, v in item.items() if k != _LEVEL} for item in _dedupe(items, step.max_items)
    ]
