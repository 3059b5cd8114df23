"""Cross-language retrieval: a word of the question "known" to the corpus only through
documents of the question's own language still has its translation weigh in full."""

from __future__ import annotations

from pathlib import Path

from knowledge.base import KnowledgeBase
from knowledge.bilingual import (
    KNOWN_WORD_TRANSLATION_WEIGHT,
    TRANSLATION_WEIGHT,
    weighted_translations,
)
from knowledge.text import stem

FRENCH = """# Ateliers

## Ateliers et référents

Chaque atelier du réseau a un référent des ambassadeurs : à Angers, c'est Paul Martin.
"""
ENGLISH = """# Workshop guidelines for ambassadors

## Voice and tone

When you talk about a workshop, write as an ambassador speaks: simply and warmly.
"""


def test_a_word_only_english_documents_use_keeps_its_full_translation_weight() -> None:
    question = "Who is the contact at the workshop?"
    atelier = stem("atelier", "french")
    everywhere = weighted_translations(question, lambda s: True)
    assert everywhere[atelier] == KNOWN_WORD_TRANSLATION_WEIGHT
    only_english = weighted_translations(question, lambda s: True, lambda s: False)
    assert only_english[atelier] == TRANSLATION_WEIGHT


def test_other_language_has_reads_the_chunks_of_the_other_language(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "ateliers.md").write_text(FRENCH, encoding="utf-8")
    (docs / "guidelines.md").write_text(ENGLISH, encoding="utf-8")
    kb = KnowledgeBase(tmp_path / "kb", sentence_encoder=False)
    kb.ingest_paths("mixed", [docs], default_sensitivity="public")
    index = kb.indexes.get("mixed")
    workshop = stem("workshop", "english")
    assert index.known_stem(workshop)
    assert not index.other_language_has(workshop, english=True)  # French chunks lack it
    assert index.other_language_has(stem("atelier", "french"), english=False) is False
    assert index.other_language_has(stem("angers", "french"), english=True)
    hits = kb.search(
        "mixed", "Who is the workshop contact in Angers?", allowed_sensitivities={"public"}
    )
    assert hits and hits[0].document == "ateliers.md"
    kb.close()


def test_a_corpus_in_one_language_weighs_translations_as_before(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "ateliers.md").write_text(FRENCH, encoding="utf-8")
    kb = KnowledgeBase(tmp_path / "kb", sentence_encoder=False)
    kb.ingest_paths("french", [docs], default_sensitivity="public")
    index = kb.indexes.get("french")
    atelier = stem("atelier", "french")
    assert index.other_language_has(atelier, english=False) == index.known_stem(atelier)
    assert not index.other_language_has(stem("workshop", "english"), english=True)
    kb.close()
