"""The documents of one client: source, content hash, sensitivity, chunk count (a JSON file)."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path


@dataclass(slots=True)
class DocumentInfo:
    doc_id: str
    name: str
    source: str  # absolute path, or "upload:<name>" for a file sent in chat
    sha256: str
    sensitivity: str
    chunks: int
    pages: int
    ingested_at: str
    language: str = "french"
    marker: str | None = None  # level declared inside the document, kept to re-apply rules


@dataclass(slots=True)
class Catalog:
    path: Path
    documents: dict[str, DocumentInfo] = field(default_factory=dict)
    generation: int = 0  # bumped on every change; the lexical index records the one it saw

    @classmethod
    def load(cls, path: Path) -> Catalog:
        if not path.exists():
            return cls(path=path)
        raw = json.loads(path.read_text(encoding="utf-8"))
        docs = {d["doc_id"]: DocumentInfo(**d) for d in raw.get("documents", [])}
        return cls(path=path, documents=docs, generation=int(raw.get("generation", 0)))

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "generation": self.generation,
            "documents": [asdict(d) for d in sorted(self.documents.values(), key=lambda d: d.name)],
        }
        # Write-then-rename: a crash never leaves a half-written catalog.
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".catalog-")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(payload, handle, ensure_ascii=False, indent=1)
        os.replace(tmp, self.path)

    def by_source(self, source: str) -> DocumentInfo | None:
        return next((d for d in self.documents.values() if d.source == source), None)
