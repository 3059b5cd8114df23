"""The shared development set must meet the issue's targets (timing is measured by the bench)."""

from __future__ import annotations

from bot.bench.handoff import (
    CRITICAL_CATEGORIES,
    TARGET_PRECISION,
    TARGET_RECALL,
    baseline_predict,
    load_examples,
    score,
)
from bot.handoff.detection import HandoffClassifier, HandoffRules
from tests.shared_sets import shared_path


def test_eval_set_meets_the_targets() -> None:
    examples = load_examples(shared_path("eval/handoff.jsonl"))
    classifier = HandoffClassifier(HandoffRules.load())
    result = score("rules", examples, lambda t: classifier.classify(t).category, repeats=1)
    assert result.binary.recall >= TARGET_RECALL, result.misses
    assert result.binary.precision >= TARGET_PRECISION, result.misses
    for category in CRITICAL_CATEGORIES:
        assert result.per_category[category].recall == 1.0, result.misses
    baseline = score("baseline", examples, baseline_predict, repeats=1)
    assert result.binary.f1 > baseline.binary.f1
