"""Issue 19, which unit an offline answer quotes: the words a question shares with a
passage choose the first quote; when the hit the sentence encoder finds closest to the
question is not quoted, its best unit is quoted second (`knowledge.quote_choice`)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from knowledge.answer import _question_words, extractive_answer, support
from knowledge.base import KnowledgeBase
from knowledge.lexical import LexicalIndex
from knowledge.passages import best_passages
from knowledge.quote_choice import closest_hit, hit_cosines, with_meaning
from knowledge.retrieval import Hit
from knowledge.text import index_terms
from tests.knowledge.hits import public_hit

PUBLIC = {"public"}
# "un mois et demi avant" shares "mois" with the calendar and nothing with the steps
# that answer it, under "Six semaines avant".
CALENDAR = "Mois | Temps fort\nJuin | Fête du vélo et balades du mois"
STEPS = (
    "Six semaines avant la date, l'ambassadeur accomplit les démarches suivantes :\n"
    "- déclarer la sortie dans son espace\n"
    "- réserver le matériel auprès de l'équipe"
)
QUESTION = "Quelle démarche faire un mois et demi avant une balade en juin ?"


def _hit(text: str, section: str, n: int) -> Hit:
    return public_hit(text, f"Guide › {section}", n, "guide.md")


def _hits() -> list[Hit]:
    return [
        _hit(CALENDAR, "Calendrier", 0),
        _hit("Les balades partent du magasin le samedi matin.", "Balades", 1),
        _hit(STEPS, "Six semaines avant", 2),
    ]


def _words(question: str, hits: list[Hit]) -> list:
    texts = [f"{h.section}\n{h.text}" for h in hits] + ["Autre chose sans rapport."]
    index = LexicalIndex.build([index_terms(t) for t in texts], [[] for _ in texts])
    return _question_words(question, index.body)


def test_i19_quote_choice_the_closest_hit_in_meaning_is_quoted_second() -> None:
    hits = _hits()
    words = _words(QUESTION, hits)
    quotes = best_passages(words, hits, support)
    assert quotes[0].rank == 0  # the words choose the calendar
    chosen = with_meaning(quotes, words, hits, support, [0.84, 0.83, 0.87])
    assert [q.rank for q in chosen] == [0, 2]
    assert "déclarer la sortie dans son espace" in chosen[1].text
    assert chosen[1].text.startswith("Six semaines avant la date")  # the list with its intro


def test_i19_quote_choice_nothing_changes_when_the_closest_hit_is_quoted() -> None:
    hits = _hits()
    words = _words(QUESTION, hits)
    quotes = best_passages(words, hits, support)
    assert with_meaning(quotes, words, hits, support, [0.87, 0.83, 0.84]) == quotes
    # Without the encoder, or with a single cosine, there is nothing to compare.
    assert with_meaning(quotes, words, hits, support, []) == quotes
    assert with_meaning(quotes, words, hits, support, [None, None, 0.9]) == quotes


def test_i19_quote_choice_the_closest_hit_ties_go_to_the_better_ranked() -> None:
    assert closest_hit([0.8, 0.9, 0.9]) == 1
    assert closest_hit([None, 0.7, None, 0.6]) == 1
    assert closest_hit([0.5]) is None


def test_i19_quote_choice_the_answer_quotes_the_unit_the_meaning_points_to() -> None:
    hits = _hits()
    texts = [f"{h.section}\n{h.text}" for h in hits] + ["Autre chose sans rapport."]
    idf = LexicalIndex.build([index_terms(t) for t in texts], [[] for _ in texts]).body
    plain = extractive_answer(QUESTION, hits, idf)
    read = extractive_answer(QUESTION, hits, idf, cosines=[0.84, 0.83, 0.87])
    assert plain.answered and read.answered
    assert "déclarer la sortie" not in plain.text
    assert "déclarer la sortie" in read.text
    assert "Guide › Six semaines avant" in read.text  # cited among the sources


def test_i19_quote_choice_cosines_are_read_from_the_stored_passage_vectors(
    tmp_path: Path,
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "guide.md").write_text(
        "# Guide\n\n## Calendrier\n\nLa fête du vélo a lieu en juin.\n\n"
        "## Six semaines avant\n\nDéclarez la sortie dans votre espace.\n",
        encoding="utf-8",
    )
    kb = KnowledgeBase(tmp_path / "kb")
    if kb.encoder is None:
        pytest.skip("no sentence encoder installed")
    kb.ingest_paths("c", [docs], default_sensitivity="public")
    kb.embed_pending("c")
    index = kb.indexes.get("c")
    hits = kb.search("c", "Que faire avant une sortie ?", allowed_sensitivities=PUBLIC)
    query = kb.encoder.query("Que faire avant une sortie ?")
    cosines = index.passage_scores(query)
    assert cosines is not None
    found = hit_cosines(index, hits, query)
    rows = {index.rows[i].chunk_id: i for i in range(len(index))}
    assert found == pytest.approx([float(cosines[0][rows[h.chunk_id]]) for h in hits])
    stranger = Hit("c", "x.md", "X", None, "x", 1.0, "public", "absent:0")
    assert hit_cosines(index, [stranger], query) == [None]
    assert np.isfinite(found).all()
    kb.close()
