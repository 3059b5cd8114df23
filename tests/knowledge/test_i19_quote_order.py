"""Issue 19, readable answers: the quote closest in meaning, when nearly as rich in the
question's words, comes first (`knowledge.quote_order`)."""

from __future__ import annotations

from knowledge.passages import Passage
from knowledge.quote_order import in_meaning_order
from tests.knowledge.hits import public_hit

HITS = [
    public_hit("Le vestiaire ferme à 23 h.", "Guide du festival › Vestiaire", 0),
    public_hit("Le vestiaire du personnel est au sous-sol.", "Guide › Coulisses", 1),
    public_hit("Les casiers se louent 3 € la soirée.", "Guide du festival › Casiers", 2),
    public_hit("Le parking ouvre à 18 h.", "Guide du festival › Parking", 3),
]


def _quote(rank: int, score: float) -> Passage:
    return Passage(score=score, rank=rank, order=0, text=HITS[rank].text)


def test_i19_the_quote_closer_in_meaning_comes_first_when_nearly_as_rich() -> None:
    # Richest in the question's words: the staff cloakroom; the encoder finds the public
    # one closer by 0.04.
    quotes = [_quote(1, 1.2), _quote(0, 1.0)]
    chosen = in_meaning_order(quotes, [0.88, 0.84, 0.80, 0.79])
    assert [q.rank for q in chosen] == [0, 1]


def test_i19_the_order_stays_when_the_encoder_agrees() -> None:
    quotes = [_quote(1, 1.2), _quote(0, 1.0)]
    chosen = in_meaning_order(quotes, [0.80, 0.88, 0.79, 0.78])
    assert [q.rank for q in chosen] == [1, 0]


def test_i19_a_much_richer_quote_stays_first() -> None:
    quotes = [_quote(1, 1.8), _quote(2, 1.0)]
    chosen = in_meaning_order(quotes, [0.80, 0.82, 0.86, 0.79])
    assert [q.rank for q in chosen] == [1, 2]


def test_i19_the_order_stays_when_a_quoted_hit_was_not_read() -> None:
    quotes = [_quote(1, 1.2), _quote(2, 1.0)]
    chosen = in_meaning_order(quotes, [0.80, 0.82])
    assert [q.rank for q in chosen] == [1, 2]
