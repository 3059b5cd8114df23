"""Question words that frame a question without naming its subject weigh nothing
(`knowledge.question_support`): an English wish or intensifier, a spoken French wish; an
English "comment" is a noun; spoken French words are found in their plain English."""

from __future__ import annotations

from knowledge.answer import _question_words
from knowledge.lexical import LexicalField, LexicalIndex
from knowledge.question_support import coverage
from knowledge.text import index_terms

FRENCH = "Les bénévoles peuvent parler à un membre de l'équipe par téléphone le mardi."
ENGLISH = "If your balance falls below the threshold, you drop one tier at the next review."


def _idf(texts: list[str]) -> LexicalField:
    return LexicalIndex.build([index_terms(t) for t in texts], [[] for _ in texts]).body


def _surfaces(question: str, corpus: list[str]) -> set[str]:
    return {w.surface for w in _question_words(question, _idf(corpus))}


def test_an_english_wish_does_not_weigh() -> None:
    words = _surfaces("The app is nice but I'd like to talk to an actual person", [FRENCH])
    assert not words & {"like", "nice", "actual"}
    assert "talk" in words


def test_liking_stays_a_word() -> None:
    assert "like" in _surfaces("How many points when I like a post?", [FRENCH])


def test_every_single_is_an_intensifier() -> None:
    words = _surfaces("Do I get points for every single photo?", [FRENCH])
    assert not words & {"every", "single"}
    assert "photo" in words


def test_an_english_comment_is_a_noun() -> None:
    assert "comment" in _surfaces("Should I answer a rude comment?", [FRENCH])
    assert "comment" not in _surfaces("comment je parle à l'équipe ?", [FRENCH])


def test_a_spoken_french_wish_does_not_weigh() -> None:
    assert "envie" not in _surfaces("j'ai envie de parler à l'équipe", [FRENCH])


def test_spoken_french_is_found_in_plain_english() -> None:
    corpus = [ENGLISH, "Members meet twice a year."]
    words = _question_words("je redescends de combien de crans sous le seuil ?", _idf(corpus))
    found = {w.surface: f for w, f in zip(words, coverage(words, ENGLISH), strict=True)}
    assert found["crans"] == 1.0
    assert found["redescends"] == 1.0
