"""How close a word of an answer is to a word of an objective (`alignment`): the same word
family (a shared beginning, accents kept: "coopter" / "cooptation", not "générer" /
"gênerait"), a translation in the project's bilingual lexicon (an English answer's
"customers" meets a French objective's "clients"), or close meaning (word vectors, above a
floor); a word and its negated form ("désabonnement" / "abonnement") never meet.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import numpy as np

from bot.synthesis.text import strip_accents
from bot.synthesis.vectors import WordVectors
from knowledge.bilingual import english_translations
from knowledge.text import stem as knowledge_stem

# Word vectors of this model rate many unrelated nouns alike (0.7 for "informations" /
# "compétences"): only high cosines count, and never as much as a shared word family.
VECTOR_FLOOR = 0.65
VECTOR_WEIGHT = 0.6
PREFIX_MIN = 4  # shared beginning, in letters, for two words to count as one family
PREFIX_SHARE = 0.7  # ... and the part of the shorter word it covers
PREFIX_MATCH = 0.9
# A word made of the other and a negating prefix names its opposite ("désabonnement" /
# "abonnement", "unsubscribe" / "subscribe"); word vectors rate such pairs close.
NEGATING_PREFIXES = ("des", "de", "dis", "in", "im", "un", "non", "anti")
# A French word and an English one the project's bilingual lexicon (`knowledge.bilingual`)
# gives as its translation say one thing ("clients" / "customers"). As close as a shared
# family, less than a stem. Within one language the lexicon is not read: two French words
# with one English translation are often two senses ("conseiller", adviser / recommend);
# measured, such links cost a theme on held-out set 3 and gained nothing elsewhere.
TRANSLATION_MATCH = 0.8


@lru_cache(maxsize=20_000)
def english_senses(word: str, french: bool) -> frozenset[str]:
    """English stems `word` may stand for: itself read as English, and for a French word
    its listed translations and cognates."""
    own = knowledge_stem(word.lower(), "english")
    return frozenset((own, *english_translations(word.lower()))) if french else frozenset((own,))


def same_family(first: str, second: str) -> bool:
    """Same word family by their shared beginning ("coopter" / "cooptation"); accents count
    unless one word is written without any ("generer" typed for "générer")."""
    a, b = first.lower(), second.lower()
    if a == strip_accents(a) or b == strip_accents(b):
        a, b = strip_accents(a), strip_accents(b)
    shared = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        shared += 1
    return shared >= PREFIX_MIN and shared >= PREFIX_SHARE * min(len(a), len(b))


def negated_form(first: str, second: str) -> bool:
    """One word is the other with a negating prefix ("désabonnement" / "abonnement")."""
    a, b = strip_accents(first.lower()), strip_accents(second.lower())
    short, long_ = sorted((a, b), key=len)
    return len(short) >= PREFIX_MIN and any(long_ == p + short for p in NEGATING_PREFIXES)


class WordMatcher:
    def __init__(self, vectors: WordVectors | None) -> None:
        self.vectors = vectors

    def matrix(
        self,
        theme_words: list[str],
        objective_words: list[str],
        french: Callable[[str], bool] = lambda _: True,
    ) -> np.ndarray:
        """theme words × objective words similarity in [0, 1]; `french`: whether a word is
        read as French (for its translations)."""
        result = np.zeros((len(theme_words), len(objective_words)), dtype=np.float32)
        if not theme_words or not objective_words:
            return result
        if self.vectors is not None:
            rows = self.vectors.rows(theme_words + objective_words)
            table = self.vectors.table
            zero = np.zeros(self.vectors.dim, np.float32)
            vecs = np.stack([table[r] if r >= 0 else zero for r in rows])
            vecs /= np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-9)
            split = len(theme_words)
            cosine = vecs[:split] @ vecs[split:].T
            # The shipped table is pruned: a word without its own vector points to the row
            # of its nearest kept word ("own" and "help", "abonnement" and
            # "désabonnement" share one). A shared row says nothing about meaning.
            mine, theirs = np.array(rows[:split]), np.array(rows[split:])
            cosine[(mine[:, None] == theirs[None, :]) & (mine[:, None] >= 0)] = 0.0
            result = VECTOR_WEIGHT * np.clip((cosine - VECTOR_FLOOR) / (1 - VECTOR_FLOOR), 0.0, 1.0)
        read_french = [french(w) for w in objective_words]
        senses = [english_senses(w, f) for w, f in zip(objective_words, read_french, strict=True)]
        for i, word in enumerate(theme_words):
            word_french = french(word)
            mine = english_senses(word, word_french)
            for j, other in enumerate(objective_words):
                if same_family(word, other):
                    result[i, j] = max(result[i, j], PREFIX_MATCH)
                elif negated_form(word, other):
                    result[i, j] = 0.0
                elif word_french != read_french[j] and mine & senses[j]:
                    result[i, j] = max(result[i, j], TRANSLATION_MATCH)
        return result
