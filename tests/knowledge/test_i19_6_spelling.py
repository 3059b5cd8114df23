"""Issue 19 item 6: a query word the corpus never uses meets the corpus word one edit away."""

from __future__ import annotations

from pathlib import Path

from knowledge.base import KnowledgeBase
from knowledge.spelling import Vocabulary, corrected, edits1
from knowledge.text import stem

PUBLIC = {"public"}


def _write(root: Path) -> Path:
    docs = root / "docs"
    docs.mkdir()
    (docs / "points.md").write_text(
        "# Barème\n\nUn témoignage vidéo rapporte 60 points au Voltigeur.\n", encoding="utf-8"
    )
    (docs / "video.md").write_text(
        "# Tournage\n\nLe tournage vidéo du témoignage a lieu à la brasserie en avril.\n",
        encoding="utf-8",
    )
    (docs / "parking.md").write_text(
        "# Accès\n\nIl n'y a pas de parking privé devant la brasserie.\n", encoding="utf-8"
    )
    return docs


def test_i19_6_edits_cover_a_swap_a_missing_an_extra_and_a_wrong_letter() -> None:
    assert {"points", "pints", "ppionts", "piints"} <= edits1("pionts")
    assert "points" in edits1("poinst") and "points" not in edits1("pnoist")
    assert "pionts" not in edits1("pionts")


def test_i19_6_an_unknown_word_takes_the_most_used_corpus_word_one_edit_away() -> None:
    vocabulary = Vocabulary.build(
        ["les points du barème", "60 points", "un pion", "les pintes de la taproom"]
    )
    known = {stem(w) for w in ("points", "bareme", "pion", "pintes", "taproom")}
    fixed = corrected("Combien de PIONTS pour un témoignage ?", vocabulary, known.__contains__)
    assert fixed == "Combien de points pour un témoignage ?"
    # A word the corpus knows in another form (same stem) is not "corrected".
    assert corrected("les pintes", vocabulary, known.__contains__) == "les pintes"
    # Short words and words two edits from anything are left as they are.
    assert corrected("un pino", vocabulary, known.__contains__) == "un pino"
    assert corrected("les ppiontss", vocabulary, known.__contains__) == "les ppiontss"


def test_i19_6_a_typo_in_the_key_word_still_finds_the_passage_and_answers(
    tmp_path: Path,
) -> None:
    kb = KnowledgeBase(tmp_path / "kb")
    kb.ingest_paths("acme", [_write(tmp_path)], default_sensitivity="public")
    question = "Combien de pionts pour un témoignage vidéo ?"
    hits = kb.search("acme", question, allowed_sensitivities=PUBLIC)
    assert hits[0].document == "points.md"
    answer = kb.answer("acme", question, allowed_sensitivities=PUBLIC)
    assert answer.answered and "60 points" in answer.text
    assert answer.question == question  # the asker's words are kept
    # The corrected spelling is what retrieval used: same ranking as the right spelling.
    right = kb.search("acme", question.replace("pionts", "points"), allowed_sensitivities=PUBLIC)
    assert [h.chunk_id for h in hits] == [h.chunk_id for h in right]


def test_i19_6_the_vocabulary_comes_back_with_the_cached_index(tmp_path: Path) -> None:
    root = tmp_path / "kb"
    KnowledgeBase(root).ingest_paths("acme", [_write(tmp_path)], default_sensitivity="public")
    reopened = KnowledgeBase(root)
    index = reopened.indexes.get("acme")
    assert "points" in index.vocabulary.df and index.vocabulary.df["brasserie"] == 2
    assert reopened.spelled(index, "le parkign de la brasserie") == "le parking de la brasserie"
