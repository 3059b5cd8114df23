"""Sentence-encoder vectors of every clause of a workshop-sized session.

In a workshop (at most `MAX_CLAUSES` clauses) every answer is read once by the sentence
encoder (through `encoded.Memo`: the later readings, `encoded`, `minority`, `views`…, reuse
the vectors), each clause taking its answer's vector (the planted sets tell ideas apart
better by whole answers than by clauses). The vectors, centred on their mean (what every
answer of the workshop shares) and unit, join the lexical and word-vector similarity of
`features` (`Features.sentence`), so that the clustering (`themes`) groups one idea worded
differently. A clause of fewer than `FULL_WORDS` content words has its vector shortened in
proportion: short, vague answers ("Je verrai bien", "Une amie m'a inscrite") read alike to
the encoder by tone, not idea; in a terse session, where most answers are one or two words
("bouche à oreille", "being heard"), the threshold is the session's median length
(`terse.words_needed`) and the encoder takes a larger share (`sentence_weight`). Bigger
sessions keep the lexical similarity alone: reading every answer would take too long (200
participants × 12 answers in ≤ 5 s).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from bot.synthesis.encoded import TEXT_CHARS, SentenceVectors
from bot.synthesis.features import SENTENCE_WEIGHT, Features, build
from bot.synthesis.model import Answer
from bot.synthesis.terse import words_needed
from bot.synthesis.text import Clause
from bot.synthesis.themes import shorten
from bot.synthesis.vectors import WordVectors, unit_rows

MAX_CLAUSES = 250  # about 6 s of encoding on one idle core at the most
FULL_WORDS = 3


def read(
    clauses: Sequence[Clause], answers: Sequence[Answer], encoder: SentenceVectors | None
) -> np.ndarray | None:
    """Clauses × dimensions, centred vectors (unit, or shorter for a short clause); None
    without an encoder or for a session too big (or of fewer than 2 clauses)."""
    if encoder is None or not 2 <= len(clauses) <= MAX_CLAUSES:
        return None
    texts = [shorten(answers[c.answer_index].text, TEXT_CHARS) for c in clauses]
    raw = np.asarray(encoder.queries(texts), dtype=np.float32)
    unit = unit_rows(raw - raw.mean(axis=0))
    said = np.array([len(c.content) for c in clauses], dtype=np.float32)
    return unit * np.minimum(1.0, said / words_needed(clauses, FULL_WORDS))[:, None]


def features(
    clauses: Sequence[Clause],
    answers: Sequence[Answer],
    vectors: WordVectors | None,
    encoder: SentenceVectors | None,
) -> Features:
    """The clauses' `Features`, with the encoder's vectors in a workshop-sized session."""
    built = build(clauses, vectors, read(clauses, answers, encoder))
    built.sentence_weight = sentence_weight(clauses)
    return built


def sentence_weight(clauses: Sequence[Clause]) -> float:
    """The encoder's share of the similarity: `SENTENCE_WEIGHT`; in a terse session the
    lexical share shrinks with the square of how much shorter its answers are (both answers
    of a pair are short): between answers of one or two words, one incidental shared word
    ("friends") is half of what each says, and the stems and word vectors join ideas that
    merely share it, where the encoder still reads one idea worded differently."""
    needed = words_needed(clauses, FULL_WORDS)
    if needed >= FULL_WORDS:
        return SENTENCE_WEIGHT
    return 1.0 - (1.0 - SENTENCE_WEIGHT) * (needed / FULL_WORDS) ** 2
