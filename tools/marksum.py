"""Markings sets in one line each (plain, then with the set's names.json), and a total.

    PYTHONPATH=<repo> python tools/marksum.py [--rules] [--wrong] [--plain-only] SET...

--rules measures the rules alone (no model); --wrong lists the wrong readings of dev sets.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bot.bench import markings as bench
from bot.bench.held_out import is_held_out

FIELDS = (
    "right",
    "cases",
    "fail_open",
    "restricted",
    "read_public",
    "public_found",
    "public",
    "unmarked_restricted",
    "unmarked",
    "confidential_lowered",
    "confidential",
)


def line(score: bench.MarkingScore) -> str:
    return (
        f"acc {score.right / (score.cases or 1):.3f} fo {score.fail_open}/{score.restricted} "
        f"rp {score.read_public} pub {score.public_found}/{score.public} "
        f"ur {score.unmarked_restricted}/{score.unmarked} "
        f"cl {score.confidential_lowered}/{score.confidential}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--rules", action="store_true")
    parser.add_argument("--wrong", action="store_true")
    parser.add_argument("--plain-only", action="store_true")
    args = parser.parse_args()
    if args.rules:
        from knowledge.marking_document import rules_marking

        bench.document_marking = rules_marking
    totals = [bench.MarkingScore("plain"), bench.MarkingScore("names")]
    for folder in args.sets:
        cases = folder / "cases.jsonl"
        plain = bench.run_markings(cases)[1]
        text = f"{folder.name:24} plain {line(plain)}"
        scores = [plain]
        if not args.plain_only and (folder / "names.json").is_file():
            ambassadors, clients = bench.set_names(folder)
            named = bench.run_markings(cases, ambassadors, clients)[1]
            text += f" | names {line(named)}"
            scores.append(named)
        print(text, flush=True)
        for total, score in zip(totals, scores, strict=False):
            for name in FIELDS:
                setattr(total, name, getattr(total, name) + getattr(score, name))
        if args.wrong and not is_held_out(folder):
            for score in scores:
                for case_id, truth, found in score.wrong:
                    print(f"    {score.method} {case_id}: {truth} read {found}")
    print(
        f"{'TOTAL':24} plain {line(totals[0])}"
        + ("" if args.plain_only else f" | names {line(totals[1])}")
    )


if __name__ == "__main__":
    main()
