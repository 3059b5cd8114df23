"""Clauses that name an objective's word only to refuse it.

"I don't write reviews online", "Please don't ask me to post reviews", "I never fill in
those satisfaction surveys" say the words of an objective about reviews or surveys, yet
refuse what the objective asks of them: they do not support it. Beside `Clause.against` (a
negation next to a word of will, "je ne veux pas", which `alignment` reads too), a refusing
word (`refusing_words`: a negation of a verb, weariness, dislike) up to `REFUSAL_WINDOW`
words before the very word that meets the objective is enough ("j'en ai marre des
questionnaires"), where the participant speaks of themselves (`first_person_words`: "on se
croise sans jamais se parler" tells what they lack). Not "nothing", "rien": "nothing about
customers helping each other" asks for what it names. Only the links (`alignment`,
`objective_paraphrase`) read it: the themes keep their answers.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache

from bot.synthesis.text import Clause, lexicon, strip_accents

REFUSAL_WINDOW = 5  # words from a refusing word to the word it refuses


@lru_cache(maxsize=4)
def _words(key: str) -> frozenset[str]:
    words = lexicon()[key]
    return frozenset(strip_accents(str(w).lower()) for ws in words.values() for w in ws)


def refuses(clause: Clause, met: Collection[str]) -> bool:
    """Whether `clause` refuses what it says of the objective: a refusing word up to
    `REFUSAL_WINDOW` words before a word in `met` (the clause's content words that meet
    the objective), in a clause where the participant speaks of themselves."""
    words = clause.words
    if _words("first_person_words").isdisjoint(words):
        return False
    targets = {strip_accents(w.lower()) for w in met}
    refusing = _words("refusing_words")
    return any(
        word in targets and any(w in refusing for w in words[max(0, k - REFUSAL_WINDOW) : k])
        for k, word in enumerate(words)
    )
