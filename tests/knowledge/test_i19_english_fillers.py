"""Issue 19: the words of an English question that frame it without naming its subject
(hedges, pronouns for the asker or the company, indefinite pronouns) are not words a
passage must hold to answer it."""

from __future__ import annotations

from knowledge.answer import _question_words, support
from knowledge.lexical import LexicalField, LexicalIndex
from knowledge.text import index_terms

PASSAGE = "Volunteers are told about each market stall at least ten days before it opens."


def _idf(texts: list[str]) -> LexicalField:
    return LexicalIndex.build([index_terms(t) for t in texts], [[] for _ in texts]).body


IDF = _idf([PASSAGE, "The orchard shop opens on weekdays.", "Volunteers keep a logbook."])


def _surfaces(question: str) -> set[str]:
    return {w.surface for w in _question_words(question, IDF)}


def test_hedges_and_pronouns_are_not_asked_about() -> None:
    words = _surfaces("I think I heard you warn us about something before a market stall?")
    assert not words & {"think", "heard", "us", "something"}
    assert {"warn", "market", "stall"} <= words


def test_indefinite_pronouns_are_left_out_in_french_too() -> None:
    assert "quelqu" not in {w.prefix for w in _question_words("quelqu'un tient le stand ?", IDF)}


def test_a_framed_question_reaches_the_passage_that_answers_it() -> None:
    framed = "I think I heard: how much notice do you give us before a market stall, anything?"
    plain = "how much notice do you give before a market stall?"
    framed_support = support(_question_words(framed, IDF), PASSAGE)
    assert framed_support == support(_question_words(plain, IDF), PASSAGE)


def test_what_happens_keeps_its_verb() -> None:
    assert "happens" in _surfaces("what happens if a market stall closes?")
