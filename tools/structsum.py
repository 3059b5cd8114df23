"""Structure sets in one line each: default scope, and with the set's names when known.

    PYTHONPATH=<repo> OMP_WAIT_POLICY=passive python tools/structsum.py [--names-only] SET...

Names come from tools/structure_names.json ({set: {"client": [...], "ambassador": [...]}}).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from bot.bench.retrieval import GATED
from bot.bench.retrieval_structure import run_structure

NAMES = Path(__file__).with_name("structure_names.json")


def line(result: dict) -> str:
    n = result["questions"]
    kinds = " ".join(f"{k}={v:.2f}" for k, v in result["whole_unit_by_kind"].items())
    staff = result.get("staff") or {}
    rows = result["rows"]
    ours = next((r for r in rows if r["method"] == GATED), rows[-1])  # the product's default
    text = (
        f"r@5 {ours['recall@5']:.3f} whole {result['whole_unit']:.3f} "
        f"ans {result['answered']}/{n} abst {result.get('abstained', '-')}/"
        f"{result['unanswerable']} ceil {1 - result['gold_withheld'] / n:.3f} "
        f"first {result['whole_unit_first_quote']:.3f}"
    )
    if staff:
        text += f" staff {staff['recall@5']:.3f}/{staff['whole_unit']:.3f}/{staff['answered']}"
    return f"{text} [{kinds}]"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--names-only", action="store_true")
    args = parser.parse_args()
    names = json.loads(NAMES.read_text(encoding="utf-8"))
    for folder in args.sets:
        if not args.names_only:
            print(f"{folder.name:22} default {line(run_structure(folder))}", flush=True)
        if known := names.get(folder.name):
            result = run_structure(
                folder, ambassador_names=known["ambassador"], client_names=known["client"]
            )
            print(f"{folder.name:22} names   {line(result)}", flush=True)


if __name__ == "__main__":
    main()
