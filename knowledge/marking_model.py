"""The markings' second reader: a learned model that can only close a document, never open it.

The hand rules (`knowledge.marking_head`) read a document's head; on heads by a new writer
most of their misses are restricted documents read as unmarked. A linear model over the
head's word unigrams and bigrams (`knowledge.ngram_model`, the handoff detector's model,
without its character n-grams: a word must be whole to count) gives the probability that
the head is restricted (internal or confidential). After the rules, a head they read as
unmarked is read as internal when that probability reaches `THRESHOLD` (one they read
public is left as read: `PUBLIC_THRESHOLD`); a restricted reading of the rules is never
changed, so the model can only withhold a document, never show one.

It is trained offline (`ambassade marking-model --rebuild`, `knowledge.marking_training`)
on the development markings sets and shipped as `marking_model.npz`; inference needs numpy
only. `ambassade bench markings --crossval` measures what it adds on a set it never saw.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from knowledge.document import LoadedDocument
from knowledge.markers import INTERNAL, PUBLIC, Marking
from knowledge.ngram_model import LinearNgramModel, NgramFeatures
from knowledge.text import fold

DEFAULT_MODEL_PATH = Path(__file__).resolve().parent / "marking_model.npz"
FEATURES_VERSION = "markings:head+title+properties/word1-2/v2"
# Words only: character n-grams read a word by its pieces, so "Internazionale" (a football
# club) read like "interne" and public texts were closed.
FEATURES = NgramFeatures(fold=fold, char_sizes=())
RESTRICTED = "restricted"
OPEN = "open"
# Chosen by leave-one-set-out cross-validation over the 23 development sets (see
# `bot.bench.markings_crossval`), out of fold, over the rules of reader version 18: a head the
# rules read unmarked is closed from 0.75: fail-open 49 (rules alone) → 30 of 1708 restricted
# heads for 19 → 39 of 968 unmarked heads withheld (0.65: 26 for 52; 0.7: 28 for 43; 0.8: 32
# for 34). Not 0.65: ordinary unmarked pages score up to 0.68 (a plain list of workshops and
# their sign-up codes, `bot.bench.load.corpus`, was withheld from a public-default client).
# On public texts it never saw it closes at most 4 of 761 PIAF paragraphs and 0 of 523 CNIL
# answers. The character and word n-grams it replaced gave 30 for 37 at 0.9 and closed 7 and
# 3 (28 and 8 at 0.7: "Internazionale" read like "internal"). Reading the head's short lines
# only closed most PIAF paragraphs (a title alone reads like a bare restricted head). A 3-way
# (public, none, restricted) or 4-way model, or the handoff's settings, traded no better.
THRESHOLD = 0.75
# A head the rules read public (its author said who reads it) is left as read: over it the
# model caught 1 more at 0.97 for 5 of 805 public heads withheld (2 for 19 at 0.7), and it
# closed the heads written for all the ambassadors ("Ambassadeurs uniquement — ne pas
# diffuser à l'extérieur"), which are theirs. None: never.
PUBLIC_THRESHOLD: float | None = None
# What a reading by the model says it was read from (`Marking.text`).
MODEL_TEXT = "(the head reads as restricted: second reader)"


def head_text(document: LoadedDocument) -> str:
    """What the model reads: the title, the head's lines and the properties."""
    lines = [document.title or "", *list(document.head)]
    lines += [f"{key}: {value}" for key, value in sorted(document.properties.items())]
    return "\n".join(line for line in lines if line)


class MarkingModel(LinearNgramModel):
    """P(restricted) of a document's head."""

    def restricted(self, text: str) -> float:
        return self.probabilities(text).get(RESTRICTED, 0.0)

    @classmethod
    def load(  # type: ignore[override]
        cls, path: Path = DEFAULT_MODEL_PATH, features: NgramFeatures = FEATURES
    ) -> MarkingModel:
        model = cls(features, *cls.read_arrays(path))
        if RESTRICTED not in model.classes:
            raise ValueError(f"{path}: the model has no '{RESTRICTED}' class")
        return model


@lru_cache(maxsize=1)
def default_model() -> MarkingModel:
    """The shipped model, read once per process (a missing file is an error: fail closed)."""
    return MarkingModel.load()


def closed_by_model(
    document: LoadedDocument,
    found: Marking | None,
    model: MarkingModel | None = None,
    threshold: float = THRESHOLD,
    public_threshold: float | None = PUBLIC_THRESHOLD,
) -> Marking | None:
    """The rules' reading `found`, closed to internal when the rules read the head unmarked
    (or public, `public_threshold`) and the model finds it restricted enough; never opened."""
    if found is not None and (found.level != PUBLIC or public_threshold is None):
        return found
    chosen = model if model is not None else default_model()
    needed = threshold if found is None else public_threshold
    if needed is not None and chosen.restricted(head_text(document)) >= needed:
        return Marking(INTERNAL, MODEL_TEXT)
    return found
