"""A best chunk standing out on one word of the question is a guess (knowledge.lexical_coverage)."""

from __future__ import annotations

from pathlib import Path

from knowledge.base import KnowledgeBase
from knowledge.lexical_coverage import LOW_COVERAGE, coverage, guessed

DOCS = {
    "atelier.md": "# Compte rendu\n\n## Points d'accord\n\nLe groupe veut plus de sorties.",
    "compte.md": "# Votre compte\n\n## Consulter son solde\n\nLe solde s'affiche dans l'appli.",
    "parking.md": "# Accès\n\n## Garage\n\nUn garage à vélo gardé se trouve derrière le bar.",
}


def _index(tmp_path: Path) -> tuple[KnowledgeBase, object]:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in DOCS.items():
        (docs / name).write_text(text, encoding="utf-8")
    kb = KnowledgeBase(tmp_path / "kb", sentence_encoder=False)
    kb.ingest_paths("club", [docs], default_sensitivity="public")
    return kb, kb.indexes.get("club")


def _row(index, document: str) -> int:  # type: ignore[no-untyped-def]
    return next(i for i in range(len(index)) if index.rows[i].document == document)


def test_a_chunk_holding_every_rare_word_is_not_a_guess(tmp_path: Path) -> None:
    kb, index = _index(tmp_path)
    question = "Y a-t-il un garage à vélo gardé ?"
    assert coverage(index, question, _row(index, "parking.md")) == 1.0
    assert not guessed(index, question, _row(index, "parking.md"))
    kb.close()


def test_a_chunk_met_on_one_word_of_many_is_a_guess(tmp_path: Path) -> None:
    kb, index = _index(tmp_path)
    question = "Où je vois les points qu'il me reste dans l'appli, le solde ?"
    assert coverage(index, question, _row(index, "atelier.md")) < LOW_COVERAGE
    assert guessed(index, question, _row(index, "atelier.md"))
    assert not guessed(index, question, _row(index, "compte.md"))
    kb.close()


def test_a_question_of_words_the_corpus_lacks_is_not_judged(tmp_path: Path) -> None:
    kb, index = _index(tmp_path)
    assert coverage(index, "xylophone zeppelin", 0) == 1.0
    kb.close()
