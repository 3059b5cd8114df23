"""How a clause judges what it speaks of: for it (+1), against it (-1) or neither (0).

Against: a verdict against that opens it ("Non", "Contre", "bof"), a word of aversion
(`lexicon.yaml`, `appraisal.negative`: "puéril", "ça me fait fuir", "puts me off", "I
hate"), or a refusal (`Clause.against`: "je ne veux pas", "hors de question"). For: a
verdict for that opens it ("Oui", "Génial"), or a word of liking (`appraisal.positive`: "ça me
motive", "j'adore", "yes please", "happy to"). A negation just before a word of liking or
aversion flips it ("pas motivant", "not fun"), and so does one just after a French verb
("ça me dérange pas"). An opening verdict reads first, then the first word of judgement,
then a refusal.
"""

from __future__ import annotations

from functools import lru_cache

from bot.synthesis.polarity_words import lists, verdict
from bot.synthesis.text import Clause, lexicon, strip_accents

NEGATION_BEFORE = 2  # words before a word of judgement in which a negation flips it
NEGATION_AFTER = 1  # words after it ("ça me motive pas")


def _bare(text: str) -> tuple[str, ...]:
    folded = strip_accents(str(text).lower())
    return tuple(folded.replace("'", " ").replace("’", " ").replace("-", " ").split())


@lru_cache(maxsize=1)
def _phrases() -> dict[str, tuple[tuple[tuple[str, ...], int], ...]]:
    """Words and phrases of judgement with their sign by first word, the longest first."""
    found: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for key, sign in (("negative", -1), ("positive", 1)):
        for words in lexicon()["appraisal"][key].values():
            for phrase in (_bare(w) for w in words):
                found.setdefault(phrase[0], []).append((phrase, sign))
    return {k: tuple(sorted(v, key=lambda item: -len(item[0]))) for k, v in found.items()}


@lru_cache(maxsize=1)
def _negations() -> frozenset[str]:
    return frozenset(w.replace("'", " ").split()[0] for w in lists().negations) | {"don", "n"}


def judgements(words: tuple[str, ...]) -> list[tuple[int, int]]:
    """(position, sign) of each word or phrase of judgement in `words` (bare tokens),
    flipped when negated."""
    negations = _negations()
    found: list[tuple[int, int]] = []
    at = 0
    while at < len(words):
        match = next(
            (
                (phrase, sign)
                for phrase, sign in _phrases().get(words[at], ())
                if words[at : at + len(phrase)] == phrase
            ),
            None,
        )
        if match is None:
            at += 1
            continue
        phrase, sign = match
        size = len(phrase)
        before = words[max(0, at - NEGATION_BEFORE) : at]
        after = words[at + size : at + size + NEGATION_AFTER]
        negated = any(w in negations for w in before) or any(w in ("pas", "not") for w in after)
        if phrase[0] in negations or phrase[-1] in ("pas", "not"):
            negated = False  # the phrase holds its own negation ("me dérange pas")
        found.append((at, -sign if negated else sign))
        at += size
    return sorted(found)


@lru_cache(maxsize=65536)
def of(clause: Clause) -> int:
    """+1, -1 or 0: `clause`'s stance on what it speaks of (see the module doc)."""
    opening = verdict(clause.words)
    if opening:
        return opening
    found = judgements(_bare(" ".join(clause.words)))
    if found:
        return found[0][1]
    return -1 if clause.against else 0
