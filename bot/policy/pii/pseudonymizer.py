"""Consistent placeholders for one conversation, and the way back.

`pseudonymize` replaces each entity with `<PERSONNE_1>`, `<EMAIL_2>`…; the same
value gets the same placeholder for the whole conversation (values are compared
in a canonical form: "06 47 21 88 35" and "06.47.21.88.35" are one phone).
`reidentify` puts the original values back into a model's reply. The mapping
holds personal data: it is never logged, and `repr()` shows only counts.
"""

from __future__ import annotations

import re
from collections import Counter

from bot.core.invisible import visible_text
from bot.policy.pii.detector import PiiDetector
from bot.policy.pii.entities import PLACEHOLDER_LABELS, Entity, EntityType
from bot.policy.pii.folding import fold
from bot.policy.pii.redaction import redact

_LABEL_TO_TYPE = {label: entity_type for entity_type, label in PLACEHOLDER_LABELS.items()}
# Models sometimes change the brackets or add spaces: accept <X_1>, [X_1], < X_1 >.
_PLACEHOLDER_RE = re.compile(
    r"[<\[]\s*(" + "|".join(sorted(_LABEL_TO_TYPE, key=len, reverse=True)) + r")_(\d+)\s*[>\]]"
)
_NUMERIC_TYPES = {
    EntityType.PHONE, EntityType.IBAN, EntityType.CREDIT_CARD, EntityType.NIR,
    EntityType.SIRET, EntityType.SIREN,
}  # fmt: skip


def canonical_value(entity_type: EntityType, value: str) -> str:
    value = visible_text(value)
    if entity_type in _NUMERIC_TYPES:
        compact = re.sub(r"[\W_]", "", value).upper()
        if entity_type is EntityType.PHONE:
            compact = re.sub(r"^(?:0033|33)0?", "0", compact)
        return compact
    return " ".join(fold(value).split())


class Pseudonymizer:
    """Per-conversation placeholders; create one per conversation."""

    def __init__(self, detector: PiiDetector) -> None:
        self._detector = detector
        self._by_key: dict[tuple[EntityType, str], str] = {}
        self._by_placeholder: dict[str, str] = {}
        self._counts: Counter[EntityType] = Counter()

    def placeholder_for(self, entity: Entity) -> str:
        key = (entity.type, canonical_value(entity.type, entity.value))
        placeholder = self._by_key.get(key)
        if placeholder is None:
            self._counts[entity.type] += 1
            placeholder = f"<{PLACEHOLDER_LABELS[entity.type]}_{self._counts[entity.type]}>"
            self._by_key[key] = placeholder
            self._by_placeholder[placeholder] = entity.value
        return placeholder

    def pseudonymize(self, text: str) -> str:
        return redact(text, self._detector.detect(text), self.placeholder_for)

    def reidentify(self, text: str) -> str:
        """Put the original values back; unknown placeholders are left as they are."""

        def original(match: re.Match[str]) -> str:
            placeholder = f"<{match.group(1)}_{int(match.group(2))}>"
            return self._by_placeholder.get(placeholder, match.group(0))

        return _PLACEHOLDER_RE.sub(original, text)

    def __len__(self) -> int:
        return len(self._by_placeholder)

    def __repr__(self) -> str:
        counts = ", ".join(f"{t}={n}" for t, n in sorted(self._counts.items()))
        return f"Pseudonymizer({counts or 'empty'})"
