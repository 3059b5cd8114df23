#!/usr/bin/env python3
"""Validate cases.jsonl (standard library only): fields, unique ids, valid levels/langs; print counts."""
import json, sys, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "cases.jsonl")
FIELDS = {"id", "head", "level", "lang", "note"}
LEVELS = {"public", "internal", "confidential", "none"}
LANGS = {"fr", "en"}

def main():
    errors, ids, rows = [], set(), []
    with open(PATH, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errors.append(f"line {n}: empty line"); continue
            try:
                c = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"line {n}: bad JSON ({e})"); continue
            if not isinstance(c, dict) or set(c) != FIELDS:
                errors.append(f"line {n}: fields must be exactly {sorted(FIELDS)}"); continue
            for k in FIELDS:
                if not isinstance(c[k], str) or not c[k].strip():
                    errors.append(f"line {n}: field {k!r} must be a non-empty string")
            if c["id"] in ids:
                errors.append(f"line {n}: duplicate id {c['id']}")
            ids.add(c["id"])
            if c["level"] not in LEVELS:
                errors.append(f"line {n}: invalid level {c['level']!r}")
            if c["lang"] not in LANGS:
                errors.append(f"line {n}: invalid lang {c['lang']!r}")
            if "\n" not in c["head"]:
                errors.append(f"line {n}: head should have several lines")
            rows.append(c)
    total = len(rows)
    print(f"cases: {total}")
    for lv in ["internal", "confidential", "public", "none"]:
        k = sum(r["level"] == lv for r in rows)
        print(f"  {lv:13s} {k:4d}  ({100*k/max(total,1):.0f} %)")
    print("by lang:", dict(sorted(Counter(r["lang"] for r in rows).items())))
    print("by level x lang:", dict(sorted(Counter((r["level"], r["lang"]) for r in rows).items())))
    if errors:
        print(f"FAILED: {len(errors)} error(s)")
        for e in errors: print("  " + e)
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
