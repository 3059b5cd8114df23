"""The encoder's pick does not come before a much richer second quote from a passage judged
to answer (`knowledge.quote_choice.with_meaning`, `MEANING_KEEP_SHARE`); when it does come
second, the former second quote is quoted third."""

from __future__ import annotations

from knowledge.answer import support
from knowledge.passages import Passage, unit_passages
from knowledge.quote_choice import MEANING_KEEP_SHARE, with_meaning
from tests.knowledge.test_i19_quote_choice import QUESTION, _hits, _words

# The encoder finds the third hit (the steps) closest.
COSINES = [0.84, 0.83, 0.87]


def _pick_score() -> float:
    hits = _hits()
    words = _words(QUESTION, hits)
    return max(p.score for p in unit_passages(words, support, hits[2], 2))


def _quotes(second_share: float) -> list[Passage]:
    """Two quotes from the first two hits, the pick holding `second_share` of the second's
    score."""
    second = _pick_score() / second_share
    return [
        Passage(second + 1.0, 0, 0, "Premier passage."),
        Passage(second, 1, 0, "Second passage."),
    ]


def _ranks(quotes: list[Passage], answering: list[int]) -> list[int]:
    hits = _hits()
    words = _words(QUESTION, hits)
    chosen = with_meaning(quotes, words, hits, support, COSINES, "", answering)
    return [q.rank for q in chosen]


def test_i19_meaning_guard_keeps_a_much_richer_answering_second_quote() -> None:
    assert _pick_score() > 0
    quotes = _quotes(MEANING_KEEP_SHARE - 0.1)
    assert _ranks(quotes, answering=[1]) == [0, 1]


def test_i19_meaning_guard_the_pick_displaces_a_quote_that_does_not_answer() -> None:
    quotes = _quotes(MEANING_KEEP_SHARE - 0.1)
    assert _ranks(quotes, answering=[]) == [0, 2, 1]
    assert _ranks(quotes, answering=[0]) == [0, 2, 1]


def test_i19_meaning_guard_the_pick_displaces_it_when_it_answers_too() -> None:
    quotes = _quotes(MEANING_KEEP_SHARE - 0.1)
    assert _ranks(quotes, answering=[1, 2]) == [0, 2, 1]


def test_i19_meaning_guard_the_pick_displaces_it_when_nearly_as_rich() -> None:
    quotes = _quotes(MEANING_KEEP_SHARE + 0.1)
    assert _ranks(quotes, answering=[1]) == [0, 2, 1]
