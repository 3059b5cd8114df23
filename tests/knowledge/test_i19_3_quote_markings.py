"""Issue 19 item 3: a document's own marking, before its first heading ("Diffusion : tous
les bénévoles"), is never quoted, though it shares the words questions about the program
use."""

from __future__ import annotations

from pathlib import Path

from knowledge.base import KnowledgeBase
from knowledge.quote_markings import is_marking

GUIDE = """# Guide des bénévoles du festival

Diffusion : tous les bénévoles du festival - à lire avant votre première mission.

## Les repas

Les bénévoles du festival reçoivent un repas chaud par mission de plus de quatre heures,
servi à la cantine derrière la grande scène.
"""


def test_i19_3_a_marking_in_the_preamble_is_not_quotable() -> None:
    assert is_marking("Diffusion : tous les bénévoles.", "Guide des bénévoles")
    assert is_marking("Information destinée aux bénévoles – document public.", "Guide")
    assert not is_marking("Diffusion : tous les bénévoles.", "Guide › Les repas")
    assert not is_marking("Les repas sont servis à midi.", "Guide des bénévoles")


def test_i19_3_the_answer_quotes_the_section_not_the_marking(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "guide.md").write_text(GUIDE, encoding="utf-8")
    kb = KnowledgeBase(tmp_path / "kb", sentence_encoder=False)
    kb.ingest_paths("c", [docs], default_sensitivity="public")
    answer = kb.answer(
        "c",
        "les bénévoles du festival reçoivent un repas chaud ?",
        allowed_sensitivities={"public"},
    )
    assert answer.answered
    assert "repas chaud" in answer.text
    assert "Diffusion" not in answer.text
