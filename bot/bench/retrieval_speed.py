"""`ambassade bench retrieval --only speed`: query latency at 10,000 chunks, and ingestion
speed on generated PDFs (first run and unchanged re-run).

Every function returns plain data; the CLI renders it.
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from pathlib import Path

from bot.bench.passages import bench_kb, encoded_share, gated_twin, lexical_twin
from bot.bench.retrieval import BENCH_DEFAULT, as_markdown, load_public, percentile, timed_queries
from knowledge.access import sensitivities_for_role
from knowledge.base import KnowledgeBase


def run_latency(shared: Path, target_chunks: int = 10_000, queries: int = 600) -> dict[str, float]:
    cnil, cnil_pairs = load_public(shared, "cnil")
    piaf, piaf_pairs = load_public(shared, "piaf")
    base = [as_markdown(d) for d in cnil] + [as_markdown(d) for d in piaf]

    def ingest(kb: KnowledgeBase) -> None:
        kb.ingest_files("latency", base, default_sensitivity=BENCH_DEFAULT)
        per_copy = sum(d.chunks for d in kb.documents("latency"))
        copies = max(1, -(-target_chunks // per_copy))
        for c in range(1, copies):
            kb.ingest_files(
                "latency",
                [(f"c{c}-{n}", data) for n, data in base],
                default_sensitivity=BENCH_DEFAULT,
            )

    with tempfile.TemporaryDirectory(prefix="ambassade-latency-") as tmp:
        with bench_kb(Path(tmp), "latency", ingest, seeds=("cnil", "piaf")):
            pass  # built, embedded and closed: what follows opens it as a new process would
        opened = index_open_times(Path(tmp), "latency")
        kb = KnowledgeBase(Path(tmp))  # a fresh process: load from disk
        start = time.perf_counter()
        kb.search("latency", "chargement", allowed_sensitivities={"public"})
        load_s = time.perf_counter() - start
        chunks = len(kb.indexes.get("latency"))
        pool = [q for q, _ in cnil_pairs] + [q for q, _ in piaf_pairs]
        step = max(1, len(pool) // queries)
        sample = pool[::step][:queries]
        measured: dict[str, float] = {}
        twins: list[tuple[str, KnowledgeBase]] = []
        if kb.encoder is not None:
            # The query embedding alone (cache bypassed), then each scope, same process.
            _, encoder_ms = timed_queries(sample, lambda q: [str(kb.encoder.query_uncached(q)[0])])
            measured |= _summary("encoder", encoder_ms)
            twins = [("without", lexical_twin(Path(tmp))), ("gated", gated_twin(Path(tmp)))]
        for name, searcher in [*twins, ("all", kb)]:
            measured |= _timed_scope(name, searcher, sample)
            searcher.close()
    ours = "gated" if "gated_p95_ms" in measured else "all"
    return {
        "chunks": chunks,
        "p50_ms": measured[f"{ours}_p50_ms"],
        "p95_ms": measured[f"{ours}_p95_ms"],
        "load_s": load_s,
        **measured,
        **opened,
    }


def _summary(name: str, times: list[float]) -> dict[str, float]:
    return {
        f"{name}_p50_ms": statistics.median(times) if times else 0.0,
        f"{name}_p95_ms": percentile(times, 0.95),
    }


def _timed_scope(name: str, kb: KnowledgeBase, sample: list[str]) -> dict[str, float]:
    """Wall time per question (p50, p95), CPU time of the whole process per question
    (every thread: the encoder's two), and the share of questions the encoder read."""
    allowed = sensitivities_for_role("ambassador")
    kb.search("latency", "échauffement", allowed_sensitivities=allowed)
    kb.scorer.scored = kb.scorer.encoded = 0
    if kb.encoder is not None:  # one encoder per process: no scope reads another's vectors
        kb.encoder.forget_queries()
    cpu: list[float] = []

    def search(question: str) -> list[str]:
        start = time.process_time()
        found = kb.search("latency", question, allowed_sensitivities=allowed, k=10)
        cpu.append((time.process_time() - start) * 1000)
        return [h.chunk_id for h in found]

    _, times = timed_queries(sample, search)
    return {
        **_summary(name, times),
        **_summary(f"{name}_cpu", cpu),
        f"{name}_encoded": encoded_share(kb),
    }


def index_open_times(root: Path, client: str, runs: int = 3) -> dict[str, float]:
    """Opening a client's index as a new process does: from its on-disk cache (best of
    `runs`), and rebuilt from the vector store after the cache is dropped."""
    open_ms = []
    for _ in range(runs):
        kb = KnowledgeBase(root)
        start = time.perf_counter()
        kb.indexes.get(client)
        open_ms.append((time.perf_counter() - start) * 1000)
        kb.close()
    kb = KnowledgeBase(root)
    for name in ("index", "lexical"):
        shutil.rmtree(kb.indexes.client_dir(client) / name, ignore_errors=True)
    start = time.perf_counter()
    kb.indexes.get(client)
    rebuild_ms = (time.perf_counter() - start) * 1000
    kb.close()
    return {"open_ms": min(open_ms), "rebuild_ms": rebuild_ms}


def make_pdfs(directory: Path, files: int = 10, pages: int = 20) -> int:
    """Write `files` PDFs of `pages` pages of French prose (reportlab, a dev dependency)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    sentence = (
        "Le programme des ambassadeurs reconnaît chaque contribution : témoignage, avis "
        "en ligne, parrainage, participation à un atelier ou à un salon professionnel. "
    )
    for f in range(files):
        pdf = canvas.Canvas(str(directory / f"document-{f:02d}.pdf"), pagesize=A4)
        for p in range(pages):
            text = pdf.beginText(50, 800)
            text.textLine(f"Section {p + 1} du document {f + 1}")
            for line in range(40):
                text.textLine(f"{line:02d} " + sentence[(line * 7) % 40 :][:90])
            pdf.drawText(text)
            pdf.showPage()
        pdf.save()
    return files * pages


def run_ingest_speed(files: int = 10, pages: int = 20) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="ambassade-ingest-") as tmp:
        docs = Path(tmp) / "docs"
        docs.mkdir()
        total = make_pdfs(docs, files, pages)
        kb = KnowledgeBase(Path(tmp) / "kb")
        first = kb.ingest_paths("speed", [docs], default_sensitivity=BENCH_DEFAULT)
        again = KnowledgeBase(Path(tmp) / "kb").ingest_paths(
            "speed", [docs], default_sensitivity=BENCH_DEFAULT
        )
    return {
        "pages": total,
        "first_s": first.seconds,
        "pages_per_s": total / first.seconds,
        "again_s": again.seconds,
        "again_pct": 100 * again.seconds / first.seconds,
    }
