"""Issue 19, quote selection: a section judged to answer is quoted beside a first quote
that shares more of the question's words, from half of its score
(`knowledge.quote_shares`)."""

from __future__ import annotations

from knowledge.answer import _question_words, support
from knowledge.lexical import LexicalIndex
from knowledge.passages import Passage, best_passages
from knowledge.quote_shares import ANSWERED_SECOND_SHARE, SECOND_QUOTE_SHARE, second_share
from knowledge.retrieval import Hit
from knowledge.text import index_terms
from tests.knowledge.hits import public_hit

# The prices share "louer", "kayak" and "biplace" with the question; the rule that answers
# it ("un ado peut-il louer ?") shares "louer" and "kayak" only.
PRICES = "Le kayak biplace se loue 30 € la demi-journée au club, le kayak simple 20 €."
WHO = "Seuls les membres majeurs qui ont passé le test de nage peuvent louer un kayak."
QUESTION = "un ado de 15 ans peut louer un kayak biplace ?"


def _hits() -> list[Hit]:
    return [
        public_hit(PRICES, "Location de kayaks › Tarifs", 0, "location.md"),
        public_hit(WHO, "Location de kayaks › Conditions", 1, "location.md"),
    ]


def _words(hits: list[Hit]) -> list:
    texts = [f"{h.section}\n{h.text}" for h in hits]
    texts += ["Les sorties en mer du samedi.", "Autre chose sans rapport."]
    index = LexicalIndex.build([index_terms(t) for t in texts], [[] for _ in texts])
    return _question_words(QUESTION, index.body)


def test_i19_a_section_judged_to_answer_is_quoted_beside_a_richer_one() -> None:
    hits = _hits()
    quotes = best_passages(_words(hits), hits, support, answering=(1,))
    assert [q.rank for q in quotes] == [0, 1]
    assert SECOND_QUOTE_SHARE * quotes[0].score > quotes[1].score


def test_i19_a_section_not_judged_to_answer_needs_most_of_the_first_s_score() -> None:
    hits = _hits()
    assert [q.rank for q in best_passages(_words(hits), hits, support)] == [0]


def test_i19_a_section_judged_to_answer_still_needs_half_of_the_first_s_score() -> None:
    hits = _hits()
    words = _words(hits)
    ahead = best_passages(words, hits, support, answering=(1,), extra=_ahead)
    assert [q.rank for q in ahead] == [0]


def _ahead(passage: Passage) -> float:
    """The first hit's units far ahead (as a kind or count bonus would set them)."""
    return 0.6 if passage.rank == 0 else 0.0


def test_i19_the_share_asked_of_a_further_quote() -> None:
    assert second_share(True) == ANSWERED_SECOND_SHARE < SECOND_QUOTE_SHARE
    assert second_share(False) == SECOND_QUOTE_SHARE
