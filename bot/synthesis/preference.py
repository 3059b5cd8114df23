"""Preference constructions: what a clause puts before what (`polarity`, issue 18, 2b).

One who prefers says which way on a topic in any words: "plutôt X que Y", "X plutôt que
Y", "je préfère X à Y", "X rather than Y", "I'd prefer X to Y", "X is better than Y",
"X instead of Y", "X au lieu de Y". The preferred thing (X) takes the side +1 and the
one set aside (Y) the side -1, so two participants who choose opposite ways on the same
pair of things oppose, whatever the things are. Only the grammar words are listed
(`lexicon.yaml`, `polarity.prefer`, `polarity.than`, `polarity.refuse`, `preference`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from bot.synthesis.polarity_words import lists
from bot.synthesis.text import lexicon, stem, strip_accents

WINDOW = 3  # tokens on either side of a marker in which its things are sought


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str], tuple[tuple[str, ...], ...]]:
    """(words that compare: "mieux", "better"…, words that follow the verb "prefer" to name
    what is set aside: "à", "to", "over"…, adverbs of preference, followed by "que" /
    "than" only: "plutôt", "rather", phrases that set aside: "rather than"…)."""
    data = lexicon()["preference"]

    def bare(key: str) -> frozenset[str]:
        return frozenset(strip_accents(str(w).lower()) for ws in data[key].values() for w in ws)

    return bare("compare"), bare("after_prefer"), bare("adverbs"), lists().refuse_phrases


def _match(words: Sequence[str], at: int, phrase: tuple[str, ...]) -> bool:
    return tuple(words[at : at + len(phrase)]) == phrase


def _before(words: Sequence[str], end: int, content: Callable[[str], bool], skip: frozenset[str]):
    """The nearest content word before `end`, within `WINDOW` tokens."""
    for index in range(end - 1, max(-1, end - 1 - WINDOW), -1):
        if words[index] in skip:
            continue
        if content(words[index]):
            return index
    return None


def _after(words: Sequence[str], start: int, content: Callable[[str], bool], skip: frozenset[str]):
    """The first content word from `start`, within `WINDOW` tokens."""
    for index in range(start, min(len(words), start + WINDOW)):
        if words[index] in skip:
            continue
        if content(words[index]):
            return index
    return None


def ranked(words: Sequence[str], content: Callable[[str], bool]) -> list[tuple[int, int]]:
    """(index of the word preferred, index of the word set aside) of each preference."""
    compare, after_prefer, adverbs, set_aside = _words()
    words_of = lists()
    skip = words_of.prefer | words_of.than | compare | words_of.negations
    found: list[tuple[int, int]] = []
    for index, word in enumerate(words):
        for phrase in set_aside:  # "X plutôt que Y", "X rather than Y", "X instead of Y"
            if _match(words, index, phrase):
                end = index + len(phrase)
                first = _before(words, index, content, skip)
                second = _after(words, end, content, skip)
                if first is not None and second is not None:
                    found.append((first, second))
        if word in words_of.than and index > 0 and words[index - 1] in compare:
            first = _before(words, index - 1, content, skip)  # "X mieux que Y"
            second = _after(words, index + 1, content, skip)
            if first is not None and second is not None:
                found.append((first, second))
        if word in words_of.prefer and word not in compare:  # "plutôt X que Y", "préfère X à Y"
            if index + 1 < len(words) and words[index + 1] in words_of.than:
                continue  # "plutôt que Y": a set-aside phrase, above
            first = _after(words, index + 1, content, skip)
            if first is None:
                continue
            markers = words_of.than if word in adverbs else words_of.than | after_prefer
            for marker in range(first + 1, min(len(words), first + 1 + WINDOW)):
                if words[marker] in markers:
                    second = _after(words, marker + 1, content, skip)
                    if second is not None:
                        found.append((first, second))
                    break
    return list(dict.fromkeys(found))


def choices(
    words: Sequence[str], language: str, content: Callable[[str], bool]
) -> list[tuple[str, int]]:
    """(topic, sign) of each preference: the topic names the pair of things by their stems
    ("matin|soir"), the sign is +1 when the first of them is preferred, -1 otherwise."""
    result: list[tuple[str, int]] = []
    for first, second in ranked(words, content):
        preferred, set_aside = stem(words[first], language), stem(words[second], language)
        if preferred == set_aside:
            continue
        pair = sorted((preferred, set_aside))
        result.append(("|".join(pair), 1 if pair[0] == preferred else -1))
    return list(dict.fromkeys(result))
