from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.access import sensitivities_for_role
from knowledge.base import KnowledgeBase
from knowledge.marking_head import find_in_lines
from knowledge.sensitivity import Sources, classify, folder_sensitivity
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
    note = b"# Note\n\nLe salon a lieu en mars."
    result = kb.ingest_bytes("volta", "note.md", note, default_sensitivity="public")
    assert result.status == "added"
    again = kb.ingest_bytes("volta", "note.md", note, default_sensitivity="public")
    assert again.status == "unchanged"
    assert (
        kb.search("volta", "salon mars", allowed_sensitivities={"public"})[0].document == "note.md"
    )


def marker_level(text: str) -> str | None:
    found = find_in_lines(text.splitlines())
    return found.level if found else None


def test_sensitivity_sources() -> None:
    assert marker_level("Classification: CONFIDENTIEL\n# Titre") == "confidential"
    assert marker_level("---\nsensitivity: internal\n---") == "internal"
    assert marker_level("# Titre\n\nTexte public.") is None
    rules = {"interne/": "internal", "direction/**": "confidential"}
    assert folder_sensitivity("interne/plan.md", rules) == ("internal", "interne/")
    assert classify(None, "docs/x.md", Sources()).level == "internal"  # fail closed
    assert classify(None, "docs/x.md", Sources(default="public")).level == "public"
    interne = find_in_lines(["Classification: interne"])
    assert classify(interne, "direction/a.md", Sources(rules=rules)).level == "confidential"
    # An option never lowers a marking: the strictest source wins.
    secret = find_in_lines(["Classification: CONFIDENTIEL"])
    decided = classify(secret, "a.md", Sources(option="public"))
    assert (decided.level, decided.reason) == ("confidential", "marker")
    with pytest.raises(ValueError):
        Sources(option="top-secret")


def test_folder_rule_and_override(kb: KnowledgeBase, corpus: Path) -> None:
    (corpus / "interne").mkdir()
    (corpus / "interne" / "plan.md").write_text("# Plan\n\nObjectif de recrutement interne.")
    kb.ingest_paths(
        "volta", [corpus], folder_rules={"interne": "internal"}, default_sensitivity="public"
    )
    levels = {d.name: d.sensitivity for d in kb.documents("volta")}
    assert levels == {
        "charte.md": "public",
        "faq.txt": "public",
        "plan.md": "internal",
        "strategie.md": "confidential",
    }
    kb.ingest_paths(
        "volta", [corpus / "faq.txt"], sensitivity="internal", default_sensitivity="public"
    )
    assert {d.name: d.sensitivity for d in kb.documents("volta")}["faq.txt"] == "internal"
