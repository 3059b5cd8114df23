"""Common words across English and French, for judging whether a passage answers.

The program lexicon (`knowledge.bilingual`) is what retrieval translates a question with:
short, so that a query stays fast and precise. A question also uses everyday words it does
not list ("my wife", "at rush hour", "commuters"); over documents in the other language
the answerability check then finds such a word missing from the passage that answers, and
abstains. `general_en_fr.txt` lists about 1,200 common English words with their usual
French translations; a question word's translations in the documents' language count as
the word found, like the lexicon's (`knowledge.question_support`).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from knowledge.bilingual import read_pairs
from knowledge.text import fold, stem
from knowledge.verb_forms import english_base, french_base, french_root_keys

GENERAL = Path(__file__).with_name("general_en_fr.txt")


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """(English stem → French stems, French stem → English stems)."""
    french: dict[str, tuple[str, ...]] = {}
    english: dict[str, tuple[str, ...]] = {}
    for key, stems in read_pairs(GENERAL):
        french[key] = tuple(dict.fromkeys((*french.get(key, ()), *stems)))
        for other in (*stems, *(r for s in stems for r in french_root_keys(s))):
            english[other] = tuple(dict.fromkeys((*english.get(other, ()), key)))
    return french, english


def general_stems(word: str, english: bool) -> tuple[str, ...]:
    """The other language's stems of a common word of a question asked in English
    (`english`) or in French; empty for a word the list lacks."""
    french, reverse = _tables()
    if english:
        found = french.get(stem(fold(word), "english"), ())
        found += french.get(stem(fold(english_base(word)), "english"), ())
    else:
        found = reverse.get(stem(word, "french"), ())
        found += reverse.get(stem(french_base(word), "french"), ())
    return tuple(dict.fromkeys(found))
