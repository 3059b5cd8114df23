"""Issue 19: an English question over a corpus holding the same rule in English and in
French quotes the English version, even when the French one holds a word more of the
question (`quote_language.VERSION_BONUS`)."""

from __future__ import annotations

from pathlib import Path

from knowledge.base import KnowledgeBase

FRENCH = """# Charte du programme

## Quitter le programme

L'ambassadeur peut quitter le programme à tout moment, sans préavis. Ses points restent
utilisables pendant quatre-vingt-dix jours après son départ, puis ils sont perdus.
"""
ENGLISH = """# Programme overview

## Leaving the programme

You can leave the programme at any time, without notice. Points you have earned can
still be spent for ninety days after you leave.
"""


def test_i19_quote_language_an_english_question_quotes_the_english_rule(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "charte.md").write_text(FRENCH, encoding="utf-8")
    (docs / "overview_en.md").write_text(ENGLISH, encoding="utf-8")
    kb = KnowledgeBase(tmp_path / "kb", sentence_encoder=False)
    kb.ingest_paths("c", [docs], default_sensitivity="public")
    answer = kb.answer(
        "c",
        "Can I quit the programme whenever I want? What happens to my points?",
        allowed_sensitivities={"public"},
        lang="en",
    )
    assert answer.answered
    assert answer.sources[0].document == "overview_en.md"
    assert "You can leave the programme at any time" in answer.text
