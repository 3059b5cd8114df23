"""The documents of one client: source, content hash, sensitivity, chunk count (a JSON file)."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

# Bumped when the way a document's level is read changes (markings, default): a catalog
# written by an older version re-reads every document once, unchanged or not.
CLASSIFIER_VERSION = 2


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
    marker_text: str | None = None  # that marking, as written
    reason: str = ""  # why `sensitivity`: marker | folder | option | default | manual
    reason_detail: str = ""  # the marking, folder glob or option value
    manual: str | None = None  # a level set by hand (`documents set-sensitivity`)...
    manual_sha256: str | None = None  # ...for this exact content
    classifier: int = 0  # CLASSIFIER_VERSION that read the marking


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
        known = set(DocumentInfo.__slots__)  # type: ignore[attr-defined]
        docs = {
            d["doc_id"]: DocumentInfo(**{k: v for k, v in d.items() if k in known})
            for d in raw.get("documents", [])
        }
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

    def find(self, name_or_id: str) -> list[DocumentInfo]:
        """Documents whose id, name or source is `name_or_id` (a name may match several)."""
        exact = self.documents.get(name_or_id)
        if exact is not None:
            return [exact]
        return [
            d
            for d in self.documents.values()
            if name_or_id in (d.name, d.source, d.source.removeprefix("upload:"))
        ]
