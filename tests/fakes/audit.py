"""An audit sink that keeps its entries in a list, for tests of the model gateway."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.llm import AuditEntry


@dataclass
class InMemoryAuditSink:
    entries: list[AuditEntry] = field(default_factory=list)

    def record(self, entry: AuditEntry) -> None:
        self.entries.append(entry)
