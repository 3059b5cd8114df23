from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.access import sensitivities_for_role
from knowledge.base import KnowledgeBase
from knowledge.sensitivity import classify, folder_sensitivity, marker_sensitivity
from tests.knowledge.conftest import make_pdf

ALL = sensitivities_for_role("community_manager")


def test_corrupt_file_reported_and_rest_goes_on(kb: KnowledgeBase, corpus: Path) -> None:
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.7\n garbage")
    (corpus / "image.png").write_bytes(b"\x89PNG")
    make_pdf(corpus / "ok.pdf", ["Le kit de bienvenue contient un verre gravé."])
    seen = []
    report = kb.ingest_paths("volta", [corpus], on_file=seen.append)
    status = {f.name: f.status for f in report.files}
    assert status["broken.pdf"] == "error" and status["image.png"] == "skipped"
    assert status["ok.pdf"] == "added" and status["charte.md"] == "added"
    assert len(seen) == len(report.files)
    hits = kb.search("volta", "verre gravé kit", allowed_sensitivities=ALL)
    assert hits[0].document == "ok.pdf" and hits[0].page == 1


def test_reingest_is_idempotent_replaces_and_prunes(kb: KnowledgeBase, corpus: Path) -> None:
    first = kb.ingest_paths("volta", [corpus])
    assert first.count("added") == 3
    again = KnowledgeBase(kb.root).ingest_paths("volta", [corpus])
    assert again.count("unchanged") == 3 and not again.changed
    (corpus / "faq.txt").write_text("La taproom ouvre le dimanche à midi.", encoding="utf-8")
    changed = kb.ingest_paths("volta", [corpus])
    assert {f.name: f.status for f in changed.files}["faq.txt"] == "replaced"
    texts = [h.text for h in kb.search("volta", "taproom ouverte", allowed_sensitivities=ALL)]
    assert any("dimanche" in t for t in texts) and not any("mercredi" in t for t in texts)
    (corpus / "charte.md").unlink()
    pruned = kb.ingest_paths("volta", [corpus], prune=True)
    assert pruned.pruned == ["charte.md"]
    assert "charte.md" not in {d.name for d in kb.documents("volta")}
    assert not kb.search("volta", "témoignage vidéo points", allowed_sensitivities=ALL) or all(
        h.document != "charte.md"
        for h in kb.search("volta", "témoignage vidéo points", allowed_sensitivities=ALL)
    )


def test_ingest_bytes_from_chat(kb: KnowledgeBase) -> None:
    result = kb.ingest_bytes("volta", "note.md", b"# Note\n\nLe salon a lieu en mars.")
    assert result.status == "added"
    assert kb.ingest_bytes("volta", "note.md", b"# Note\n\nLe salon a lieu en mars.").status == (
        "unchanged"
    )
    assert (
        kb.search("volta", "salon mars", allowed_sensitivities={"public"})[0].document == "note.md"
    )


def test_sensitivity_sources() -> None:
    assert marker_sensitivity("Classification: CONFIDENTIEL\n# Titre") == "confidential"
    assert marker_sensitivity("---\nsensitivity: internal\n---") == "internal"
    assert marker_sensitivity("# Titre\n\nTexte public.") is None
    rules = {"interne/": "internal", "direction/**": "confidential"}
    assert folder_sensitivity("interne/plan.md", rules) == "internal"
    assert classify("texte", "docs/x.md") == "public"
    assert classify("Classification: interne", "direction/a.md", rules=rules) == "confidential"
    assert classify("Classification: CONFIDENTIEL", override="public") == "public"
    with pytest.raises(ValueError):
        classify("x", override="top-secret")


def test_folder_rule_and_override(kb: KnowledgeBase, corpus: Path) -> None:
    (corpus / "interne").mkdir()
    (corpus / "interne" / "plan.md").write_text("# Plan\n\nObjectif de recrutement interne.")
    kb.ingest_paths("volta", [corpus], folder_rules={"interne": "internal"})
    levels = {d.name: d.sensitivity for d in kb.documents("volta")}
    assert levels == {
        "charte.md": "public",
        "faq.txt": "public",
        "plan.md": "internal",
        "strategie.md": "confidential",
    }
    kb.ingest_paths("volta", [corpus / "faq.txt"], sensitivity="internal")
    assert {d.name: d.sensitivity for d in kb.documents("volta")}["faq.txt"] == "internal"
