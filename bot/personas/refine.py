"""Better persona names and descriptions with a chat model, same evidence rule.

The offline drafts go through the model gateway (so through the confidentiality filter).
For each persona the model proposes a name, a description, the answer ids it relied on
and quotes. A proposal is taken only when it cites at least one answer of that persona
and at least one of its quotes is a normalised substring of such an answer
(`bot.synthesis.verify.is_verbatim`); its verified quotes then replace the offline ones
when there are `MIN_VERBATIMS` or more. Every quote that fails is counted in
`dropped_unverifiable` and never shown; personas the model adds are ignored; any model
failure keeps the offline drafts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from bot.llm.calls import CallContext
from bot.llm.gateway import ModelGateway
from bot.llm.replies import ask_for_items
from bot.personas.model import MAX_VERBATIMS, MIN_VERBATIMS, Persona, PersonaSet
from bot.personas.verify import verify_set
from bot.synthesis.model import Answer, Verbatim
from bot.synthesis.verify import is_verbatim
from prompts.catalog import text

ANSWERS_PER_PERSONA = 24
ANSWER_CHARS = 300
MAX_LABEL_CHARS = 60
MAX_DESCRIPTION_CHARS = 400


def _describe(personas: PersonaSet, by_id: dict[str, Answer], language: str) -> str:
    lines: list[str] = []
    for number, persona in enumerate(personas.personas, start=1):
        lines.append(f"[{number}] {persona.label} — {persona.description}")
        shown = [by_id[a] for a in persona.answer_ids if a in by_id]
        for answer in [a for a in shown if a.kind == "text"][:ANSWERS_PER_PERSONA]:
            lines.append(f"  - ({answer.id}) {answer.question}: {answer.text[:ANSWER_CHARS]}")
        for trait in persona.traits:
            dimension = text(language, f"personas.dimension.{trait.dimension}")
            lines.append(f"  * {dimension}: {trait.value} ({trait.count})")
    return "\n".join(lines)


def _clean(raw: Any, limit: int) -> str:
    return " ".join(str(raw or "").split())[:limit].strip()


def _apply(
    persona: Persona, proposal: dict[str, Any], by_id: dict[str, Answer]
) -> tuple[Persona, int]:
    """The persona with the proposal's wording when it holds, and the quotes that failed."""
    allowed = set(persona.answer_ids)
    cited = [str(a) for a in proposal.get("answer_ids") or [] if str(a) in allowed]
    kept: list[Verbatim] = []
    failed = 0
    raw = proposal.get("verbatims")
    for item in raw if isinstance(raw, list) else []:
        answer_id = str(item.get("answer_id", "")) if isinstance(item, dict) else ""
        quote = str(item.get("text", "")) if isinstance(item, dict) else ""
        answer = by_id.get(answer_id)
        if answer_id in allowed and answer is not None and is_verbatim(quote, answer.text):
            if len(kept) < MAX_VERBATIMS:
                kept.append(Verbatim(answer_id, quote.strip()))
        else:
            failed += 1
    label = _clean(proposal.get("label"), MAX_LABEL_CHARS)
    description = _clean(proposal.get("description"), MAX_DESCRIPTION_CHARS)
    if not cited or not kept or not label:
        return persona, failed
    return (
        replace(
            persona,
            label=label,
            description=description or persona.description,
            verbatims=tuple(kept) if len(kept) >= MIN_VERBATIMS else persona.verbatims,
        ),
        failed,
    )


async def refine(
    personas: PersonaSet,
    answers: Sequence[Answer],
    gateway: ModelGateway,
    ctx: CallContext,
    *,
    language: str,
) -> PersonaSet:
    """`personas` with the model's wording where it verifies (see the module doc)."""
    if not personas.personas:
        return personas
    by_id = {a.id: a for a in answers}
    items = await ask_for_items(
        gateway,
        ctx,
        text(language, "personas.model.system"),
        text(language, "personas.model.user", personas=_describe(personas, by_id, language)),
        "personas",
        what="personas",
    )
    proposals = {str(p.get("id", "")).strip("[] "): p for p in items}
    if not proposals:
        return personas
    updated: list[Persona] = []
    dropped = 0
    labels: set[str] = set()
    for number, persona in enumerate(personas.personas, start=1):
        proposal = proposals.get(str(number))
        candidate, failed = _apply(persona, proposal, by_id) if proposal else (persona, 0)
        dropped += failed
        if candidate.label.casefold() in labels:  # two personas may not share a name
            candidate = replace(candidate, label=persona.label)
        labels.add(candidate.label.casefold())
        updated.append(candidate)
    result = replace(
        personas,
        personas=tuple(updated),
        dropped_unverifiable=personas.dropped_unverifiable + dropped,
    )
    return verify_set(result, answers)
