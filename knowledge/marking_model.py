"""The markings' second reader: a learned model that can only close a document, never open it.

The hand rules (`knowledge.marking_head`) read a document's head; on heads by a new writer
most of their misses are restricted documents read as unmarked. Two linear models over the
head's word unigrams and bigrams (`knowledge.ngram_model`, the handoff detector's model,
without its character n-grams: a word must be whole to count), the second also counting
where the words sit (`knowledge.marking_marks`: a line's lead, the first line, asides, names
inside a line), give the probability that the head is restricted (internal or
confidential): the mean of the two, never below the first's. After the rules, a head they
read as unmarked is read as internal when that probability reaches `THRESHOLD` (one they
read public is left as read: `PUBLIC_THRESHOLD`); a restricted reading of the rules is never
changed, so the model can only withhold a document, never show one.

It is trained offline (`ambassade marking-model --rebuild`, `knowledge.marking_training`)
on the development markings sets and shipped as `marking_model.npz` and
`marking_model_marked.npz`; inference needs numpy only. `ambassade bench markings --crossval`
measures what it adds on a set it never saw.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from knowledge.document import LoadedDocument
from knowledge.markers import INTERNAL, PUBLIC, Marking
from knowledge.marking_marks import head_marks
from knowledge.ngram_model import LinearNgramModel, NgramFeatures
from knowledge.text import fold

DEFAULT_MODEL_PATH = Path(__file__).resolve().parent / "marking_model.npz"
FEATURES_VERSION = "markings:head+title+properties/word1-2+marks/max(first,mean)/v3"
# Words only: character n-grams read a word by its pieces, so "Internazionale" (a football
# club) read like "interne" and public texts were closed.
FEATURES = NgramFeatures(fold=fold, char_sizes=())
# The second of the two readers also counts where the words sit (`knowledge.marking_marks`:
# a line's lead, the first line, asides, names inside a line).
MARKED_FEATURES = NgramFeatures(fold=fold, char_sizes=(), marks=head_marks)
READERS: tuple[NgramFeatures, ...] = (FEATURES, MARKED_FEATURES)
RESTRICTED = "restricted"
OPEN = "open"
# Chosen by leave-one-set-out cross-validation over the 25 development sets (see
# `bot.bench.markings_crossval`), out of fold, over the rules of reader version 18: a head the
# rules read unmarked is closed from 0.75: fail-open 68 (rules alone) → 41 of 1848 restricted
# heads for 19 → 40 of 1048 unmarked heads withheld (0.7: 36 for 46; 0.8: 45 for 35). The
# words alone gave 44 for 39; the words with their places alone 39 for 32 but closed 5 PIAF
# paragraphs (titles with an aside: "Rainbow (groupe coréen)"); their plain mean 41 for 35
# but, in sample, let one head the words alone closed fall under 0.75: hence never below the
# words alone. Not 0.7: it closes 5 PIAF paragraphs. Ordinary unmarked pages score up to
# 0.67 (a plain list of workshops and their sign-up codes, `bot.bench.load.corpus`, must
# stay readable in a public-default client). On public texts it never saw it closes 2 of 761
# PIAF paragraphs (as the words alone) and 0 of 523 CNIL answers. History: character n-grams
# closed public texts ("Internazionale" read like "internal"); reading the head's short
# lines only closed most PIAF paragraphs; a 3-way or 4-way model traded no better.
# Over the rules of reader version 19 (readerships said in passing): fail-open 37 (rules
# alone) → 20 of 1848 for 19 → 40 of 1048 unmarked heads withheld, at the same 0.75.
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


def reader_paths(path: Path) -> list[Path]:
    """One file per reader (`READERS`): `path`, then `<stem>_marked.npz` beside it."""
    return [path, path.with_name(f"{path.stem}_marked{path.suffix}")]


class MarkingModel:
    """P(restricted) of a document's head from its readers (the words; the words and where
    they sit)."""

    def __init__(self, readers: Sequence[LinearNgramModel]) -> None:
        if not readers or any(RESTRICTED not in r.classes for r in readers):
            raise ValueError(f"every reader needs a '{RESTRICTED}' class")
        self.readers = list(readers)

    @property
    def digest(self) -> str:
        """The training digest, when every reader was trained on the same files."""
        found = {r.digest for r in self.readers}
        return found.pop() if len(found) == 1 else ""

    @property
    def vocabulary_size(self) -> int:
        return sum(len(r.vocabulary) for r in self.readers)

    def restricted(self, text: str) -> float:
        """The mean of the readers' shares, never below the first reader's (the words alone):
        the places can add a closing, never take one back."""
        shares = [r.probabilities(text).get(RESTRICTED, 0.0) for r in self.readers]
        return max(shares[0], sum(shares) / len(shares))

    def save(self, path: Path) -> None:
        for reader, where in zip(self.readers, reader_paths(path), strict=True):
            reader.save(where)

    @classmethod
    def load(cls, path: Path = DEFAULT_MODEL_PATH) -> MarkingModel:
        return cls(
            [
                LinearNgramModel.load(where, features)
                for where, features in zip(reader_paths(path), READERS, strict=True)
            ]
        )


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
