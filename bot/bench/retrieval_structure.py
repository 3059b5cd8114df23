"""`ambassade bench retrieval --only structure`: documents read as people wrote them.

The set (`tests/knowledge/data/structure/`, written blind: 12 documents in txt, md, pdf,
docx and html; 80 questions {id, question, gold_doc, gold_section, unit, gold, lang})
asks for a list, a table row or a paragraph under a heading. Two measures:

- recall@5: the gold document *and* the gold section (its heading path, without the
  document's title) among the top 5 sources;
- whole unit: every gold fragment (the sentence introducing a list and each item, a
  row's cells, a paragraph's phrases) in the offline extractive answer.

When the set has an `unanswerable.jsonl` (questions about its documents that they do not
answer), each method also tells how many of them it abstained on.

The BM25 baseline ranks the same chunks (heading + text) in the same process; with the
sentence encoder installed, ambassade is also measured without it.
"""

from __future__ import annotations

import html
import re
import tempfile
from collections.abc import Sequence
from pathlib import Path

from bot.bench.passages import bench_kb, encoded_share, gated_twin, lexical_twin
from bot.bench.retrieval import (
    AMBASSADE,
    BASELINE,
    BENCH_DEFAULT,
    GATED,
    WITHOUT_ENCODER,
    baseline_index,
    percentile,
    timed_queries,
)
from bot.bench.structure_set import load_structure_set, load_unanswerable
from knowledge.access import sensitivities_for_role
from knowledge.base import KnowledgeBase
from knowledge.text import normalize

DATA = Path(__file__).resolve().parents[2] / "tests" / "knowledge" / "data" / "structure"
CLIENT = "structure"
SEPARATOR = " › "


def _text(text: str) -> str:
    """Whitespace, apostrophes and case normalised (the comparison of fragments)."""
    return normalize(text).casefold()


# A heading's own numbering ("2.1 ", "II. ", "B) ", "Article 3 :") is not what a reader
# calls the section: a set may write its gold path with or without it.
_NUMBERING = re.compile(
    r"^(?:(?:article|section|partie|part|chapitre|chapter)\s+)?"
    r"(?:\d{1,2}(?:\.\d{1,2})*\.?|(?:\d{1,2}|[ivxlc]+|[a-z])\s*[.)°:–—-])\s+(?=\w)",
    re.IGNORECASE,
)


def _heading(part: str) -> str:
    return _NUMBERING.sub("", _text(part), count=1)


def _path(section: str) -> list[str]:
    return [_heading(part) for part in section.split(SEPARATOR) if part.strip()]


def section_matches(found: str, gold: str) -> bool:
    """The found heading path ends with the gold path (the title may stand before it)."""
    want, have = _path(gold), _path(found)
    return bool(want) and have[-len(want) :] == want


def is_gold_source(document: str, section: str, question: dict) -> bool:
    return document == question["gold_doc"] and section_matches(section, question["gold_section"])


# A gold fragment is copied from the source as written: HTML tags and entities, table
# cells drawn with pipes or aligned with spaces. It is compared as a reader sees it.
_TAG = re.compile(r"<[^>]*>")


def _visible(text: str) -> str:
    return _text(html.unescape(_TAG.sub(" ", text)).replace("|", " "))


def whole_unit(answer: str, gold: Sequence[str]) -> bool:
    text = _visible(answer)
    return all(_visible(fragment) in text for fragment in gold)


def run_structure(
    data: Path = DATA,
    limit: int | None = None,
    ambassador_names: Sequence[str] = (),
    client_names: Sequence[str] = (),
) -> dict[str, object]:
    """Measure the set in `data` (another folder of the same shape with `--structure-dir`;
    `StructureSetError` when it is not one), its documents read as a client whose
    ambassadors are called `ambassador_names` and who is called `client_names` would."""
    questions = load_structure_set(data)
    questions = questions[:limit] if limit else questions
    unanswerable = load_unanswerable(data)
    ambassador = sensitivities_for_role("ambassador")
    texts = [q["question"] for q in questions]

    def ingest(kb: KnowledgeBase) -> None:
        kb.ingest_paths(
            CLIENT,
            [data / "docs"],
            default_sensitivity=BENCH_DEFAULT,
            ambassador_names=ambassador_names,
            client_names=client_names,
        )

    with (
        tempfile.TemporaryDirectory(prefix="ambassade-structure-") as tmp,
        bench_kb(Path(tmp), CLIENT, ingest) as full,
    ):
        every = full.indexes.get(CLIENT).rows
        rows = [r for r in every if r.sensitivity in ambassador]
        # Questions answered by a document marked internal: an ambassador is rightly refused.
        withheld = {r.document for r in every if r.sensitivity not in ambassador}
        base = _baseline_sources(rows, texts)
        measured = [
            {
                "method": BASELINE,
                "recall@5": _share(
                    [
                        any(is_gold_source(d, s, q) for d, s in found)
                        for q, found in zip(questions, base, strict=True)
                    ]
                ),
            }
        ]
        twins = (
            [(WITHOUT_ENCODER, lexical_twin(Path(tmp))), (GATED, gated_twin(Path(tmp)))]
            if full.encoder is not None
            else []
        )
        staff: dict[str, object] = {}
        for method, kb in [*twins, (AMBASSADE, full)]:
            if withheld and method == (GATED if twins else AMBASSADE):
                # What staff, who read every document, get: retrieval without the markings.
                everyone = sensitivities_for_role("community_manager")
                staff = {k: v for k, v in _measure(kb, questions, everyone).items() if k in STAFF}
            measured.append(
                {
                    "method": method,
                    **_measure(kb, questions, ambassador),
                    **_abstention(kb, unanswerable, ambassador),
                }
            )
        for _, twin in twins:
            twin.close()
    # The product's default scope (the encoder when uncertain) is what the targets judge.
    ours = next((m for m in measured if m["method"] == GATED), measured[-1])
    return {
        "set": str(data),
        "rows": [
            {
                "n": len(questions),
                **{k: m[k] for k in ROW_FIELDS if k in m},
            }
            for m in measured
        ],
        **{k: v for k, v in ours.items() if k not in ("method", "recall@5")},
        "questions": len(questions),
        "unanswerable": len(unanswerable),
        "gold_withheld": sum(q["gold_doc"] in withheld for q in questions),
        "staff": staff,
    }


STAFF = ("recall@5", "whole_unit", "answered")
ROW_FIELDS = ("method", "recall@5", "whole_unit", "answered", "abstained", "encoded")


def _baseline_sources(rows: list, texts: list[str]) -> list[list[tuple[str, str]]]:
    """The baseline's top 5 (document, section) per question over what ambassadors may read
    (nothing, when every document is withheld)."""
    if not rows:
        return [[] for _ in texts]
    search = baseline_index(
        [{"id": str(i), "title": r.section, "text": r.text} for i, r in enumerate(rows)]
    )
    return [[(rows[int(i)].document, rows[int(i)].section) for i in search(q, 5)] for q in texts]


def _share(flags: list[bool]) -> float:
    return sum(flags) / (len(flags) or 1)


def _measure(kb: KnowledgeBase, questions: list[dict], allowed: frozenset[str]) -> dict:
    """Recall@5 (document and section), whole unit in the offline answer, latency."""
    kb.search(CLIENT, "warm-up", allowed_sensitivities=allowed)
    kb.scorer.scored = kb.scorer.encoded = 0
    ours, times = timed_queries(
        [q["question"] for q in questions],
        lambda q: [
            (h.document, h.section) for h in kb.search(CLIENT, q, allowed_sensitivities=allowed)
        ],
    )
    encoded = encoded_share(kb)
    per_question: list[dict[str, object]] = []
    per_unit: dict[str, list[bool]] = {}
    # How long answers are: a quote too many costs the reader, whatever whole unit gains.
    quotes: list[int] = []
    lengths: list[float] = []
    first_whole: list[bool] = []
    for q, mine in zip(questions, ours, strict=True):
        lang = "en" if q.get("lang") == "en" else "fr"
        answer = kb.answer(CLIENT, q["question"], allowed_sensitivities=allowed, lang=lang)
        whole = answer.answered and whole_unit(answer.text, q["gold"])
        per_unit.setdefault(q["unit"], []).append(whole)
        if answer.answered:
            quotes.append(len(answer.quotes))
            lengths.append(float(sum(len(text) for text in answer.quotes)))
        first_whole.append(bool(answer.quotes) and whole_unit(answer.quotes[0], q["gold"]))
        per_question.append(
            {
                "id": q["id"],
                "recall@5": any(is_gold_source(d, s, q) for d, s in mine[:5]),
                "whole_unit": whole,
                "answered": answer.answered,
            }
        )
    return {
        "recall@5": _share([bool(p["recall@5"]) for p in per_question]),
        "whole_unit": _share([bool(p["whole_unit"]) for p in per_question]),
        "whole_unit_by_kind": {kind: _share(flags) for kind, flags in sorted(per_unit.items())},
        "answered": sum(bool(p["answered"]) for p in per_question),
        "whole_unit_first_quote": _share(first_whole),
        "quotes_per_answer": sum(quotes) / (len(quotes) or 1),
        "answers_with_3_quotes": sum(n >= 3 for n in quotes),
        "median_quoted_chars": percentile(lengths, 0.5) if lengths else 0.0,
        "encoded": encoded,
        "p50_ms": percentile(times, 0.5),
        "p95_ms": percentile(times, 0.95),
        "per_question": per_question,
    }


def _abstention(kb: KnowledgeBase, questions: list[dict], allowed: frozenset[str]) -> dict:
    """How many of the unanswerable questions get "I don't know" (none asked: nothing)."""
    if not questions:
        return {}
    answered = [
        kb.answer(
            CLIENT,
            q["question"],
            allowed_sensitivities=allowed,
            lang="en" if q.get("lang") == "en" else "fr",
        ).answered
        for q in questions
    ]
    return {
        "abstained": answered.count(False),
        "answered_unanswerable": [q["id"] for q, a in zip(questions, answered, strict=True) if a],
    }


TARGET_RECALL = 0.95
TARGET_WHOLE_UNIT = 0.85


def structure_targets(results: dict[str, object]) -> list[tuple[str, str, bool]]:
    """PASS/FAIL lines for the structure set, when it was measured."""
    result = results.get("structure")
    if not isinstance(result, dict):
        return []
    rows = {r["method"]: r for r in result["rows"]}
    ours = rows.get(GATED, rows.get(AMBASSADE))
    if ours is None:
        return []
    return [
        (
            f"structure recall@5 ≥ {TARGET_RECALL:.2f}",
            f"{ours['recall@5']:.3f}",
            ours["recall@5"] >= TARGET_RECALL,
        ),
        (
            f"structure whole unit ≥ {TARGET_WHOLE_UNIT:.2f}",
            f"{ours['whole_unit']:.3f}",
            ours["whole_unit"] >= TARGET_WHOLE_UNIT,
        ),
    ]
