"""PDF pages ingested per second: the median of three runs of `run_ingest_speed`.

    PYTHONPATH=<repo> OMP_WAIT_POLICY=passive python tools/ingest_speed.py

Run it on a quiet machine, alternating commits (start, end, end, start).
"""

from __future__ import annotations

import statistics

from bot.bench.retrieval_speed import run_ingest_speed

if __name__ == "__main__":
    rates = [run_ingest_speed()["pages_per_s"] for _ in range(3)]
    print(f"median {statistics.median(rates):.1f} pages/s ({', '.join(f'{r:.1f}' for r in rates)})")
