"""The synthesis data model and its JSON contract (issue 18, item 8).

Every dataclass is frozen. `Synthesis.to_json()` gives the object of item 8 plus
three documented extensions (`minority` on themes, `distributions`, `participation`);
`Synthesis.from_json()` reads it back (unknown keys are ignored, missing optional keys
take their defaults), so stored syntheses survive additive changes.

Minority views are themes with `kind == "divergence"`, no `sides` and `minority == True`:
a view held by 2+ distinct participants but by clearly fewer than the rest; they are
never dropped because small (the participant-safe version filters those under 3).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

ANSWER_KINDS = ("text", "scale", "choice")
THEME_KINDS = ("convergence", "divergence")


@dataclass(frozen=True)
class Answer:
    """One stored answer: `id` is unique, `participant` an opaque id (anonymised on display).

    `kind` is "text", "scale" or "choice"; scale and choice values are given as text
    ("4", "Plutôt d'accord")."""

    id: str
    participant: str
    question: str
    text: str
    kind: str = "text"


@dataclass(frozen=True)
class Verbatim:
    """A participant's own words: `text` must be a normalised substring of answer `answer_id`."""

    answer_id: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"answer_id": self.answer_id, "text": self.text}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Verbatim:
        return cls(answer_id=str(data["answer_id"]), text=str(data["text"]))


@dataclass(frozen=True)
class Side:
    """One side of an opposition, with its own verbatims (1–3)."""

    label: str
    participants: tuple[str, ...]
    answer_ids: tuple[str, ...]
    verbatims: tuple[Verbatim, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "participants": list(self.participants),
            "answer_ids": list(self.answer_ids),
            "verbatims": [v.to_dict() for v in self.verbatims],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Side:
        return cls(
            label=str(data["label"]),
            participants=tuple(str(p) for p in data.get("participants", ())),
            answer_ids=tuple(str(a) for a in data.get("answer_ids", ())),
            verbatims=tuple(Verbatim.from_dict(v) for v in data.get("verbatims", ())),
        )


@dataclass(frozen=True)
class Theme:
    """A convergence theme, an opposition (divergence with two `sides`) or a minority view
    (divergence, `minority=True`, no sides). `participants` are distinct participant ids."""

    label: str
    kind: str
    participants: tuple[str, ...]
    answer_ids: tuple[str, ...]
    verbatims: tuple[Verbatim, ...] = ()
    sides: tuple[Side, ...] = ()
    minority: bool = False
    question: str = ""

    @property
    def is_opposition(self) -> bool:
        return self.kind == "divergence" and len(self.sides) >= 2

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "label": self.label,
            "kind": self.kind,
            "participants": list(self.participants),
            "answer_ids": list(self.answer_ids),
            "verbatims": [v.to_dict() for v in self.verbatims],
        }
        if self.sides:
            data["sides"] = [s.to_dict() for s in self.sides]
        data["minority"] = self.minority
        if self.question:
            data["question"] = self.question
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Theme:
        return cls(
            label=str(data["label"]),
            kind=str(data["kind"]),
            participants=tuple(str(p) for p in data.get("participants", ())),
            answer_ids=tuple(str(a) for a in data.get("answer_ids", ())),
            verbatims=tuple(Verbatim.from_dict(v) for v in data.get("verbatims", ())),
            sides=tuple(Side.from_dict(s) for s in data.get("sides", ())),
            minority=bool(data.get("minority", False)),
            question=str(data.get("question", "")),
        )


@dataclass(frozen=True)
class ObjectiveLink:
    """An objective and the theme labels that support it, with the answers behind them."""

    text: str
    supported_by: tuple[str, ...]
    answer_ids: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "supported_by": list(self.supported_by),
            "answer_ids": list(self.answer_ids),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ObjectiveLink:
        return cls(
            text=str(data["text"]),
            supported_by=tuple(str(s) for s in data.get("supported_by", ())),
            answer_ids=tuple(str(a) for a in data.get("answer_ids", ())),
        )


@dataclass(frozen=True)
class Need:
    """A need theme that no objective serves."""

    label: str
    answer_ids: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "answer_ids": list(self.answer_ids)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Need:
        return cls(
            label=str(data["label"]), answer_ids=tuple(str(a) for a in data.get("answer_ids", ()))
        )


@dataclass(frozen=True)
class Distribution:
    """Counts of each value given to a scale or choice question (item 2d)."""

    question: str
    kind: str
    counts: tuple[tuple[str, int], ...]
    answer_ids: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "kind": self.kind,
            "counts": [{"value": value, "count": count} for value, count in self.counts],
            "answer_ids": list(self.answer_ids),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Distribution:
        return cls(
            question=str(data["question"]),
            kind=str(data.get("kind", "choice")),
            counts=tuple((str(c["value"]), int(c["count"])) for c in data.get("counts", ())),
            answer_ids=tuple(str(a) for a in data.get("answer_ids", ())),
        )


@dataclass(frozen=True)
class Participation:
    """How many participants answered and skipped one question (item 2e)."""

    question: str
    answered: int
    skipped: int

    def to_dict(self) -> dict[str, Any]:
        return {"question": self.question, "answered": self.answered, "skipped": self.skipped}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Participation:
        return cls(
            question=str(data["question"]),
            answered=int(data.get("answered", 0)),
            skipped=int(data.get("skipped", 0)),
        )


@dataclass(frozen=True)
class Synthesis:
    """One synthesis: the object of the JSON contract of issue 18 item 8 (plus extensions)."""

    participants: int
    themes: tuple[Theme, ...] = ()
    objectives: tuple[ObjectiveLink, ...] = ()
    unserved_needs: tuple[Need, ...] = ()
    unsupported_objectives: tuple[str, ...] = ()
    dropped_unverifiable: int = 0
    caveat: str = ""
    distributions: tuple[Distribution, ...] = ()
    participation: tuple[Participation, ...] = ()
    language: str = "fr"

    @property
    def convergences(self) -> tuple[Theme, ...]:
        return tuple(t for t in self.themes if t.kind == "convergence")

    @property
    def oppositions(self) -> tuple[Theme, ...]:
        return tuple(t for t in self.themes if t.is_opposition)

    @property
    def minorities(self) -> tuple[Theme, ...]:
        return tuple(t for t in self.themes if t.kind == "divergence" and t.minority)

    def to_dict(self) -> dict[str, Any]:
        return {
            "participants": self.participants,
            "themes": [t.to_dict() for t in self.themes],
            "objectives": [o.to_dict() for o in self.objectives],
            "unserved_needs": [n.to_dict() for n in self.unserved_needs],
            "unsupported_objectives": list(self.unsupported_objectives),
            "dropped_unverifiable": self.dropped_unverifiable,
            "caveat": self.caveat,
            "distributions": [d.to_dict() for d in self.distributions],
            "participation": [p.to_dict() for p in self.participation],
            "language": self.language,
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Synthesis:
        return cls(
            participants=int(data["participants"]),
            themes=tuple(Theme.from_dict(t) for t in data.get("themes", ())),
            objectives=tuple(ObjectiveLink.from_dict(o) for o in data.get("objectives", ())),
            unserved_needs=tuple(Need.from_dict(n) for n in data.get("unserved_needs", ())),
            unsupported_objectives=tuple(str(o) for o in data.get("unsupported_objectives", ())),
            dropped_unverifiable=int(data.get("dropped_unverifiable", 0)),
            caveat=str(data.get("caveat", "")),
            distributions=tuple(Distribution.from_dict(d) for d in data.get("distributions", ())),
            participation=tuple(Participation.from_dict(p) for p in data.get("participation", ())),
            language=str(data.get("language", "fr")),
        )

    @classmethod
    def from_json(cls, text: str) -> Synthesis:
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("a synthesis is a JSON object")
        return cls.from_dict(data)


__all__ = [
    "ANSWER_KINDS",
    "THEME_KINDS",
    "Answer",
    "Distribution",
    "Need",
    "ObjectiveLink",
    "Participation",
    "Side",
    "Synthesis",
    "Theme",
    "Verbatim",
]
