#!/usr/bin/env python3
"""Stdlib checks for markings_heldout9/cases.jsonl. Exit 0 when the set is well formed."""
import collections, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = {"public", "internal", "confidential", "none"}
PER_ORG = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
ORGS = {"vlt", "cdo", "pst", "bhw", "dgl"}
KEYS = {"id", "head", "level", "lang", "note"}

def main():
    errs = []
    rows = []
    with open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errs.append(f"line {n}: blank line"); continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                errs.append(f"line {n}: bad JSON ({e})"); continue
            if set(r) != KEYS:
                errs.append(f"line {n}: keys {sorted(r)} != {sorted(KEYS)}")
            rows.append(r)
    ids = [r.get("id") for r in rows]
    for i, c in collections.Counter(ids).items():
        if c > 1: errs.append(f"duplicate id {i}")
    heads = collections.Counter(r.get("head") for r in rows)
    for h, c in heads.items():
        if c > 1: errs.append(f"duplicate head: {h[:40]!r}")
    per = collections.defaultdict(collections.Counter)
    for r in rows:
        m = re.fullmatch(r"h9-([a-z]{3})-(\d{2})", str(r.get("id")))
        if not m or m.group(1) not in ORGS:
            errs.append(f"bad id {r.get('id')!r}"); continue
        if r.get("level") not in LEVELS: errs.append(f"{r['id']}: bad level {r.get('level')!r}")
        if r.get("lang") not in {"fr", "en"}: errs.append(f"{r['id']}: bad lang {r.get('lang')!r}")
        for k in ("head", "note"):
            if not isinstance(r.get(k), str) or not r[k].strip(): errs.append(f"{r['id']}: empty {k}")
        per[m.group(1)][r.get("level")] += 1
    if len(rows) != 150: errs.append(f"expected 150 cases, got {len(rows)}")
    for org in sorted(ORGS):
        if dict(per[org]) != PER_ORG: errs.append(f"org {org}: counts {dict(per[org])} != {PER_ORG}")
    fr = sum(r.get("lang") == "fr" for r in rows) / max(len(rows), 1)
    if not 0.65 <= fr <= 0.75: errs.append(f"French share {fr:.2f} outside 0.65-0.75")
    for e in errs: print("ERROR:", e)
    print(f"{len(rows)} cases, {len(per)} orgs, French share {fr:.0%}, {len(errs)} error(s)")
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
