"""Better wording with a chat model, same structure, same evidence rule (issue 18, item 4).

The offline synthesis is sent through the model gateway (so through the confidentiality
filter: names in answers leave as placeholders and come back re-identified). For each theme
and each side, the model proposes a label and quotes with their answer ids. A proposal is
kept only when at least one of its quotes is a normalised substring of an answer of that
theme or side (`is_verbatim`): then the label and the verified quotes replace the offline
ones. Every quote that fails is counted in `dropped_unverifiable` and never shown; a theme
whose proposal fails keeps its offline label and verbatims. Themes the model adds are
ignored. Any model failure returns the offline synthesis unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from bot.llm.calls import CallContext
from bot.llm.gateway import ModelGateway
from bot.llm.replies import ask_for_items
from bot.synthesis.model import Answer, Side, Synthesis, Theme, Verbatim
from bot.synthesis.verify import is_verbatim, verify
from prompts.catalog import text

ANSWERS_PER_POINT = 8
ANSWER_CHARS = 400
MAX_LABEL_CHARS = 90
MAX_VERBATIMS = 3


def _points(synthesis: Synthesis) -> dict[str, tuple[int, int | None]]:
    """Point id ("T1", "T1.2") → (theme index, side index or None)."""
    points: dict[str, tuple[int, int | None]] = {}
    for t, theme in enumerate(synthesis.themes):
        points[f"T{t + 1}"] = (t, None)
        for s, _ in enumerate(theme.sides):
            points[f"T{t + 1}.{s + 1}"] = (t, s)
    return points


def _describe(synthesis: Synthesis, by_id: dict[str, Answer]) -> str:
    lines: list[str] = []
    for point, (t, s) in _points(synthesis).items():
        theme = synthesis.themes[t]
        item: Theme | Side = theme if s is None else theme.sides[s]
        lines.append(f"[{point}] {item.label}")
        for answer_id in item.answer_ids[:ANSWERS_PER_POINT]:
            answer = by_id.get(answer_id)
            if answer is not None and answer.kind == "text":
                lines.append(f"  - ({answer_id}) {answer.text[:ANSWER_CHARS]}")
    return "\n".join(lines)


class _Merger:
    def __init__(self, synthesis: Synthesis, answers: Sequence[Answer]) -> None:
        self.synthesis = synthesis
        self.by_id = {a.id: a for a in answers}
        self.dropped = 0
        self.labels = {t.label.casefold() for t in synthesis.themes}

    def quotes(self, raw: Any, allowed: tuple[str, ...]) -> tuple[Verbatim, ...]:
        kept: list[Verbatim] = []
        for item in raw if isinstance(raw, list) else []:
            answer_id = str(item.get("answer_id", "")) if isinstance(item, dict) else ""
            quote = str(item.get("text", "")) if isinstance(item, dict) else ""
            answer = self.by_id.get(answer_id)
            if answer_id in allowed and answer is not None and is_verbatim(quote, answer.text):
                if len(kept) < MAX_VERBATIMS:
                    kept.append(Verbatim(answer_id, quote.strip()))
            else:
                self.dropped += 1
        return tuple(kept)

    def label(self, raw: Any, current: str) -> str | None:
        label = " ".join(str(raw or "").split())[:MAX_LABEL_CHARS].strip(" .")
        if not label or label.casefold() == current.casefold():
            return None
        if label.casefold() in self.labels:
            return None
        return label

    def apply(self, proposals: list[dict[str, Any]]) -> Synthesis:
        themes = list(self.synthesis.themes)
        renamed: dict[str, str] = {}
        points = _points(self.synthesis)
        for proposal in proposals:
            where = points.get(str(proposal.get("id", "")))
            if where is None:
                continue  # a theme the model made up: ignored
            t, s = where
            theme = themes[t]
            item: Theme | Side = theme if s is None else theme.sides[s]
            quotes = self.quotes(proposal.get("verbatims"), item.answer_ids)
            if not quotes:
                continue
            label = self.label(proposal.get("label"), item.label) or item.label
            if s is None:
                renamed[theme.label] = label
                self.labels.add(label.casefold())
                themes[t] = replace(
                    theme, label=label, verbatims=quotes if not theme.sides else theme.verbatims
                )
            else:
                sides = list(theme.sides)
                sides[s] = replace(theme.sides[s], label=label, verbatims=quotes)
                themes[t] = replace(theme, sides=tuple(sides))
        objectives = tuple(
            replace(o, supported_by=tuple(renamed.get(x, x) for x in o.supported_by))
            for o in self.synthesis.objectives
        )
        needs = tuple(
            replace(n, label=renamed.get(n.label, n.label)) for n in self.synthesis.unserved_needs
        )
        return replace(
            self.synthesis,
            themes=tuple(themes),
            objectives=objectives,
            unserved_needs=needs,
            dropped_unverifiable=self.synthesis.dropped_unverifiable + self.dropped,
        )


async def refine(
    synthesis: Synthesis,
    answers: Sequence[Answer],
    gateway: ModelGateway,
    ctx: CallContext,
    *,
    language: str,
) -> Synthesis:
    """`synthesis` with the model's labels and quotes where they verify (see module doc)."""
    if not synthesis.themes:
        return synthesis
    by_id = {a.id: a for a in answers}
    proposals = await ask_for_items(
        gateway,
        ctx,
        text(language, "synthesis.model.system"),
        text(language, "synthesis.model.user", themes=_describe(synthesis, by_id)),
        "themes",
        what="synthesis",
    )
    if not proposals:
        return synthesis
    return verify(_Merger(synthesis, answers).apply(proposals), answers)
