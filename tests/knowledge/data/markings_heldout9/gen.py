#!/usr/bin/env python3
"""Deterministic generator for markings_heldout9/cases.jsonl (stdlib only)."""
import json, os, random
from gen_part1 import ORGS
import gen_part2  # noqa: F401  (adds the bank and the cooperative)

def main():
    out = []
    for code in ["vlt", "cdo", "pst", "bhw", "dgl"]:
        org, rows = ORGS[code]
        rows = list(rows)
        random.Random("heldout9-" + code).shuffle(rows)
        for i, (level, lang, head, note) in enumerate(rows, 1):
            out.append({"id": f"h9-{code}-{i:02d}", "head": head, "level": level,
                        "lang": lang, "note": f"[{org.split(' (')[0]}] {note}"})
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} cases to {path}")

if __name__ == "__main__":
    main()
