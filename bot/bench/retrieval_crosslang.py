"""`ambassade bench retrieval --only en-over-fr | fr-over-en`: questions in one language
over documents in the other.

Two sets, both written blind ({id, question, gold_doc, gold, kind} per line):
- EN over FR (`tests/knowledge/data/en_over_fr.jsonl`): English questions about the Volta
  corpus (`../shared/eval/corpus/volta`, French);
- FR over EN (`tests/knowledge/data/fr_over_en/`: `docs/`, `questions.jsonl`,
  `unanswerable.jsonl`): French questions over an English program's documents.
Scoring, as for qa.jsonl: a question's recall@k is the share of its gold strings found in
the text of its top-k passages (an ambassador's view), beside a BM25 baseline.

In EN over FR, three questions ask about the confidential strategy note, which is never
retrieved for an ambassador. They are not part of the ambassador recall (no ambassador may
find them): they are scored as *withheld* (no confidential passage among an ambassador's
hits, no gold string in the answer) and, separately, as recall for the community manager,
who may read that note. Unanswerable questions report how many were abstained.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.bench.passages import bench_kb, lexical_twin
from bot.bench.retrieval import (
    AMBASSADE,
    BASELINE,
    BENCH_DEFAULT,
    WITHOUT_ENCODER,
    _gold_ranks,
    _jsonl,
    _norm,
    baseline_index,
    percentile,
    timed_queries,
)
from knowledge.access import sensitivities_for_role
from knowledge.base import KnowledgeBase

DATA_DIR = Path(__file__).resolve().parents[2] / "tests" / "knowledge" / "data"
DATA = DATA_DIR / "en_over_fr.jsonl"
FR_OVER_EN = DATA_DIR / "fr_over_en"
CONFIDENTIAL_DOC = "strategie-confidentielle-2027.md"


@dataclass(frozen=True)
class CrossLanguageSet:
    """Questions asked in `lang` over the documents under `corpus`, for one client."""

    name: str
    client: str
    corpus: Path
    questions: list[dict]
    lang: str
    confidential_doc: str = ""


def en_over_fr(shared: Path, data: Path = DATA, limit: int | None = None) -> CrossLanguageSet:
    questions = _jsonl(data)
    return CrossLanguageSet(
        "EN over FR — English questions, Volta corpus",
        "volta",
        shared / "eval" / "corpus",
        questions[:limit] if limit else questions,
        "en",
        CONFIDENTIAL_DOC,
    )


def fr_over_en(folder: Path = FR_OVER_EN, limit: int | None = None) -> CrossLanguageSet:
    questions = _jsonl(folder / "questions.jsonl")
    questions = questions[:limit] if limit else questions
    unanswerable = folder / "unanswerable.jsonl"
    if unanswerable.is_file():
        questions += _jsonl(unanswerable)
    return CrossLanguageSet(
        f"FR over EN — French questions, {folder.name} documents",
        "fr-over-en",
        folder / "docs",
        questions,
        "fr",
    )


def _mean(values: list[tuple[float, float, float]]) -> dict[str, float]:
    n = len(values) or 1
    return {
        "recall@1": sum(v[0] for v in values) / n,
        "recall@5": sum(v[1] for v in values) / n,
        "mrr@10": sum(v[2] for v in values) / n,
    }


def run_crosslang(shared: Path, data: Path = DATA, limit: int | None = None) -> dict[str, object]:
    """English questions over the Volta corpus (the EN-over-FR target)."""
    return run_cross_language(en_over_fr(shared, data, limit))


def run_cross_language(chosen: CrossLanguageSet) -> dict[str, object]:
    questions: Sequence[dict] = chosen.questions
    client = chosen.client
    ambassador = sensitivities_for_role("ambassador")
    team = sensitivities_for_role("community_manager")

    def ingest(kb: KnowledgeBase) -> None:
        kb.ingest_paths(client, [chosen.corpus], default_sensitivity=BENCH_DEFAULT)

    with (
        tempfile.TemporaryDirectory(prefix="ambassade-xl-") as tmp,
        bench_kb(Path(tmp), client, ingest) as kb,
    ):
        lexical = lexical_twin(Path(tmp)) if kb.encoder is not None else None
        lexical_false = 0
        kb.search(client, "warm-up", allowed_sensitivities=ambassador)
        public_rows = [r for r in kb.indexes.get(client).rows if r.sensitivity in ambassador]
        base_search = baseline_index(
            [{"id": str(i), "title": r.section, "text": r.text} for i, r in enumerate(public_rows)]
        )
        answerable = [
            q
            for q in questions
            if q["kind"] != "unanswerable" and q["gold_doc"] != chosen.confidential_doc
        ]
        texts = [q["question"] for q in answerable]
        ours, times = timed_queries(
            texts,
            lambda q: [
                _norm(h.text) for h in kb.search(client, q, allowed_sensitivities=ambassador, k=10)
            ],
        )
        base = [[_norm(public_rows[int(i)].text) for i in base_search(q, 10)] for q in texts]
        per_question: list[dict[str, object]] = []
        scores: dict[str, list[tuple[float, float, float]]] = {BASELINE: [], AMBASSADE: []}
        if lexical is not None:
            scores[WITHOUT_ENCODER] = [
                _gold_ranks(
                    [_norm(g) for g in q["gold"]],
                    [
                        _norm(h.text)
                        for h in lexical.search(
                            client, q["question"], allowed_sensitivities=ambassador, k=10
                        )
                    ],
                )
                for q in answerable
            ]
            lexical_false = sum(
                not lexical.answer(client, q, allowed_sensitivities=ambassador).answered
                for q in texts
            )
            lexical.close()
        doc_hits = 0
        for q, found, base_found in zip(answerable, ours, base, strict=True):
            golds = [_norm(g) for g in q["gold"]]
            mine = _gold_ranks(golds, found)
            scores[AMBASSADE].append(mine)
            scores[BASELINE].append(_gold_ranks(golds, base_found))
            hits = kb.search(client, q["question"], allowed_sensitivities=ambassador, k=5)
            doc_hits += any(h.document == q["gold_doc"] for h in hits)
            per_question.append({"id": q["id"], "recall@5": mine[1]})
        withheld_ok = team_found = 0
        secret = chosen.confidential_doc
        withheld = [q for q in questions if secret and q["gold_doc"] == secret]
        for q in withheld:
            golds = [_norm(g) for g in q["gold"]]
            hits = kb.search(client, q["question"], allowed_sensitivities=ambassador, k=10)
            answer = kb.answer(
                client, q["question"], allowed_sensitivities=ambassador, lang=chosen.lang
            )
            leaked = any(h.sensitivity not in ambassador for h in hits + answer.sources) or any(
                g in _norm(answer.text) for g in golds
            )
            withheld_ok += not leaked
            team_hits = kb.search(client, q["question"], allowed_sensitivities=team, k=5)
            team_found += _gold_ranks(golds, [_norm(h.text) for h in team_hits])[1] > 0
        unanswerable = [q for q in questions if q["kind"] == "unanswerable"]
        abstained = sum(
            not kb.answer(client, q["question"], allowed_sensitivities=ambassador).answered
            for q in unanswerable
        )
        false_abstentions = sum(
            not kb.answer(client, q["question"], allowed_sensitivities=ambassador).answered
            for q in answerable
        )
    return {
        "set": chosen.name,
        "rows": [
            {"method": method, **_mean(values), "n": len(values)}
            for method, values in scores.items()
        ],
        "doc_recall@5": doc_hits / (len(answerable) or 1),
        "answerable": len(answerable),
        "p50_ms": percentile(times, 0.5),
        "p95_ms": percentile(times, 0.95),
        "withheld": len(withheld),
        "withheld_ok": withheld_ok,
        "team_found": team_found,
        "unanswerable": len(unanswerable),
        "abstained": abstained,
        "false_abstentions": false_abstentions,
        "lexical_false_abstentions": lexical_false,
        "per_question": per_question,
    }
