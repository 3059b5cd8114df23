#!/usr/bin/env python3
"""Validate cases.jsonl of the markings_dev2 set (standard library only)."""
import json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = {"public", "internal", "confidential", "none"}
LANGS = {"fr", "en"}
FIELDS = {"id", "head", "level", "lang", "note"}

def main(path=os.path.join(HERE, "cases.jsonl")):
    errors, ids, levels, langs = [], set(), Counter(), Counter()
    n = 0
    with open(path, encoding="utf-8") as fh:
        for ln, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            n += 1
            try:
                c = json.loads(raw)
            except json.JSONDecodeError as e:
                errors.append(f"line {ln}: bad JSON ({e})"); continue
            if set(c) != FIELDS:
                errors.append(f"line {ln}: fields {sorted(c)} != {sorted(FIELDS)}")
            for k in FIELDS:
                if not isinstance(c.get(k), str) or not c.get(k).strip():
                    errors.append(f"line {ln}: field {k!r} missing or empty")
            cid = c.get("id")
            if cid in ids:
                errors.append(f"line {ln}: duplicate id {cid}")
            ids.add(cid)
            if c.get("level") not in LEVELS:
                errors.append(f"line {ln}: bad level {c.get('level')!r}")
            if c.get("lang") not in LANGS:
                errors.append(f"line {ln}: bad lang {c.get('lang')!r}")
            nonempty = [l for l in str(c.get("head", "")).split("\n") if l.strip()]
            if not 8 <= len(nonempty) <= 20:
                errors.append(f"line {ln}: head has {len(nonempty)} non-empty lines (want 8-20)")
            levels[c.get("level")] += 1
            langs[c.get("lang")] += 1
    if n != 160:
        errors.append(f"expected 160 cases, got {n}")
    fr_share = langs["fr"] / n if n else 0
    if not 0.70 <= fr_share <= 0.80:
        errors.append(f"French share {fr_share:.0%} outside 70-80%")
    for lv in LEVELS:
        if levels[lv] == 0:
            errors.append(f"no case with level {lv}")
    print(f"cases: {n}")
    print("levels:", dict(sorted(levels.items())))
    print("langs:", dict(sorted(langs.items())))
    if errors:
        print(f"FAIL ({len(errors)} errors)")
        for e in errors:
            print(" -", e)
        return 1
    print("OK")
    return 0

if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
