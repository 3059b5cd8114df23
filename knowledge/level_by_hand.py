"""A document's level set by hand, with what the person setting it is told: the level it
had, and whether the new one goes below the document's own marking. Shared by
`ambassade documents set-sensitivity` and the chat's `documents niveau`."""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.base import KnowledgeBase
from knowledge.catalog import DocumentInfo
from knowledge.markers import LEVELS
from knowledge.sensitivity import is_learned


@dataclass(frozen=True)
class LevelSet:
    level: str
    matches: list[DocumentInfo]  # none: no such document; several: ambiguous, nothing set
    previous: str | None = None  # the level the one document had

    @property
    def document(self) -> DocumentInfo | None:
        return self.matches[0] if len(self.matches) == 1 else None

    @property
    def unchanged(self) -> bool:
        return self.previous == self.level

    @property
    def below_marking(self) -> bool:
        """The level set is less strict than the marking written in the document (the second
        reader's closing is no writing: setting a level is how a person overrules it)."""
        doc = self.document
        if doc is None or not doc.marker or is_learned(doc.marker_text):
            return False
        return LEVELS.index(doc.marker) > LEVELS.index(self.level)


def set_level(kb: KnowledgeBase, client: str, document: str, level: str) -> LevelSet:
    """Set `document`'s level (a valid level) by hand in `client`'s knowledge base."""
    before = {doc.doc_id: doc.sensitivity for doc in kb.documents(client)}
    matches = kb.set_sensitivity(client, document, level)
    one = matches[0] if len(matches) == 1 else None
    previous = before.get(one.doc_id, one.sensitivity) if one is not None else None
    return LevelSet(level, matches, previous)
