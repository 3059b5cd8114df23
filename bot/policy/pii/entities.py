"""The `Entity` found in a text, and the names of its types."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class EntityType(StrEnum):
    """Entity types, named as in the evaluation set (`shared/eval/pii.jsonl`)."""

    EMAIL = "EMAIL"
    PHONE = "PHONE"
    IBAN = "IBAN"
    CREDIT_CARD = "CREDIT_CARD"
    NIR = "NIR"
    SIRET = "SIRET"
    SIREN = "SIREN"
    PERSON = "PERSON"
    ADDRESS = "ADDRESS"
    CONFIDENTIAL_TERM = "CONFIDENTIAL_TERM"


# French placeholder labels, as shown to the model and in redacted text.
PLACEHOLDER_LABELS: dict[EntityType, str] = {
    EntityType.PERSON: "PERSONNE",
    EntityType.EMAIL: "EMAIL",
    EntityType.PHONE: "TELEPHONE",
    EntityType.IBAN: "IBAN",
    EntityType.CREDIT_CARD: "CARTE",
    EntityType.NIR: "NIR",
    EntityType.SIRET: "SIRET",
    EntityType.SIREN: "SIREN",
    EntityType.ADDRESS: "ADRESSE",
    EntityType.CONFIDENTIAL_TERM: "TERME_CONFIDENTIEL",
}


@dataclass(frozen=True, slots=True)
class Entity:
    """A span of the input: `value == text[start:end]` (code-point offsets, end exclusive)."""

    type: EntityType
    start: int
    end: int
    value: str

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Entity) -> bool:
        return self.start < other.end and other.start < self.end

    def to_dict(self) -> dict[str, object]:
        return {"type": str(self.type), "start": self.start, "end": self.end, "value": self.value}

    def __repr__(self) -> str:
        # Never print the value itself: entities end up in logs and tracebacks.
        return f"Entity({self.type}, {self.start}, {self.end})"


def make_entity(text: str, entity_type: EntityType, start: int, end: int) -> Entity:
    return Entity(entity_type, start, end, text[start:end])
