"""JE answers as the synthesis engine reads them, with participants anonymised.

Each participant gets a label (P1, P2… in the order they joined, the same person keeping
one label across the sessions of a synthesis of "all"); the engine only ever sees labels.
Text and list answers become text answers (one per list entry); scale steps become scale
answers and choice steps choice answers (option labels in the synthesis language; a free
"other" entry stays text), so that distributions appear; skipped steps are counted. The
consent step (`named_in_synthesis`) is not an answer to synthesise: it decides whose name
may be shown when the facilitator asks for names.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.synthesis.model import Answer
from prompts.catalog import text
from skills.workshop.repository import INVITED, ParticipantAnswers
from skills.workshop.schema import Flow, Step, StepKind

CONSENT_STEP = "named_in_synthesis"


@dataclass
class Collected:
    answers: list[Answer] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)  # question → skips
    people: dict[str, str] = field(default_factory=dict)  # label → "platform:user_id"
    display_names: dict[str, str] = field(default_factory=dict)  # label → name, everyone
    consented: set[str] = field(default_factory=set)  # labels that agreed to be named
    sessions: list[str] = field(default_factory=list)  # codes, in order

    @property
    def names(self) -> dict[str, str]:
        """Names of the participants who agreed to be quoted by name, and of them only."""
        return {label: self.display_names[label] for label in sorted(self.consented)}


def _values(step: Step, value: Any, language: str) -> list[tuple[str, str]]:
    """(kind, text) of one stored value."""
    labels = {o.value: o.label.get(language) for o in step.options}
    items = value if isinstance(value, list) else [value]
    result: list[tuple[str, str]] = []
    for item in items:
        if isinstance(item, dict):  # a kept suggestion, a list entry with fields
            item = item.get("text") or item.get("label") or item.get("name") or ""
        if item is None or item == "":
            continue
        match step.kind:
            case StepKind.SCALE:
                result.append(("scale", str(item)))
            case StepKind.SINGLE | StepKind.MULTIPLE:
                known = str(item) in labels
                result.append(("choice" if known else "text", labels.get(str(item), str(item))))
            case StepKind.CONFIRM:
                result.append(
                    ("choice", text(language, f"workshop.answer_{'yes' if item else 'no'}"))
                )
            case _:
                result.append(("text", str(item)))
    return result


def collect(rows: Iterable[ParticipantAnswers], flow: Flow, language: str) -> Collected:
    """The answers of `rows` (one or several sessions of `flow`) for the engine."""
    found = Collected()
    labels: dict[str, str] = {}
    refusals: set[str] = set()
    for person in rows:
        if person.status == INVITED:
            continue  # invited, never joined
        who = f"{person.platform}:{person.user_id}"
        label = labels.setdefault(who, f"P{len(labels) + 1}")
        found.people[label] = who
        found.display_names[label] = person.display_name or person.user_id
        if person.session_code not in found.sessions:
            found.sessions.append(person.session_code)
        consent = person.answers.get(CONSENT_STEP)
        if consent is not None:
            (found.consented if consent.value is True else refusals).add(label)
        for step in flow.steps:
            if step.id == CONSENT_STEP:
                continue
            question = step.title.get(language)
            if step.id in person.skipped:
                found.skipped[question] = found.skipped.get(question, 0) + 1
                continue
            stored = person.answers.get(step.id)
            if stored is None:
                continue
            found.skipped.setdefault(question, 0)
            values = _values(step, stored.value, language)
            for number, (kind, said) in enumerate(values, start=1):
                suffix = f"-{number}" if len(values) > 1 else ""
                answer_id = f"{person.session_code}-{label}-{step.id}{suffix}"
                found.answers.append(Answer(answer_id, label, question, said, kind))
    found.consented -= refusals  # said no in one of the sessions: stays anonymous
    return found


def objectives_of(definition: dict[str, Any]) -> list[str]:
    """The program's objectives as plain statements (from NOUS, or ACTION once validated)."""
    statements: Sequence[Any] = definition.get("objectives") or []
    result = []
    for item in statements:
        said = item.get("text") or item.get("label") if isinstance(item, dict) else item
        if said and str(said).strip():
            result.append(str(said).strip())
    return list(dict.fromkeys(result))
