"""Common words across English and French (`knowledge.general_words`): a question word the
program lexicon does not list is found in a passage of the other language that says it in
its own words, without weighing more than it did."""

from __future__ import annotations

from knowledge.answer import _question_words
from knowledge.general_words import general_stems
from knowledge.lexical import LexicalField, LexicalIndex
from knowledge.question_support import coverage
from knowledge.text import index_terms

FRENCH = "Les épouses et maris des bénévoles sont accueillis au goûter du dimanche à la ferme."
ENGLISH = "Helpers may bring their wife or husband to the Sunday picnic at the farm."


def _idf(texts: list[str]) -> LexicalField:
    return LexicalIndex.build([index_terms(t) for t in texts], [[] for _ in texts]).body


def _found(question: str, passage: str, corpus: list[str]) -> dict[str, float]:
    words = _question_words(question, _idf(corpus))
    return {w.surface: share for w, share in zip(words, coverage(words, passage), strict=True)}


def test_an_english_word_is_found_in_its_french_translation() -> None:
    found = _found("can my wife come to the farm?", FRENCH, [FRENCH, "Le potager ferme à 18 h."])
    assert found["wife"] == 1.0


def test_a_french_word_is_found_in_its_english_translation() -> None:
    found = _found("mon épouse peut venir ?", ENGLISH, [ENGLISH, "The orchard opens at nine."])
    assert found["épouse"] == 1.0


def test_the_list_does_not_weigh_a_word() -> None:
    corpus = [FRENCH, "Le potager ferme à 18 h."]
    listed = _question_words("can my wife come?", _idf(corpus))
    assert [w.weight for w in listed if w.surface == "wife"] == [
        w.weight
        for w in _question_words("can my zorblat come?", _idf(corpus))
        if w.surface == "zorblat"
    ]


def test_words_that_only_qualify_are_not_listed() -> None:
    assert general_stems("already", True) == ()
    assert general_stems("petit", False) == ()
    assert general_stems("husband", True)
