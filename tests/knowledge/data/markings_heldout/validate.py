#!/usr/bin/env python3
"""Validate cases.jsonl of the held-out markings set (standard library only)."""
import json, sys, collections, pathlib

LEVELS = {"public", "internal", "confidential", "none"}
LANGS = {"fr", "en"}
FIELDS = {"id", "head", "level", "lang", "note"}

def main(path=None):
    path = pathlib.Path(path or pathlib.Path(__file__).with_name("cases.jsonl"))
    errors, ids, cases = [], set(), []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            errors.append(f"line {n}: empty line"); continue
        try:
            c = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: bad JSON ({e})"); continue
        if not isinstance(c, dict):
            errors.append(f"line {n}: not an object"); continue
        if set(c) != FIELDS:
            errors.append(f"line {n}: fields {sorted(c)} != {sorted(FIELDS)}")
        for k in FIELDS & set(c):
            if not isinstance(c[k], str) or not c[k].strip():
                errors.append(f"line {n}: field {k!r} must be a non-empty string")
        cid = c.get("id")
        if cid in ids:
            errors.append(f"line {n}: duplicate id {cid!r}")
        ids.add(cid)
        if c.get("level") not in LEVELS:
            errors.append(f"line {n}: invalid level {c.get('level')!r}")
        if c.get("lang") not in LANGS:
            errors.append(f"line {n}: invalid lang {c.get('lang')!r}")
        if isinstance(c.get("head"), str) and len([l for l in c["head"].split("\n") if l.strip()]) < 2:
            errors.append(f"line {n}: head has fewer than 2 non-empty lines")
        cases.append(c)
    total = len(cases)
    by_level = collections.Counter(c.get("level") for c in cases)
    by_lang = collections.Counter(c.get("lang") for c in cases)
    by_both = collections.Counter((c.get("level"), c.get("lang")) for c in cases)
    print(f"cases: {total}")
    for lv in ("internal", "confidential", "public", "none"):
        k = by_level.get(lv, 0)
        print(f"  {lv:<13} {k:4d} ({100*k/max(total,1):4.1f} %)  fr={by_both.get((lv,'fr'),0)} en={by_both.get((lv,'en'),0)}")
    print("  languages:", ", ".join(f"{k}={v}" for k, v in sorted(by_lang.items())))
    if errors:
        print(f"INVALID: {len(errors)} error(s)")
        for e in errors[:50]:
            print("  " + e)
        return 1
    print("OK")
    return 0

if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:2]))
