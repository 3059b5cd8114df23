"""Issue 19, readable answers: the quote every signal points to (judged to answer,
retrieval's first hit, closest in meaning) comes first (`knowledge.quote_order`)."""

from __future__ import annotations

from knowledge.passages import Passage
from knowledge.quote_order import in_signal_order
from tests.knowledge.hits import public_hit

HITS = [
    public_hit("Le vestiaire ferme à 23 h.", "Guide du festival › Vestiaire", 0),
    public_hit("Le vestiaire du personnel est au sous-sol.", "Guide › Coulisses", 1),
    public_hit("Les casiers se louent 3 € la soirée.", "Guide du festival › Casiers", 2),
    public_hit("Le parking ouvre à 18 h.", "Guide du festival › Parking", 3),
]


def _quote(rank: int, score: float) -> Passage:
    return Passage(score=score, rank=rank, order=0, text=HITS[rank].text)


def test_i19_the_quote_every_signal_points_to_comes_first() -> None:
    # Richest in the question's words: the staff cloakroom; but the top hit, judged to
    # answer and closest in meaning, is the public one.
    quotes = [_quote(1, 1.2), _quote(0, 1.0)]
    cosines = [0.88, 0.84, 0.80, 0.79]
    chosen = in_signal_order(quotes, HITS, answering=[0, 1], cosines=cosines)
    assert [q.rank for q in chosen] == [0, 1]


def test_i19_the_order_stays_when_the_signals_disagree() -> None:
    quotes = [_quote(1, 1.2), _quote(0, 1.0)]
    cosines = [0.80, 0.88, 0.79, 0.78]  # the encoder prefers the staff cloakroom
    chosen = in_signal_order(quotes, HITS, answering=[0, 1], cosines=cosines)
    assert [q.rank for q in chosen] == [1, 0]
