"""`ambassade bench retrieval --only qa`: qa.jsonl, the ambassador's questions over the
Volta corpus: recall by kind of question, confidential leaks, abstention."""

from __future__ import annotations

import tempfile
from pathlib import Path

from bot.bench.passages import bench_kb, gated_twin, lexical_twin
from bot.bench.retrieval import (
    AMBASSADE,
    BASELINE,
    BENCH_DEFAULT,
    GATED,
    WITHOUT_ENCODER,
    _gold_ranks,
    _jsonl,
    _norm,
    _share_below,
    baseline_index,
)
from knowledge.access import sensitivities_for_role
from knowledge.answer import SUPPORT_THRESHOLD, SUPPORT_THRESHOLD_NEAR, Answer
from knowledge.base import KnowledgeBase

ANSWERABLE = ("factual", "paraphrase", "english", "multi")
CONFIDENTIAL_DOC = "strategie-confidentielle-2027.md"
# Around the bar in use: the support bar alone (the other rules of the answer aside).
THRESHOLD_SWEEP = (-0.10, -0.05, 0.0, 0.05, 0.10)


def confidential_terms(shared: Path) -> list[str]:
    """The eval client's confidential terms, read from the PII annotations."""
    terms = set()
    pii = shared / "eval" / "pii.jsonl"
    if pii.exists():
        for row in _jsonl(pii):
            terms.update(
                _norm(e["value"]) for e in row["entities"] if e["type"] == "CONFIDENTIAL_TERM"
            )
    return sorted(terms)


def _support_as_judged(answer: Answer, bar: float) -> float:
    """The support, or none when another rule than the bar abstained, or all of it when the
    answer was given below the bar (the sentence encoder spoke for the passage): the sweep
    then moves the bar alone, and agrees with the answers given at the bar in use."""
    if answer.answered and answer.support < bar:
        return 1.0
    return 0.0 if not answer.answered and answer.support >= bar else answer.support


def run_qa(shared: Path, limit: int | None = None) -> dict[str, object]:
    questions = (
        _jsonl(shared / "eval" / "qa.jsonl")[:limit]
        if limit
        else _jsonl(shared / "eval" / "qa.jsonl")
    )
    secret = confidential_terms(shared)
    leak_golds = [_norm(g) for q in questions if q["kind"] == "confidential" for g in q["gold"]]
    ambassador = sensitivities_for_role("ambassador")

    def ingest(kb: KnowledgeBase) -> None:
        kb.ingest_paths("volta", [shared / "eval" / "corpus"], default_sensitivity=BENCH_DEFAULT)

    with (
        tempfile.TemporaryDirectory(prefix="ambassade-qa-") as tmp,
        bench_kb(Path(tmp), "volta", ingest) as kb,
    ):
        bar = SUPPORT_THRESHOLD_NEAR if kb.semantic is not None else SUPPORT_THRESHOLD
        lexical = lexical_twin(Path(tmp)) if kb.encoder is not None else None
        gated = gated_twin(Path(tmp)) if kb.encoder is not None else None
        index = kb.indexes.get("volta")
        public_rows = [r for r in index.rows if r.sensitivity in ambassador]
        # A variant that public documents use too ("houblon", the ingredient) is no secret.
        public_text = _norm(" ".join(r.text for r in public_rows))
        secret = [t for t in secret if t not in public_text]
        base_search = baseline_index(
            [{"id": str(i), "title": r.section, "text": r.text} for i, r in enumerate(public_rows)]
        )
        per_kind: dict[tuple[str, str], list[tuple[float, float, float]]] = {}
        leaks = abstained = false_abstentions = 0
        supports: dict[bool, list[float]] = {True: [], False: []}  # answerable? -> supports
        for q in questions:
            golds = [_norm(g) for g in q["gold"]]
            answer = kb.answer("volta", q["question"], allowed_sensitivities=ambassador)
            hits = kb.search("volta", q["question"], allowed_sensitivities=ambassador, k=10)
            leaks += sum(h.document == CONFIDENTIAL_DOC for h in hits + answer.sources)
            text = _norm(answer.text)
            leaks += any(g in text for g in leak_golds) + any(t in text for t in secret)
            if q["kind"] == "unanswerable":
                abstained += not answer.answered
                supports[False].append(_support_as_judged(answer, bar))
            if q["kind"] not in ANSWERABLE:
                continue
            false_abstentions += not answer.answered
            supports[True].append(_support_as_judged(answer, bar))
            base_texts = [_norm(public_rows[int(i)].text) for i in base_search(q["question"], 10)]
            methods = [(BASELINE, base_texts), (AMBASSADE, [_norm(h.text) for h in hits])]
            for method, twin in ((WITHOUT_ENCODER, lexical), (GATED, gated)):
                if twin is not None:
                    found = twin.search(
                        "volta", q["question"], allowed_sensitivities=ambassador, k=10
                    )
                    methods.append((method, [_norm(h.text) for h in found]))
            for method, passages in methods:
                per_kind.setdefault((method, q["kind"]), []).append(_gold_ranks(golds, passages))
        gated_abstained = gated_false = 0
        if gated is not None:  # abstention as the default scope answers
            for q in questions:
                if q["kind"] not in ANSWERABLE and q["kind"] != "unanswerable":
                    continue
                answered = gated.answer("volta", q["question"], allowed_sensitivities=ambassador)
                gated_abstained += q["kind"] == "unanswerable" and not answered.answered
                gated_false += q["kind"] in ANSWERABLE and not answered.answered
        for twin in (lexical, gated):
            if twin is not None:
                twin.close()
    by_kind = []
    for (method, kind), scores in sorted(per_kind.items()):
        n = len(scores)
        by_kind.append(
            {
                "method": method,
                "kind": kind,
                "n": n,
                "recall@1": sum(s[0] for s in scores) / n,
                "recall@5": sum(s[1] for s in scores) / n,
                "mrr@10": sum(s[2] for s in scores) / n,
            }
        )
    answerable = sum(q["kind"] in ANSWERABLE for q in questions)
    return {
        "by_kind": by_kind,
        "leaks": leaks,
        "abstained": abstained,
        "unanswerable": sum(q["kind"] == "unanswerable" for q in questions),
        "false_abstentions": false_abstentions,
        "answerable": answerable,
        "false_abstention_rate": false_abstentions / answerable if answerable else 0.0,
        "gated_abstained": gated_abstained,
        "gated_false_abstentions": gated_false,
        "threshold": bar,
        "threshold_effect": [
            {
                "threshold": t,
                "abstained": round(_share_below(supports[False], t) * len(supports[False])),
                "false_abstention_rate": _share_below(supports[True], t),
            }
            for t in (round(bar + d, 2) for d in THRESHOLD_SWEEP)
        ],
    }
