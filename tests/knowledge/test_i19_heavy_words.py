"""Issue 19: a word found only through a near word counts less when the question asks for a
value (`knowledge.heavy_words`): a sibling item's value answers another question."""

from __future__ import annotations

from knowledge.heavy_words import VALUE_NEAR_SHARE, misses_no_heavy_word
from knowledge.question_support import _Word


def _word(name: str, weight: float) -> _Word:
    return _Word(stems=frozenset({name}), prefix=name[:6], weight=weight, surface=name)


# "combien de jetons rapporte une affiche peinte ?" over a list pricing printed posters:
# "affiche" is there, "peinte" only through its near word "imprimée".
WORDS = [_word("jetons", 0.5), _word("affiche", 0.5), _word("peinte", 2.0)]
SHARES = [1.0, 1.0, 0.4]
UNKNOWN = [False, False, False]


def test_a_near_word_is_enough_when_no_value_is_asked() -> None:
    assert misses_no_heavy_word(WORDS, SHARES, UNKNOWN)


def test_a_near_word_counts_less_when_a_value_is_asked() -> None:
    assert VALUE_NEAR_SHARE < 1
    assert not misses_no_heavy_word(WORDS, SHARES, UNKNOWN, value_asked=True)


def test_words_found_whole_are_unaffected_by_a_value_asked() -> None:
    assert misses_no_heavy_word(WORDS, [1.0, 1.0, 1.0], UNKNOWN, value_asked=True)
