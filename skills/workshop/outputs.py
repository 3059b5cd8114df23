"""What a closed session yields: answers merged per output key.

Collective flows (NOUS, ACTION) merge everyone's answers into one program
definition, each item saying who proposed it; individual flows (JE) keep one
record per participant. Option values carry their label in the client's language.
"""

from __future__ import annotations

from typing import Any

from skills.workshop.engine import fold
from skills.workshop.repository import ParticipantAnswers
from skills.workshop.schema import CHOICE_KINDS, Flow, Step, StepKind


def labelled(step: Step, value: Any, language: str) -> Any:
    """Option values as {"value", "label"}; free text answers as {"value": text, "label": text}."""
    if step.kind not in CHOICE_KINDS:
        return value
    labels = {o.value: o.label.get(language) for o in step.options}
    values = value if isinstance(value, list) else [value]
    items = [{"value": v, "label": labels.get(v, v)} for v in values]
    return items if isinstance(value, list) else items[0]


def _key(item: Any) -> str:
    if isinstance(item, dict):
        return fold(str(item.get("value") or item.get("label") or item.get("name") or item))
    return fold(str(item))


def _merge_items(contributions: list[tuple[str, list[Any]]]) -> list[dict[str, Any]]:
    """Union of everyone's items, each with who proposed it, most shared first."""
    merged: dict[str, dict[str, Any]] = {}
    for author, items in contributions:
        for item in items:
            entry = merged.setdefault(
                _key(item),
                dict(item) | {"by": []} if isinstance(item, dict) else {"text": item, "by": []},
            )
            if author not in entry["by"]:
                entry["by"].append(author)
    return sorted(merged.values(), key=lambda e: -len(e["by"]))


def _merge_step(step: Step, contributions: list[tuple[str, Any]]) -> Any:
    if step.kind == StepKind.SCALE:
        values = {author: value for author, value in contributions}
        mean = round(sum(values.values()) / len(values), 2) if values else None
        return {"values": values, "mean": mean}
    if step.kind == StepKind.CONFIRM:
        return {
            "yes": [a for a, v in contributions if v is True],
            "no": [a for a, v in contributions if v is False],
        }
    as_lists = [(a, v if isinstance(v, list) else [v]) for a, v in contributions]
    return _merge_items(as_lists)


def build_output(
    flow: Flow, answers: list[ParticipantAnswers], language: str, session_code: str
) -> dict[str, Any]:
    def author(person: ParticipantAnswers) -> str:
        return person.display_name or person.user_id

    data: dict[str, Any] = {
        "flow": flow.id,
        "session": session_code,
        "participants": [author(p) for p in answers],
        "completed": [author(p) for p in answers if p.status == "done"],
    }
    if not flow.collective:
        data["answers"] = [
            {
                "user_id": person.user_id,
                "platform": person.platform,
                "display_name": person.display_name,
                "status": person.status,
                **{
                    step.output: labelled(step, person.answers[step.id].value, language)
                    for step in flow.steps
                    if step.output and step.id in person.answers
                },
            }
            for person in answers
        ]
        return data
    for step in flow.steps:
        if not step.output:
            continue
        contributions = [
            (author(p), labelled(step, p.answers[step.id].value, language))
            for p in answers
            if step.id in p.answers
        ]
        data[step.output] = _merge_step(step, contributions)
    return data
