#!/usr/bin/env python3
"""Validate cases.jsonl: fields, unique ids, valid levels/langs; print counts."""
import json, sys, os
from collections import Counter

LEVELS = {"public", "internal", "confidential", "none"}
LANGS = {"fr", "en"}
FIELDS = {"id", "head", "level", "lang", "note"}

def main(path=None):
    path = path or os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases.jsonl")
    errors, ids, heads = [], set(), set()
    lv, lg, cross = Counter(), Counter(), Counter()
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                c = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"line {n}: bad JSON ({e})"); continue
            if set(c) != FIELDS:
                errors.append(f"line {n}: fields {sorted(c)} != {sorted(FIELDS)}")
            for k in FIELDS & set(c):
                if not isinstance(c[k], str) or not c[k].strip():
                    errors.append(f"line {n}: field {k} must be a non-empty string")
            cid = c.get("id")
            if cid in ids:
                errors.append(f"line {n}: duplicate id {cid}")
            ids.add(cid)
            if c.get("head") in heads:
                errors.append(f"line {n}: duplicate head")
            heads.add(c.get("head"))
            if c.get("level") not in LEVELS:
                errors.append(f"line {n}: invalid level {c.get('level')!r}")
            if c.get("lang") not in LANGS:
                errors.append(f"line {n}: invalid lang {c.get('lang')!r}")
            lv[c.get("level")] += 1; lg[c.get("lang")] += 1
            cross[(c.get("level"), c.get("lang"))] += 1
    total = sum(lv.values())
    print(f"cases: {total}")
    for l in ["internal", "confidential", "public", "none"]:
        print(f"  {l:13s} {lv[l]:4d} ({100*lv[l]/max(total,1):.0f} %)  fr={cross[(l,'fr')]} en={cross[(l,'en')]}")
    print("  langs: " + ", ".join(f"{k}={v}" for k, v in sorted(lg.items())))
    if errors:
        print(f"{len(errors)} error(s):"); [print("  " + e) for e in errors]
        return 1
    print("OK")
    return 0

if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:2]))
