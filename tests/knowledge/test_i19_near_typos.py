"""Issue 19, typos: a question word the word vectors lack is read, for near words, as the
known word one edit away ("formelement" for "formellement"), so a typo no document repeats
does not count as a missing word that names what is asked (`knowledge.answerability`)."""

from __future__ import annotations

from knowledge.answerability import NEAR_SHARE, NearWords
from tests.knowledge.test_i19_7_answerability import FakeVectors

VECTORS = FakeVectors(
    {
        "formellement": [1.0, 0.0, 0.0],
        "strictement": [1.0, 0.1, 0.0],
        "jardin": [0.0, 1.0, 0.0],
        "forme": [0.0, 0.0, 1.0],
    }
)
PASSAGE = "Il est strictement interdit de revendre les récompenses."


def test_i19_a_typo_is_read_as_the_known_word_one_edit_away() -> None:
    near = NearWords(VECTORS)  # type: ignore[arg-type]
    assert near.credit("formellement", PASSAGE) == NEAR_SHARE
    assert near.credit("formelement", PASSAGE) == NEAR_SHARE


def test_i19_an_unknown_word_two_edits_away_or_short_counts_nothing() -> None:
    near = NearWords(VECTORS)  # type: ignore[arg-type]
    assert near.credit("formlement", PASSAGE) == 0.0  # "formellement" is two edits away
    assert near.credit("fome", "Une forme de jardin.") == 0.0  # too short to be read as a typo
    assert near.credit("jardinn", "Un jardin.") == near.credit("jardin", "Un jardin.")
