"""`PiiDetector`: every detector on one text, overlaps resolved by a fixed priority."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bot.core.invisible import VisibleText
from bot.policy.pii.addresses import find_addresses
from bot.policy.pii.entities import Entity, EntityType, make_entity
from bot.policy.pii.patterns import find_structured
from bot.policy.pii.persons import PersonFinder
from bot.policy.pii.terms import TermLike, TermMatcher

# Lower tier wins an overlap. Checksum-validated identifiers are the most certain;
# a confidential term beats a name ("Houblon" is a code name); a street named
# after someone ("avenue Jean Jaurès") is an address, not a person.
_TIER = {
    EntityType.EMAIL: 0,
    EntityType.IBAN: 0,
    EntityType.CREDIT_CARD: 0,
    EntityType.NIR: 0,
    EntityType.SIRET: 0,
    EntityType.SIREN: 0,
    EntityType.PHONE: 0,
    EntityType.CONFIDENTIAL_TERM: 1,
    EntityType.ADDRESS: 2,
    EntityType.PERSON: 3,
}
_TYPE_ORDER = {entity_type: index for index, entity_type in enumerate(EntityType)}


def resolve_overlaps(candidates: Iterable[Entity]) -> list[Entity]:
    """Keep non-overlapping entities: by tier, then the longest, then type order."""
    ranked = sorted(
        set(candidates), key=lambda e: (_TIER[e.type], -len(e), _TYPE_ORDER[e.type], e.start)
    )
    kept: list[Entity] = []
    for entity in ranked:
        if len(entity) > 0 and not any(entity.overlaps(other) for other in kept):
            kept.append(entity)
    return sorted(kept, key=lambda e: (e.start, e.end))


class PiiDetector:
    """Finds personal data and the client's confidential terms in a chat message.

    Offline: regexes with checksums, a first-name list, and the spaCy French
    model installed as a package (loaded once per process, on first use).
    """

    def __init__(
        self,
        confidential_terms: Sequence[TermLike | str] = (),
        not_persons: Sequence[str] = (),
        *,
        use_ner: bool = True,
    ) -> None:
        self._terms = TermMatcher(confidential_terms)
        self._persons = PersonFinder(not_persons, use_ner=use_ner)

    def detect(self, text: str) -> list[Entity]:
        """Entities of `text`, as spans of `text` itself.

        Detection runs on the text without invisible characters and with plain spaces
        (`VisibleText`), so "06\u200b12 34 56 78" is a phone; each span is then mapped
        back, and covers the invisible characters inside the value.
        """
        visible = VisibleText.build(text)
        plain = visible.text
        if not plain or plain.isspace():
            return []
        candidates: list[Entity] = [*find_structured(plain), *find_addresses(plain)]
        candidates += self._terms.find(plain)
        candidates += self._persons.find(plain)
        found = resolve_overlaps(candidates)
        if not visible.changed:
            return found
        return [make_entity(text, e.type, *visible.span_in_original(e.start, e.end)) for e in found]

    def __repr__(self) -> str:
        return "PiiDetector()"
