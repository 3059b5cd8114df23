"""Replace detected entities in a text."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from bot.policy.pii.entities import PLACEHOLDER_LABELS, Entity


def default_placeholder(entity: Entity) -> str:
    return f"<{PLACEHOLDER_LABELS[entity.type]}>"


def redact(
    text: str,
    entities: Iterable[Entity],
    placeholder: Callable[[Entity], str] = default_placeholder,
) -> str:
    """`text` with each entity replaced by `placeholder(entity)` (default `<PERSONNE>`…).

    Entities must not overlap (as returned by `PiiDetector.detect`).
    """
    parts: list[str] = []
    cursor = 0
    for entity in sorted(entities, key=lambda e: e.start):
        if entity.start < cursor:
            raise ValueError("entities overlap")
        parts += [text[cursor : entity.start], placeholder(entity)]
        cursor = entity.end
    parts.append(text[cursor:])
    return "".join(parts)
