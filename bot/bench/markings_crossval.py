"""`ambassade bench markings --crossval`: what the markings' second reader adds on a writer
it never saw.

Each development markings set is one blind writer's heads. For each set, the model
(`knowledge.marking_model`) is trained on the other development sets and applied to this
one after the rules: rules alone and rules + model are scored the same way as the bench
(`bot.bench.markings.MarkingScore`), per set and in total. Held-out sets are never trained
on nor read here. The out-of-fold probabilities also give the threshold sweep the shipped
`THRESHOLD` was chosen from: this is the estimate of how the model transfers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bot.bench.markings import MarkingScore
from knowledge.markers import INTERNAL, PUBLIC
from knowledge.marking_document import rules_marking
from knowledge.marking_doubt import restriction_sign
from knowledge.marking_model import PUBLIC_THRESHOLD, head_text
from knowledge.marking_training import (
    LabelledHead,
    head_document,
    read_heads,
    train_texts,
    training_paths,
)

NONE = "none"
SWEEP = (0.5, 0.6, 0.7, 0.8, 0.9)
PUBLIC_SWEEP = (0.7, 0.9, 0.97, None)  # None: never over a public reading


@dataclass(slots=True)
class ReadHead:
    """One head: its truth, the rules' reading, the doubt sign, the held-out probability."""

    case: LabelledHead
    rules: str
    doubt: bool
    restricted: float = 0.0


@dataclass(slots=True)
class CrossFold:
    source: str
    heads: list[ReadHead] = field(default_factory=list)


def combined(read: ReadHead, threshold: float, public_threshold: float | None) -> str:
    """The rules' level, closed to internal by the model (as `closed_by_model`); never opened."""
    needed = {NONE: threshold, PUBLIC: public_threshold}.get(read.rules)
    if needed is not None and read.restricted >= needed:
        return INTERNAL
    return read.rules


def score(
    heads: Sequence[ReadHead],
    threshold: float | None,
    public_threshold: float | None = PUBLIC_THRESHOLD,
) -> MarkingScore:
    """Rules alone (`threshold` None) or rules + model at `threshold` (unmarked heads) and
    `public_threshold` (heads the rules read public)."""
    result = MarkingScore("rules" if threshold is None else f"rules+model@{threshold}")
    for read in heads:
        found = read.rules if threshold is None else combined(read, threshold, public_threshold)
        result.add(read.case.id, read.case.level, found, read.doubt and found == NONE)
    return result


def cross_validate(paths: Sequence[Path] | None = None) -> list[CrossFold]:
    """Leave one development set out: train on the others, read the one left out."""
    heads = read_heads(list(paths) if paths else training_paths())
    folds: dict[str, CrossFold] = {}
    texts: dict[str, list[str]] = {}
    for case in heads:
        document = head_document(case.head)
        marking = rules_marking(document)
        level = marking.level if marking is not None else NONE
        doubt = marking is None and restriction_sign(document.head, document.properties) is not None
        folds.setdefault(case.source, CrossFold(case.source)).heads.append(
            ReadHead(case, level, doubt)
        )
        texts.setdefault(case.source, []).append(head_text(document))
    if len(folds) < 2:
        raise ValueError("cross-validation needs at least two development sets")
    for source, fold in folds.items():
        others = [t for other in folds if other != source for t in texts[other]]
        labels = [r.case.label for other, f in folds.items() if other != source for r in f.heads]
        model = train_texts(others, labels)
        for read, text in zip(fold.heads, texts[source], strict=True):
            read.restricted = model.restricted(text)
    return list(folds.values())


def figures(result: MarkingScore) -> dict[str, str]:
    row = result.as_json()
    keys = ("accuracy", "fail_open", "read_public", "public_found", "unmarked_read_restricted")
    return {key: str(row[key]) for key in keys}


def everything(folds: Sequence[CrossFold]) -> list[ReadHead]:
    return [read for fold in folds for read in fold.heads]
