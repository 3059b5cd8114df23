"""Which passage an answer quotes when a rule is written in both languages.

A corpus may hold the same rule in French and in English (a charter and its summary for
international members). The question's own language then wins: the other version counts
`VERSION_BONUS` less, even when it holds a word more of the question.

Only a translation steps back: an English handbook that speaks of the same subjects in
other words is no version of the French rule, and a bonus given to every English passage
made English questions quote a loosely related English line before the French passage
that answers them; a bonus given to versions only still raised one over the unrelated
English passage that answered. A passage is a version of another when most of its
content words have a translation in it (`knowledge.bilingual`, the lexicon and cognates;
numbers as written).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any

from knowledge.bilingual import other_language_stems
from knowledge.text import content_words, detect_language, stem

# A French question's passages in French count this much more (structure set, whole unit
# with the encoder when uncertain 0.600 -> 0.625 with 0.3 given to every passage in the
# question's language; 0.1 quoted the French rule to two English questions).
LANGUAGE_BONUS = 0.3
# Between two versions of one rule, the one in the other language than the question's
# counts this much less. Taken from versions only, it can be larger than `LANGUAGE_BONUS`:
# with `knowledge.answer.QUOTE_TRANSLATED_SHARE` at 0.9 the French version of a rule otherwise
# wins over the English one for an English question (test_i19_quote_language).
VERSION_BONUS = 0.45
# The share of a passage's content words that have a translation in the other passage for
# the two to be versions of one rule (a translation is seldom word for word, and the
# lexicon knows the program's words, not every word).
PARALLEL_SHARE = 0.4
# A French question that names English ("dans le handbook anglais", "(version anglaise)",
# "récap en anglais stp", "mon mari est anglais") is about what the program writes for
# English speakers: its English documents, whose passages it then quotes first.
_NAMES_ENGLISH = re.compile(r"\b(?:anglais|anglaise|anglaises|english)\b", re.IGNORECASE)


def quoting_language(question: str) -> str:
    """The language whose passages a question's answer prefers: its own, or English for a
    French question that names English (`_NAMES_ENGLISH`)."""
    language = detect_language(question)
    if language == "french" and _NAMES_ENGLISH.search(question):
        return "english"
    return language


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
    """`scored` passages (each passage's own language in `languages`), those in the other
    language than the question's counting `VERSION_BONUS` less when a passage in the
    question's `language` is a version of them: the translation steps back before its
    version, never an unrelated passage ahead of the one that answers."""
    if language not in ("english", "french"):
        return list(scored)
    english = language == "english"
    own = [p for p, lang in zip(scored, languages, strict=True) if lang == language]
    out = []
    for passage, lang in zip(scored, languages, strict=True):
        if lang != language and any(versions(o.text, english, passage.text) for o in own):
            passage = replace(passage, score=passage.score - VERSION_BONUS)
        out.append(passage)
    return out
