"""Issue 19, choosing quotes: a heading that is a question (a FAQ's) counts for less than
one that names a subject, since FAQ questions share the wording of questions asked about
something else (`knowledge.passages.QUESTION_HEADING_BONUS`)."""

from __future__ import annotations

from knowledge.answer import _question_words, support
from knowledge.lexical import LexicalIndex
from knowledge.passages import HEADING_BONUS, QUESTION_HEADING_BONUS, unit_passages
from knowledge.retrieval import Hit
from knowledge.text import index_terms
from tests.knowledge.hits import public_hit

TEXT = "Écrivez à l'équipe du programme, qui répond sous trois semaines."
QUESTION = "Comment changer de jardinerie de rattachement ?"


def _best(hit: Hit, words: list) -> float:
    return max(p.score for p in unit_passages(words, support, hit, 0))


def test_i19_a_question_heading_counts_less_than_a_subject_heading() -> None:
    asked = public_hit(TEXT, "FAQ › Inscription › Puis-je changer de jardinerie de rattachement ?")
    named = public_hit(TEXT, "Guide › Inscription › Changer de jardinerie de rattachement")
    texts = [f"{h.section}\n{h.text}" for h in (asked, named)] + ["Autre chose sans rapport."]
    index = LexicalIndex.build([index_terms(t) for t in texts], [[] for _ in texts])
    words = _question_words(QUESTION, index.body)
    assert QUESTION_HEADING_BONUS < HEADING_BONUS
    assert _best(asked, words) < _best(named, words)
    # Only the bonus differs: the heading's words still count in the passage's support.
    assert _best(asked, words) > _best(public_hit(TEXT, "FAQ › Autre sujet ?"), words)
