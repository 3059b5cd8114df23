"""Tenant isolation, role filtering and abstention."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from knowledge.access import sensitivities_for_role
from knowledge.base import KnowledgeBase
from knowledge.retrieval import rank

AMBASSADOR = sensitivities_for_role("ambassador")
CM = sensitivities_for_role("community_manager")


def test_roles_fail_closed() -> None:
    assert {"public"} == AMBASSADOR
    assert CM == sensitivities_for_role("facilitator") == {"public", "internal", "confidential"}
    assert sensitivities_for_role("admin") == {"public"}
    assert sensitivities_for_role("") == {"public"}


def test_ambassador_never_gets_confidential(kb: KnowledgeBase, corpus: Path) -> None:
    kb.ingest_paths("volta", [corpus], default_sensitivity="public")
    question = "Quel est le budget du rachat de la brasserie voisine ?"
    assert all(
        h.sensitivity == "public"
        for h in kb.search("volta", question, allowed_sensitivities=AMBASSADOR)
    )
    answer = kb.answer("volta", question, allowed_sensitivities=AMBASSADOR)
    assert "millions" not in answer.text
    assert all(s.document != "strategie.md" for s in answer.sources)
    cm = kb.search("volta", question, allowed_sensitivities=CM)
    assert cm[0].document == "strategie.md"


def test_tenant_isolation_with_overlapping_vocabulary(kb: KnowledgeBase, tmp_path: Path) -> None:
    for client, beer in (("volta", "Faraday"), ("ohm", "Kirchhoff")):
        folder = tmp_path / client
        folder.mkdir()
        (folder / "faq.md").write_text(
            f"# FAQ\n\nLa bière {beer} est servie à la taproom. "
            "Les ambassadeurs gagnent des points.",
            encoding="utf-8",
        )
        kb.ingest_paths(client, [folder], default_sensitivity="public")
    for client, other in (("volta", "Kirchhoff"), ("ohm", "Faraday")):
        for query in ("bière taproom ambassadeurs points", f"bière {other}"):
            hits = kb.search(client, query, allowed_sensitivities=CM, k=10)
            assert hits and all(h.client == client for h in hits)
            assert all(other not in h.text for h in hits)


def test_tampered_hit_is_dropped(kb: KnowledgeBase, corpus: Path) -> None:
    """A row of another tenant that reached an index is caught by the last check."""
    kb.ingest_paths("volta", [corpus], default_sensitivity="public")
    index = kb.indexes.get("volta")
    row = index.rows[0]
    index.rows.columns["client"][0] = "ohm"  # the rows are columns (issue 19 item 7)
    scores = np.ones(len(index), dtype=np.float32)
    hits = rank(index, scores, "volta", CM, k=len(index))
    assert hits and all(h.client == "volta" for h in hits)
    assert row.chunk_id not in {h.chunk_id for h in hits}


def test_abstains_off_topic_and_answers_on_topic(kb: KnowledgeBase, corpus: Path) -> None:
    kb.ingest_paths("volta", [corpus], default_sensitivity="public")
    off = kb.answer(
        "volta", "Quelle est la capitale de l'Australie ?", allowed_sensitivities=AMBASSADOR
    )
    assert not off.answered and off.sources == []
    assert "Je ne sais pas" in off.text
    on = kb.answer(
        "volta",
        "Combien de points rapporte un témoignage vidéo ?",
        allowed_sensitivities=AMBASSADOR,
    )
    assert on.answered and "60 points" in on.text and on.sources[0].document == "charte.md"
    english = kb.answer(
        "volta", "What is the capital of Australia?", allowed_sensitivities=AMBASSADOR, lang="en"
    )
    assert not english.answered and "I don't know" in english.text
