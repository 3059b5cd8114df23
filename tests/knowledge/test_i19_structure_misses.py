"""The structure bench's miss diagnostic: each miss sorted as retrieval, abstention,
selection (another section quoted) or shape (the gold section quoted, its unit not whole)."""

from __future__ import annotations

from pathlib import Path

from bot.bench.retrieval_structure import CLIENT
from bot.bench.structure_misses import classify, misses, table
from knowledge.answer import Answer
from knowledge.base import KnowledgeBase
from knowledge.retrieval import Hit
from tests.knowledge.hits import public_hit

QUESTION = {
    "id": "q1",
    "question": "Quels avantages ?",
    "gold_doc": "guide.md",
    "gold_section": "Avantages",
    "unit": "list",
    "gold": ["reçoit les avantages suivants :", "une gourde", "deux invitations"],
}


def _hit(section: str, n: int) -> Hit:
    return public_hit("…", f"Guide › {section}", n, "guide.md")


GOLD, OTHER = _hit("Avantages", 0), _hit("Résiliation", 1)


def _answer(quote: str, sources: list[Hit]) -> Answer:
    text = f"D'après les documents :\n« {quote} » [1]\n\nSources :\n[1] {sources[0].section}"
    return Answer("Quels avantages ?", True, text, sources=sources)


def test_i19_each_miss_is_sorted_by_what_went_wrong() -> None:
    whole = "Chacun reçoit les avantages suivants :\n- une gourde\n- deux invitations"
    assert classify(_answer(whole, [GOLD, OTHER]), QUESTION) is None
    cut = "Chacun reçoit les avantages suivants :\n- une gourde\n…"
    assert classify(_answer(cut, [GOLD, OTHER]), QUESTION) == "shape"
    assert classify(_answer("Vous pouvez partir.", [OTHER, GOLD]), QUESTION) == "selection"
    assert classify(_answer("Vous pouvez partir.", [OTHER]), QUESTION) == "retrieval"
    abstained = Answer("Quels avantages ?", False, "Je ne sais pas.", candidates=[OTHER, GOLD])
    assert classify(abstained, QUESTION) == "abstained"


def test_i19_the_misses_table_counts_by_unit_and_kind() -> None:
    found = [(QUESTION, "shape", None), (QUESTION, "selection", None)]
    lines = table(found, 10).splitlines()  # type: ignore[arg-type]
    assert lines[0] == "10 questions, 2 misses"
    assert lines[2].split() == ["list", "0", "0", "1", "1"]


def test_i19_a_retrieval_miss_shows_where_each_signal_ranks_the_gold_section() -> None:
    from bot.bench.structure_ranks import DEPTH, SignalRanks

    line = SignalRanks(hybrid=9, encoder=2, fused=7, uncertainty=0.34, encoded=True).line()
    assert line == (
        "gold section rank: hybrid 9, encoder 2, fused 7 (uncertainty 0.34, encoder read)"
    )
    absent = SignalRanks(hybrid=0, encoder=0, fused=0, uncertainty=0.1, encoded=False).line()
    assert f"hybrid >{DEPTH}" in absent and "encoder not read" in absent


GUIDE = """# Guide

## Avantages

Chacun reçoit les avantages suivants :
- une gourde
- deux invitations
"""


def test_i19_staff_read_the_documents_ambassadors_may_not(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "guide.md").write_text(GUIDE, encoding="utf-8")
    kb = KnowledgeBase(tmp_path / "kb", sentence_encoder=False)
    kb.ingest_paths(CLIENT, [docs], default_sensitivity="internal")
    question = {**QUESTION, "question": "Quels avantages reçoit chacun ?"}
    assert [kind for _, kind, _ in misses(kb, [question])] == ["retrieval"]
    assert misses(kb, [question], "community_manager") == []
    kb.close()
