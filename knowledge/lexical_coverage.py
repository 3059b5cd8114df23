"""How much of a question the best lexical match holds (a gate of the sentence encoder).

The lexical ranking looks certain when one chunk stands out (`query_scoring.uncertainty`),
but a chunk can stand out on one rare word alone: "comment je vois combien de points il me
reste ?" over a program that says "solde" finds the one heading saying "Points de
convergence" far ahead of all. When the best chunk holds less than `LOW_COVERAGE` of the
question's words, weighed by their rarity, it is a guess, and the encoder reads the
question too.
"""

from __future__ import annotations

from knowledge.index import ClientIndex
from knowledge.light_verbs import is_light_verb
from knowledge.locutions import lexical_reading
from knowledge.text import content_words, query_terms

# Structure dev sets, recall@5 (encoder when uncertain): the mean of ten sets 0.856 ->
# 0.860 with 0.5 (the encoder reads 77 % of the questions instead of 70 %; no set lower);
# 0.6: 0.859 (81 %); 0.7: 0.860 (84 %); every question read: 0.862.
LOW_COVERAGE = 0.5


def coverage(index: ClientIndex, query: str, row: int) -> float:
    """The share of the question's words, each weighed by its idf in the bodies, that
    chunk `row` holds (1.0 when no word of the question is in the corpus). A word counts
    once whatever the language of the stem that meets it."""
    body = index.lexical.body
    words = list(dict.fromkeys(content_words(lexical_reading(query))))
    asked = [w for w in words if not is_light_verb(w)] or words
    total = held = 0.0
    for word in asked:
        stems = [s for s in query_terms(word) if body.has(s)]
        if not stems:
            continue
        weight = max(body.idf(s) for s in stems)
        total += weight
        if any(row in body.rows_with(s) for s in stems):
            held += weight
    return held / total if total else 1.0


def guessed(index: ClientIndex, query: str, row: int) -> bool:
    """The best chunk holds too little of the question to be trusted alone."""
    return coverage(index, query, row) < LOW_COVERAGE
