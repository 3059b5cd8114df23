"""Workshop answers as synthesis input (issue 18): `Answer`s, skips and names per participant.

Each text answer is one `Answer`; each entry of a list step is its own `Answer` (so a
verbatim cites the entry it comes from); a chosen option is a "choice" `Answer` carrying the
option's label in the synthesis language, free text given beside the options ("autre")
is a text `Answer`; a scale is a "scale" `Answer`. The consent step of named quotes is not
a question to synthesise: it fills `named_consent`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.synthesis.model import Answer
from prompts.catalog import text
from skills.workshop.repository import ParticipantAnswers
from skills.workshop.schema import Flow, Step, StepKind

CONSENT_STEP = "named_in_synthesis"


@dataclass
class SynthesisInput:
    answers: list[Answer] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)  # question → participants who skipped
    names: dict[str, str] = field(default_factory=dict)  # participant id → display name
    named_consent: dict[str, bool] = field(default_factory=dict)  # participant id → agreed


def participant_id(person: ParticipantAnswers) -> str:
    return f"{person.session_code}:{person.platform}:{person.user_id}"


def _question(step: Step | None, step_id: str, language: str) -> str:
    return step.title.get(language) if step is not None else step_id


def _entry_text(entry: Any) -> str:
    if isinstance(entry, dict):
        parts = [
            str(v) if not isinstance(v, list) else ", ".join(map(str, v)) for v in entry.values()
        ]
        return " : ".join(p for p in parts if p)
    return str(entry)


def _option_label(step: Step, value: str, language: str) -> str | None:
    option = next((o for o in step.options if o.value == value), None)
    return option.label.get(language) if option is not None else None


def _answers_of(
    step: Step | None, base: str, pid: str, question: str, value: Any, language: str
) -> list[Answer]:
    kind = step.kind if step is not None else None
    if kind == StepKind.SCALE:
        return [Answer(base, pid, question, str(value), "scale")]
    if kind in (StepKind.SINGLE, StepKind.MULTIPLE) and step is not None:
        values = value if isinstance(value, list) else [value]
        result = []
        for n, item in enumerate(values, start=1):
            label = _option_label(step, str(item), language)
            answer_id = base if len(values) == 1 else f"{base}:{n}"
            if label is not None:
                result.append(Answer(answer_id, pid, question, label, "choice"))
            elif str(item).strip():
                result.append(Answer(answer_id, pid, question, str(item)))
        return result
    if kind == StepKind.CONFIRM:
        key = "workshop.answer_yes" if value else "workshop.answer_no"
        return [Answer(base, pid, question, text(language, key), "choice")]
    if isinstance(value, list):
        texts = [_entry_text(entry) for entry in value]
        texts = [t for t in texts if t.strip()]
        if len(texts) == 1:
            return [Answer(base, pid, question, texts[0])]
        return [Answer(f"{base}:{n}", pid, question, t) for n, t in enumerate(texts, start=1)]
    return [Answer(base, pid, question, str(value))] if str(value).strip() else []


def synthesis_input(
    people: Sequence[ParticipantAnswers], flow: Flow | None, language: str
) -> SynthesisInput:
    """The answers of `people` (from `WorkshopRepository.participant_answers` or
    `session_answers`), questions named by `flow`'s step titles in `language`."""
    result = SynthesisInput()
    skips: Counter[str] = Counter()
    order = {s.id: i for i, s in enumerate(flow.steps)} if flow is not None else {}
    for person in people:
        pid = participant_id(person)
        if person.display_name:
            result.names[pid] = person.display_name
        for step_id in sorted(person.answers, key=lambda s: (order.get(s, len(order)), s)):
            stored = person.answers[step_id]
            step = flow.step(step_id) if flow is not None else None
            if step_id == CONSENT_STEP:
                result.named_consent[pid] = bool(stored.value)
                continue
            base = f"{person.session_code}:{person.platform}:{person.user_id}:{step_id}"
            question = _question(step, step_id, language)
            result.answers += _answers_of(step, base, pid, question, stored.value, language)
        for step_id in person.skipped:
            if step_id != CONSENT_STEP:
                skips[_question(flow.step(step_id) if flow else None, step_id, language)] += 1
    result.skipped = dict(skips)
    return result


def objective_texts(definition: dict[str, Any]) -> list[str]:
    """The objectives of `WorkshopRepository.program_definition` as plain texts."""
    texts: list[str] = []
    for item in definition.get("objectives") or []:
        if isinstance(item, dict):
            label = item.get("label") or item.get("text") or item.get("value")
        else:
            label = item
        if label and str(label).strip() and str(label).strip() not in texts:
            texts.append(str(label).strip())
    return texts
