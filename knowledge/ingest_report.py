"""What an ingestion did: one `FileResult` per file (its status, level and why, or why it
failed), gathered in an `IngestReport` per run."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ADDED, REPLACED, RECLASSIFIED, UNCHANGED, SKIPPED, ERROR = (
    "added",
    "replaced",
    "reclassified",
    "unchanged",
    "skipped",
    "error",
)


@dataclass(frozen=True, slots=True)
class FileResult:
    name: str
    status: str  # added | replaced | reclassified | unchanged | skipped | error
    chunks: int = 0
    pages: int = 0
    sensitivity: str | None = None
    message: str = ""  # technical detail, English (a parser's words)
    path: str = ""
    reason: str = ""  # why this sensitivity: marker | folder | option | default | manual
    reason_detail: str = ""
    code: str = ""  # why it failed: unsupported | too_big | binary | not_format | ...
    values: dict[str, Any] = field(default_factory=dict)  # for the failure's text

    @property
    def ok(self) -> bool:
        return self.status in (ADDED, REPLACED, RECLASSIFIED, UNCHANGED)


@dataclass(slots=True)
class IngestReport:
    client: str
    files: list[FileResult] = field(default_factory=list)
    pruned: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def count(self, status: str) -> int:
        return sum(f.status == status for f in self.files)

    @property
    def failed(self) -> int:
        return self.count(ERROR)

    @property
    def chunks(self) -> int:
        return sum(f.chunks for f in self.files if f.status in (ADDED, REPLACED))

    @property
    def pages(self) -> int:
        return sum(f.pages for f in self.files if f.status in (ADDED, REPLACED))

    @property
    def changed(self) -> bool:
        return bool(self.pruned) or any(
            f.status in (ADDED, REPLACED, RECLASSIFIED) for f in self.files
        )
