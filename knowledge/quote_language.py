"""Which passage an answer quotes when a rule is written in both languages.

A corpus may hold the same rule in French and in English (a charter and its summary for
international members). The question's own language then wins: its version counts
`LANGUAGE_BONUS` more, even when the other one holds a word more of the question.

Only over a translation: an English handbook that speaks of the same subjects in other
words is no version of the French rule, and a bonus given to it whatever the other
passages say made English questions quote a loosely related English line before the
French passage that answers them. A passage is a version of another when most of its
content words have a translation in it (`knowledge.bilingual`, the lexicon and cognates;
numbers as written).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any

from knowledge.bilingual import other_language_stems
from knowledge.text import content_words, stem

# The question's language is preferred between two versions of one rule (structure set,
# whole unit with the encoder when uncertain 0.600 -> 0.625 with 0.3 given to every
# passage in the question's language; 0.1 quoted the French rule to two English questions).
LANGUAGE_BONUS = 0.3
VERSION_BONUS = LANGUAGE_BONUS
# The share of a passage's content words that have a translation in the other passage for
# the two to be versions of one rule (a translation is seldom word for word, and the
# lexicon knows the program's words, not every word).
PARALLEL_SHARE = 0.4


@lru_cache(maxsize=4096)
def _words(text: str, language: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """A text's stems in `language` and its content words."""
    found = content_words(text)
    return frozenset(stem(w, language) for w in found), tuple(found)


def versions(text: str, english: bool, other: str) -> bool:
    """`text` (English when `english`) has most of its words translated in `other`."""
    _, words = _words(text, "english" if english else "french")
    if not words:
        return False
    stems, _ = _words(other, "french" if english else "english")
    found = sum(
        (w.isdigit() and w in other) or any(s in stems for s in other_language_stems(w, english))
        for w in words
    )
    return found >= PARALLEL_SHARE * len(words)


def with_language_bonus(
    scored: Sequence[Any], language: str, languages: Sequence[str]
) -> list[Any]:
    """`scored` passages, those in the question's `language` (each passage's own in
    `languages`) counting `LANGUAGE_BONUS` more when a passage in the other language is a
    version of them."""
    if language not in ("english", "french"):
        return list(scored)
    english = language == "english"
    others = [p for p, lang in zip(scored, languages, strict=True) if lang != language]
    out = []
    for passage, lang in zip(scored, languages, strict=True):
        if lang == language and any(versions(passage.text, english, o.text) for o in others):
            passage = replace(passage, score=passage.score + VERSION_BONUS)
        out.append(passage)
    return out
