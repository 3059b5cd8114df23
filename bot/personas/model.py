"""The persona set and its JSON form (issue 18, item 6).

A persona is a group of JE participants (anonymised labels, P1, P2…) who answered alike on
the dimensions of `DIMENSIONS`, described in their own words: a label, a short
description, the dimensions' salient values (`Trait`s, each with the answers behind it)
and 2–4 verbatims that `bot.personas.verify` checked against the stored answers.
`PersonaSet.from_dict` reads a stored set back (unknown keys ignored).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bot.synthesis.model import Verbatim

DIMENSIONS = ("needs", "motivations", "brakes", "contributions", "time")
MIN_PARTICIPANTS = 5  # below this, a persona would describe one or two people
MIN_PERSONAS, MAX_PERSONAS = 2, 6
MIN_VERBATIMS, MAX_VERBATIMS = 2, 4
EDITABLE_FIELDS = ("label", "description")


@dataclass(frozen=True)
class Trait:
    """A salient value of one dimension in a persona: held by `count` of its participants."""

    dimension: str
    value: str
    count: int
    answer_ids: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "dimension": self.dimension,
            "value": self.value,
            "count": self.count,
            "answer_ids": list(self.answer_ids),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Trait:
        return cls(
            dimension=str(data["dimension"]),
            value=str(data["value"]),
            count=int(data.get("count", 0)),
            answer_ids=tuple(str(a) for a in data.get("answer_ids", ())),
        )


@dataclass(frozen=True)
class Persona:
    label: str
    description: str
    participants: tuple[str, ...]
    answer_ids: tuple[str, ...]
    verbatims: tuple[Verbatim, ...] = ()
    traits: tuple[Trait, ...] = ()
    edited: tuple[str, ...] = ()  # fields a community manager rewrote
    authors: tuple[str, ...] = ()  # the participant of each verbatim, in order

    @property
    def count(self) -> int:
        return len(self.participants)

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "description": self.description,
            "participants_count": self.count,
            "participants": list(self.participants),
            "answer_ids": list(self.answer_ids),
            "verbatims": [v.to_dict() for v in self.verbatims],
            "traits": [t.to_dict() for t in self.traits],
            "edited": list(self.edited),
            "authors": list(self.authors),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Persona:
        return cls(
            label=str(data["label"]),
            description=str(data.get("description", "")),
            participants=tuple(str(p) for p in data.get("participants", ())),
            answer_ids=tuple(str(a) for a in data.get("answer_ids", ())),
            verbatims=tuple(Verbatim.from_dict(v) for v in data.get("verbatims", ())),
            traits=tuple(Trait.from_dict(t) for t in data.get("traits", ())),
            edited=tuple(str(e) for e in data.get("edited", ())),
            authors=tuple(str(a) for a in data.get("authors", ())),
        )


@dataclass(frozen=True)
class PersonaSet:
    """2–6 personas drafted from `participants` participants' answers.

    `separation` is the grouping's mean silhouette (-1..1: near 0, the groups overlap);
    `dropped_unverifiable` counts verbatims and personas removed by the check."""

    participants: int
    personas: tuple[Persona, ...] = ()
    separation: float = 0.0
    dropped_unverifiable: int = 0
    caveat: str = ""
    language: str = "fr"

    def to_dict(self) -> dict[str, Any]:
        return {
            "participants": self.participants,
            "personas": [p.to_dict() for p in self.personas],
            "separation": round(self.separation, 3),
            "dropped_unverifiable": self.dropped_unverifiable,
            "caveat": self.caveat,
            "language": self.language,
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PersonaSet:
        return cls(
            participants=int(data["participants"]),
            personas=tuple(Persona.from_dict(p) for p in data.get("personas", ())),
            separation=float(data.get("separation", 0.0)),
            dropped_unverifiable=int(data.get("dropped_unverifiable", 0)),
            caveat=str(data.get("caveat", "")),
            language=str(data.get("language", "fr")),
        )


class TooFewParticipants(ValueError):
    """Fewer than `MIN_PARTICIPANTS` participants answered: no persona is drafted."""

    def __init__(self, count: int) -> None:
        super().__init__(f"{count} participant(s), at least {MIN_PARTICIPANTS} needed")
        self.count = count
