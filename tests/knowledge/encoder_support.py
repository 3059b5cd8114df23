"""A knowledge base over a few invented documents, every chunk read by the sentence encoder."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.base import KnowledgeBase
from knowledge.query_scoring import ALL

CLIENT = "brasserie"


def encoded_base(tmp_path: Path, documents: dict[str, str]) -> KnowledgeBase:
    """`documents` ingested for `CLIENT` and embedded; the test is skipped without an encoder."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in documents.items():
        (docs / name).write_text(text, encoding="utf-8")
    kb = KnowledgeBase(tmp_path / "kb", encoder_scope=ALL)
    if kb.encoder is None:
        pytest.skip("no sentence encoder installed")
    kb.ingest_paths(CLIENT, [docs], default_sensitivity="public")
    kb.embed_pending(CLIENT)
    return kb
