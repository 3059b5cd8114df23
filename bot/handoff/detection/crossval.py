"""Cross-writer validation: how well the detector does on a writer it never saw.

The corpus has independent writers (one file each). For each writer, the model is
trained on the other writers' files (and the project's examples) and tested on this
one, with the rules alone and with rules + model, so what the model adds is measured on
wording nobody tuned for.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.bench.handoff import SystemResult, load_examples, score
from bot.handoff.detection.classifier import HandoffClassifier, HandoffVerdict
from bot.handoff.detection.model import LinearTriageModel
from bot.handoff.detection.rules import HandoffRules
from bot.handoff.detection.training import corpus_paths, read_corpus, train


@dataclass(slots=True)
class Fold:
    test: Path
    trained_on: list[Path]
    rules: SystemResult
    combined: SystemResult
    training_seconds: float


def _predictor(rules: HandoffRules, model: LinearTriageModel) -> Callable[[str], HandoffVerdict]:
    return HandoffClassifier(rules, model=model).classify


def writer_files(paths: Sequence[Path]) -> tuple[list[Path], list[Path]]:
    """(one file per writer, shared extra files such as the examples)."""
    writers = [p for p in paths if p.suffix == ".jsonl"]
    return writers, [p for p in paths if p.suffix != ".jsonl"]


def cross_writer(rules: HandoffRules, paths: Sequence[Path] | None = None) -> list[Fold]:
    writers, extra = writer_files(list(paths) if paths else corpus_paths())
    if len(writers) < 2:
        raise ValueError("cross-writer validation needs at least two writers' files")
    alone = HandoffClassifier(rules, model=None)
    folds = []
    for test in writers:
        trained_on = [w for w in writers if w != test] + extra
        started = time.perf_counter()
        model = train(read_corpus(trained_on))
        seconds = time.perf_counter() - started
        examples = load_examples(test)
        folds.append(
            Fold(
                test=test,
                trained_on=trained_on,
                rules=score("rules", examples, alone.classify, 1),
                combined=score("rules+model", examples, _predictor(rules, model), 1),
                training_seconds=seconds,
            )
        )
    return folds
