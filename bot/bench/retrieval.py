"""`ambassade bench retrieval`: a BM25 baseline and ambassade's retrieval, same process.

Quality here (the CNIL and PIAF sets, qa.jsonl) and the targets; speed (query latency,
ingestion) in `retrieval_speed`. Every function returns plain data; the CLI renders it.
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import bm25s
import Stemmer

from bot.bench.passages import bench_kb, encoded_share, gated_twin, lexical_twin
from knowledge.access import sensitivities_for_role
from knowledge.base import KnowledgeBase
from knowledge.text import normalize

BASELINE = "baseline: bm25s + French Snowball"
AMBASSADE = "ambassade + sentence encoder"
WITHOUT_ENCODER = "ambassade, no sentence encoder"
GATED = "ambassade, encoder when uncertain"
# Issue 19's targets (issue 3's were 0.80 and 0.88).
TARGETS = {"cnil": 0.88, "piaf": 0.90}
CROSSLANG_TARGET = 0.80
P95_MS = 30
OPEN_MS = 200
# The benchmark corpora are unmarked public texts (and Volta's strategy note says
# CONFIDENTIEL): the bench client declares `default_sensitivity: public`, as a client
# whose program documents are all meant for ambassadors would.
BENCH_DEFAULT = "public"


def _jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _score(ranked: list[list[str]], gold: list[str], times: list[float]) -> dict[str, float]:
    r1 = r5 = mrr = 0.0
    for found, expected in zip(ranked, gold, strict=True):
        if expected in found[:10]:
            position = found.index(expected)
            mrr += 1 / (position + 1)
            r1 += position == 0
            r5 += position < 5
    n = len(gold) or 1
    return {
        "recall@1": r1 / n,
        "recall@5": r5 / n,
        "mrr@10": mrr / n,
        "p50_ms": statistics.median(times) if times else 0.0,
        "p95_ms": percentile(times, 0.95),
    }


def timed_queries(
    questions: list[str], search: Callable[[str], list[str]]
) -> tuple[list[list[str]], list[float]]:
    ranked, times = [], []
    for question in questions:
        start = time.perf_counter()
        found = search(question)
        times.append((time.perf_counter() - start) * 1000)
        ranked.append(found)
    return ranked, times


def _share_below(values: Sequence[float], threshold: float) -> float:
    return sum(v < threshold for v in values) / len(values) if values else 0.0


def _dedup(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def load_public(
    shared: Path, name: str, limit: int | None = None
) -> tuple[list[dict], list[tuple[str, str]]]:
    """Documents {id, title, text} and (question, gold id) pairs of one public dataset."""
    bench = shared / "bench"
    if name == "cnil":
        docs = _jsonl(bench / "cnil_faq_entries.jsonl")
        pairs = [
            (q["question"], q["entry_id"])
            for q in _jsonl(bench / "cnil_faq_questions.jsonl")
            if not q["is_title"]
        ]
    else:
        docs = _jsonl(bench / "piaf_paragraphs.jsonl")
        pairs = [(q["question"], q["paragraph_id"]) for q in _jsonl(bench / "piaf_questions.jsonl")]
    return docs, pairs[:limit] if limit else pairs


def baseline_index(docs: list[dict]) -> Callable[[str, int], list[str]]:
    stemmer = Stemmer.Stemmer("french")
    corpus = [f"{d['title']}\n{d['text']}" for d in docs]
    retriever = bm25s.BM25()
    retriever.index(
        bm25s.tokenize(corpus, stopwords="fr", stemmer=stemmer, show_progress=False),
        show_progress=False,
    )
    ids = [str(d["id"]) for d in docs]

    def search(question: str, k: int = 10) -> list[str]:
        tokens = bm25s.tokenize([question], stopwords="fr", stemmer=stemmer, show_progress=False)
        if not tokens.vocab:
            return []
        results, _ = retriever.retrieve(tokens, k=min(k, len(ids)), show_progress=False)
        return [ids[int(i)] for i in results[0]]

    return search


def as_markdown(doc: dict) -> tuple[str, bytes]:
    return f"{doc['id']}.md", f"# {doc['title']}\n\n{doc['text']}\n".encode()


def run_public(shared: Path, name: str, limit: int | None = None) -> list[dict[str, float | str]]:
    docs, pairs = load_public(shared, name, limit)
    questions, gold = [q for q, _ in pairs], [g for _, g in pairs]
    base = baseline_index(docs)
    rows: list[dict[str, float | str]] = []
    ranked, times = timed_queries(questions, lambda q: base(q, 10))
    rows.append({"method": BASELINE, **_score(ranked, gold, times)})
    allowed = sensitivities_for_role("ambassador")

    def ingest(kb: KnowledgeBase) -> None:
        kb.ingest_files(name, [as_markdown(d) for d in docs], default_sensitivity=BENCH_DEFAULT)

    with (
        tempfile.TemporaryDirectory(prefix="ambassade-bench-") as tmp,
        bench_kb(Path(tmp), name, ingest) as full,
    ):
        twins = [(WITHOUT_ENCODER, lexical_twin(Path(tmp))), (GATED, gated_twin(Path(tmp)))]
        methods = twins if full.encoder is not None else []
        for method, kb in [*methods, (AMBASSADE, full)]:
            kb.search(name, "warm-up", allowed_sensitivities=allowed)
            kb.scorer.scored = kb.scorer.encoded = 0

            def search(question: str, kb: KnowledgeBase = kb) -> list[str]:
                hits = kb.search(name, question, allowed_sensitivities=allowed, k=10)
                return _dedup([h.document.removesuffix(".md") for h in hits])

            ranked, times = timed_queries(questions, search)
            encoded = encoded_share(kb)
            # Outside the timing (the answer step is not retrieval). Every question of
            # these sets has an answer: a cross-check of false abstention on far more
            # questions than qa.jsonl's 40.
            answered = [
                kb.answer(name, q, allowed_sensitivities=allowed).answered for q in questions
            ]
            rows.append(
                {
                    "method": method,
                    **_score(ranked, gold, times),
                    "false_abstention": answered.count(False) / (len(answered) or 1),
                    "encoded": encoded,
                }
            )
        for _, twin in twins:
            twin.close()
    for row in rows:
        row["questions"], row["documents"] = len(questions), len(docs)
    return rows


def _norm(text: str) -> str:
    return normalize(text).casefold()


def _gold_ranks(golds: list[str], passages: list[str]) -> tuple[float, float, float]:
    """Recall@1, recall@5 and MRR@10 averaged over the gold strings (for `multi`, two)."""
    r1 = r5 = mrr = 0.0
    for gold in golds:
        position = next((i for i, p in enumerate(passages[:10]) if gold in p), None)
        if position is not None:
            r1 += position == 0
            r5 += position < 5
            mrr += 1 / (position + 1)
    n = len(golds) or 1
    return r1 / n, r5 / n, mrr / n


def targets(results: dict[str, object]) -> list[tuple[str, str, bool]]:
    """PASS/FAIL lines for the issue's targets, from whatever was measured."""
    out: list[tuple[str, str, bool]] = []
    labels = {AMBASSADE: "encoder on all", GATED: "encoder when uncertain (default)"}
    for name, goal in TARGETS.items():
        for row in results.get(name) or []:  # type: ignore[attr-defined]
            if row["method"] in labels:
                out.append(
                    (
                        f"{name.upper()} recall@5 ≥ {goal:.2f}, {labels[row['method']]}",
                        f"{row['recall@5']:.3f}",
                        row["recall@5"] >= goal,
                    )
                )
    qa = results.get("qa")
    if isinstance(qa, dict):
        out.append(("qa: zero confidential leak (ambassador)", str(qa["leaks"]), qa["leaks"] == 0))
        out.append(
            (
                "qa: ≥ 5 of 6 unanswerable abstained",
                f"{qa['abstained']}/{qa['unanswerable']}",
                qa["abstained"] >= qa["unanswerable"] - 1,
            )
        )
    crosslang = results.get("en-over-fr")
    if isinstance(crosslang, dict):
        ours = next(r for r in crosslang["rows"] if r["method"] == AMBASSADE)
        out.append(
            (
                f"EN-over-FR recall@5 ≥ {CROSSLANG_TARGET:.2f}",
                f"{ours['recall@5']:.3f}",
                ours["recall@5"] >= CROSSLANG_TARGET,
            )
        )
        out.append(
            (
                "EN-over-FR: confidential questions withheld",
                f"{crosslang['withheld_ok']}/{crosslang['withheld']}",
                crosslang["withheld_ok"] == crosslang["withheld"],
            )
        )
    for name, goal in TARGETS.items():  # with the encoder off
        rows = results.get(name)
        without = [r for r in rows or [] if r["method"] == WITHOUT_ENCODER]  # type: ignore[index]
        if without:
            out.append(
                (
                    f"{name.upper()} recall@5 ≥ {goal:.2f}, encoder off",
                    f"{without[0]['recall@5']:.3f}",
                    without[0]["recall@5"] >= goal,
                )
            )
    latency = results.get("latency")
    if isinstance(latency, dict):
        scopes = (("without", "encoder off"), ("gated", "encoder when uncertain"), ("all", "all"))
        for scope, label in scopes:
            if f"{scope}_p95_ms" in latency:
                p95 = latency[f"{scope}_p95_ms"]
                out.append(
                    (
                        f"p95 query ≤ {P95_MS} ms at {latency['chunks']:,} chunks, {label}",
                        f"{p95:.1f} ms",
                        p95 <= P95_MS,
                    )
                )
        out.append(
            (
                f"index open ≤ {OPEN_MS} ms at {latency['chunks']:,} chunks",
                f"{latency['open_ms']:.0f} ms",
                latency["open_ms"] <= OPEN_MS,
            )
        )
    speed = results.get("speed")
    if isinstance(speed, dict):
        out.append(
            (
                "ingestion ≥ 20 PDF pages/s",
                f"{speed['pages_per_s']:.1f}",
                speed["pages_per_s"] >= 20,
            )
        )
        out.append(
            (
                "unchanged re-ingest ≤ 10 % of first run",
                f"{speed['again_pct']:.1f} %",
                speed["again_pct"] <= 10,
            )
        )
    return out
