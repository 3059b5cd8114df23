"""`ambassade bench retrieval --only structure`: documents read as people wrote them.

The set (`tests/knowledge/data/structure/`, written blind: 12 documents in txt, md, pdf,
docx and html; 80 questions {id, question, gold_doc, gold_section, unit, gold, lang})
asks for a list, a table row or a paragraph under a heading. Two measures:

- recall@5: the gold document *and* the gold section (its heading path, without the
  document's title) among the top 5 sources;
- whole unit: every gold fragment (the sentence introducing a list and each item, a
  row's cells, a paragraph's phrases) in the offline extractive answer.

The BM25 baseline ranks the same chunks (heading + text) in the same process.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

from bot.bench.retrieval import (
    AMBASSADE,
    BASELINE,
    BENCH_DEFAULT,
    _jsonl,
    baseline_index,
    percentile,
    timed_queries,
)
from knowledge.access import sensitivities_for_role
from knowledge.base import KnowledgeBase
from knowledge.text import normalize

DATA = Path(__file__).resolve().parents[2] / "tests" / "knowledge" / "data" / "structure"
CLIENT = "structure"
SEPARATOR = " › "


def _text(text: str) -> str:
    """Whitespace, apostrophes and case normalised (the comparison of fragments)."""
    return normalize(text).casefold()


def _path(section: str) -> list[str]:
    return [_text(part) for part in section.split(SEPARATOR) if part.strip()]


def section_matches(found: str, gold: str) -> bool:
    """The found heading path ends with the gold path (the title may stand before it)."""
    want, have = _path(gold), _path(found)
    return bool(want) and have[-len(want) :] == want


def is_gold_source(document: str, section: str, question: dict) -> bool:
    return document == question["gold_doc"] and section_matches(section, question["gold_section"])


def whole_unit(answer: str, gold: Sequence[str]) -> bool:
    text = _text(answer)
    return all(_text(fragment) in text for fragment in gold)


def run_structure(
    data: Path = DATA, limit: int | None = None, *, kb_root: Path | None = None
) -> dict[str, object]:
    questions = _jsonl(data / "questions.jsonl")
    questions = questions[:limit] if limit else questions
    ambassador = sensitivities_for_role("ambassador")
    with tempfile.TemporaryDirectory(prefix="ambassade-structure-") as tmp:
        kb = KnowledgeBase(kb_root or Path(tmp))
        kb.ingest_paths(CLIENT, [data / "docs"], default_sensitivity=BENCH_DEFAULT)
        kb.search(CLIENT, "warm-up", allowed_sensitivities=ambassador)
        rows = [r for r in kb.indexes.get(CLIENT).rows if r.sensitivity in ambassador]
        base_search = baseline_index(
            [{"id": str(i), "title": r.section, "text": r.text} for i, r in enumerate(rows)]
        )
        texts = [q["question"] for q in questions]
        ours, times = timed_queries(
            texts,
            lambda q: [
                (h.document, h.section)
                for h in kb.search(CLIENT, q, allowed_sensitivities=ambassador, k=5)
            ],
        )
        base = [
            [(rows[int(i)].document, rows[int(i)].section) for i in base_search(q, 5)]
            for q in texts
        ]
        per_question: list[dict[str, object]] = []
        found = {BASELINE: 0, AMBASSADE: 0}
        units = answered = 0
        per_unit: dict[str, list[int]] = {}
        for q, mine, theirs in zip(questions, ours, base, strict=True):
            hit = any(is_gold_source(d, s, q) for d, s in mine)
            found[AMBASSADE] += hit
            found[BASELINE] += any(is_gold_source(d, s, q) for d, s in theirs)
            lang = "en" if q.get("lang") == "en" else "fr"
            answer = kb.answer(CLIENT, q["question"], allowed_sensitivities=ambassador, lang=lang)
            whole = answer.answered and whole_unit(answer.text, q["gold"])
            units += whole
            answered += answer.answered
            per_unit.setdefault(q["unit"], [0, 0])
            per_unit[q["unit"]][0] += whole
            per_unit[q["unit"]][1] += 1
            per_question.append(
                {"id": q["id"], "recall@5": hit, "whole_unit": whole, "answered": answer.answered}
            )
        kb.close()
    n = len(questions) or 1
    return {
        "rows": [
            {"method": method, "recall@5": count / n, "n": len(questions)}
            for method, count in found.items()
        ],
        "whole_unit": units / n,
        "whole_unit_by_kind": {kind: ok / total for kind, (ok, total) in sorted(per_unit.items())},
        "answered": answered,
        "questions": len(questions),
        "p50_ms": percentile(times, 0.5),
        "p95_ms": percentile(times, 0.95),
        "per_question": per_question,
    }


TARGET_RECALL = 0.95
TARGET_WHOLE_UNIT = 0.85


def structure_targets(results: dict[str, object]) -> list[tuple[str, str, bool]]:
    """PASS/FAIL lines for the structure set, when it was measured."""
    result = results.get("structure")
    if not isinstance(result, dict):
        return []
    ours = next(r for r in result["rows"] if r["method"] == AMBASSADE)
    return [
        (
            f"structure recall@5 ≥ {TARGET_RECALL:.2f}",
            f"{ours['recall@5']:.3f}",
            ours["recall@5"] >= TARGET_RECALL,
        ),
        (
            f"structure whole unit ≥ {TARGET_WHOLE_UNIT:.2f}",
            f"{result['whole_unit']:.3f}",
            result["whole_unit"] >= TARGET_WHOLE_UNIT,
        ),
    ]
