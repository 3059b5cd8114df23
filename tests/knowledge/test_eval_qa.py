"""The shared evaluation set: zero confidential leak, abstention targets."""

from __future__ import annotations

from tests.shared_sets import shared_path


def test_qa_jsonl_leaks_and_abstention() -> None:
    shared = shared_path("eval/qa.jsonl").parent.parent
    from bot.bench.retrieval_qa import run_qa

    result = run_qa(shared)
    assert result["leaks"] == 0
    assert result["abstained"] >= result["unanswerable"] - 1
    # The threshold sweep agrees with the answers actually given at the configured threshold.
    current = next(e for e in result["threshold_effect"] if e["threshold"] == result["threshold"])
    assert current["abstained"] == result["abstained"]
    assert current["false_abstention_rate"] == result["false_abstention_rate"]
