"""Oppositions whose sides hold no shared position, read with the sentence encoder.

A side of an opposition is a position several participants share: its answers should be
more alike to one another than two answers to one question picked at random. Oppositions
found by polarity words, contrasts or kinds sometimes gather, on a side, answers that share
a marker ("pas", "only", a time) but no idea; shown, each of their verbatims stands under a
position it does not express. Once every point is made, in a workshop-sized session (every
answer already read by the encoder, `sentences`: nothing new is encoded), each side's
cohesion (mean cosine of its different participants' answers, vectors centred on the mean
of what the encoder read) is told in standard deviations of the session's own background:
the cosines of every two different participants' answers to one question. An opposition
whose sides stand, on average, under `MIN_MEAN_Z` is left out: no point rather than a
point whose evidence does not hold together; but one an objective's support names stays,
lest its objective be listed as unsupported.
Measured on the development sets (syn-gen): the spurious sides' cohesion spreads lower
than the matched sides' (quartiles -0.02 / 0.43 / 1.1 against a tenth at 0.19); cohesion
of minority views and convergences does not tell spurious from matched (the encoder made
many of them) and is not used.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

import numpy as np

from bot.synthesis.encoded import TEXT_CHARS, Memo
from bot.synthesis.features import Features
from bot.synthesis.model import Answer, ObjectiveLink, Theme
from bot.synthesis.themes import shorten
from bot.synthesis.vectors import unit_rows

MIN_MEAN_Z = -0.1
MIN_PAIRS = 10  # fewer background pairs: no fair background, every opposition stays
Rows = TypeVar("Rows")


class Background:
    """Each answer's centred encoder vector and the session's same-question pair cosines."""

    def __init__(self, answers: Sequence[Answer], encoder: Memo, own_centre: bool = False) -> None:
        """`own_centre`: vectors centred on the mean of `answers` alone, not on everything
        the encoder read (objectives, translations)."""
        texts = [shorten(a.text, TEXT_CHARS) for a in answers]
        self.index = {a.id: i for i, a in enumerate(answers)}
        self.people = np.array([a.participant for a in answers])
        if not texts:
            vectors = np.zeros((0, 1))
        elif own_centre:
            raw = encoder.queries(texts)
            vectors = unit_rows(raw - raw.mean(axis=0))
        else:
            vectors = encoder.centred(encoder.queries(texts))
        self.similarity = vectors @ vectors.T
        questions = np.array([a.question for a in answers])
        pairs = np.triu(np.equal.outer(questions, questions), 1) & self.different(
            np.arange(len(answers))
        )
        cosines = self.similarity[pairs]
        self.fair = cosines.size >= MIN_PAIRS
        self.mean = float(cosines.mean()) if cosines.size else 0.0
        self.spread = float(cosines.std()) if cosines.size else 0.0

    def different(self, rows: np.ndarray) -> np.ndarray:
        people = self.people[rows]
        return ~np.equal.outer(people, people)

    def standing(self, answer_ids: Sequence[str]) -> float | None:
        """How far above the background the answers' mean pair cosine stands, in standard
        deviations (None when no two of them come from different participants)."""
        rows = np.array([self.index[i] for i in answer_ids if i in self.index], dtype=int)
        if rows.size < 2 or self.spread <= 0:
            return None
        mask = self.different(rows)
        if not mask.any():
            return None
        cohesion = float(self.similarity[np.ix_(rows, rows)][mask].mean())
        return (cohesion - self.mean) / self.spread


def holds_together(theme: Theme, background: Background) -> bool:
    """Whether `theme` (an opposition) has sides that, on average, hold together."""
    standings = [background.standing(side.answer_ids) for side in theme.sides]
    known = [s for s in standings if s is not None]
    return not known or sum(known) / len(known) >= MIN_MEAN_Z


class Reading(Protocol):
    """What `kept` reads of a synthesis being built (`engine._Builder`)."""

    answers: list[Answer]
    encoder: Memo | None
    features: Features


def kept(
    items: Sequence[tuple[Theme, Rows]], reading: Reading, links: Sequence[ObjectiveLink] = ()
) -> list[tuple[Theme, Rows]]:
    """`kept_among` the reading's answers, when the encoder read every one (`sentences`);
    an opposition an objective's support names stays (its objective would lose its backing)."""
    read = reading.features.sentence is not None
    named = {label for link in links for label in link.supported_by}
    backing = [
        i for i, (t, _) in enumerate(items) if {t.label, *(s.label for s in t.sides)} & named
    ]
    left = kept_among(items, reading.answers, reading.encoder, read)
    staying = {id(item) for item in left}
    return [item for i, item in enumerate(items) if i in backing or id(item) in staying]


def kept_among(
    items: Sequence[tuple[Theme, Rows]],
    answers: Sequence[Answer],
    encoder: Memo | None,
    read: bool,
) -> list[tuple[Theme, Rows]]:
    """`items` (a theme and its clause rows) but the oppositions whose sides do not hold
    together; all when there is no encoder or the session's answers were not all `read`."""
    if encoder is None or not read or not any(t.sides for t, _ in items):
        return list(items)
    background = Background([a for a in answers if a.kind == "text"], encoder)
    if not background.fair:
        return list(items)
    return [item for item in items if not item[0].sides or holds_together(item[0], background)]
