"""Query spelling: a word the corpus never uses is matched to a corpus word one edit away.

"pionts" is no word of the documents, and neither is its stem: the lexical index would
ignore it and the question would go to whatever passage its other words meet. Before the
question is stemmed, such a word is replaced by the corpus word within one edit (a letter
deleted, inserted, replaced, or two neighbours swapped: "pionts" → "points") that the most
chunks use. Words shorter than `MIN_LENGTH` letters are left alone (too many neighbours),
and so are words the corpus knows under another form (same stem), English words the
bilingual lexicon translates, and real words (the 500,000 words of spaCy's French model,
which include common English): "réduction" is no typo where the corpus says "remise"
(correcting real words sent 4 of qa.jsonl's 10 paraphrases to "séduction", "tiens"...).

The vocabulary is the client's accent-folded words with the number of chunks using each;
it is built with the index and cached with it (`index_cache`).
"""

from __future__ import annotations

import re
import string
from collections import Counter
from collections.abc import Callable, Iterable

import numpy as np

from knowledge.bilingual import french_stems
from knowledge.synonyms import known_word
from knowledge.text import QUESTION_WORDS, content_words, fold_word, is_stopword, stem

MIN_LENGTH = 5
_LETTERS = string.ascii_lowercase + string.digits
_WORD = re.compile(r"\w+")


class Vocabulary:
    """Accent-folded corpus words and how many chunks use each."""

    def __init__(self, words: list[str], counts: np.ndarray) -> None:
        self.words = words
        self.counts = counts
        self._df: dict[str, int] | None = None

    @classmethod
    def build(cls, texts: Iterable[str]) -> Vocabulary:
        df: Counter[str] = Counter()
        for text in texts:
            df.update({fold_word(w) for w in content_words(text) if w.isalpha()})
        words = sorted(df)
        return cls(words, np.array([df[w] for w in words], dtype=np.int32))

    def __len__(self) -> int:
        return len(self.words)

    @property
    def df(self) -> dict[str, int]:
        if self._df is None:  # built on the first unknown word only
            self._df = dict(zip(self.words, self.counts.tolist(), strict=True))
        return self._df

    def closest(self, word: str) -> str | None:
        """The corpus word one edit from `word` used by the most chunks (None: none)."""
        df = self.df
        found = [(df[c], c) for c in edits1(word) if c in df and not is_stopword(c)]
        return max(found)[1] if found else None


def edits1(word: str) -> set[str]:
    """Every string one deletion, adjacent swap, replacement or insertion from `word`."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    swaps = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    replaces = [a + c + b[1:] for a, b in splits if b for c in _LETTERS]
    inserts = [a + c + b for a, b in splits for c in _LETTERS]
    return set(deletes + swaps + replaces + inserts) - {word}


def corrections(
    question: str,
    vocabulary: Vocabulary,
    known_stem: Callable[[str], bool],
    real_word: Callable[[str], bool] | None = None,
) -> dict[str, str]:
    """Folded question word → corpus word, for the words the corpus does not know and
    the language does not know either (`real_word`: "réduction" is a word, even where
    the corpus says "remise", and must not become "séduction")."""
    out: dict[str, str] = {}
    for word in content_words(question):
        folded = fold_word(word)
        if (
            len(folded) < MIN_LENGTH
            or not folded.isalpha()
            or folded in out
            or folded in QUESTION_WORDS
            or folded in vocabulary.df
            or known_stem(stem(word, "french"))
            or known_stem(stem(word, "english"))
            or french_stems(word)
            or known_word(word)
            or (real_word is not None and real_word(word))
        ):
            continue
        if (found := vocabulary.closest(folded)) is not None:
            out[folded] = found
    return out


def corrected(
    question: str,
    vocabulary: Vocabulary,
    known_stem: Callable[[str], bool],
    real_word: Callable[[str], bool] | None = None,
) -> str:
    """The question with each unknown word replaced by its corpus neighbour."""
    if not len(vocabulary):
        return question
    fixes = corrections(question, vocabulary, known_stem, real_word)
    if not fixes:
        return question
    return _WORD.sub(lambda m: fixes.get(fold_word(m.group(0).casefold()), m.group(0)), question)
