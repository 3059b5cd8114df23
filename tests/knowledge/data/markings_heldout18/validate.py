#!/usr/bin/env python3
"""Check cases.jsonl format and counts (stdlib only). Exit 0 if OK."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
NAMES = {"FRM": ["affineu", "aff'"], "VEL": ["équipi", "equipi"], "MUT": ["relais"],
         "NAV": ["navigat", "navs"], "KIN": ["mover"]}
GENERIC = ["ambassad", "ambass'"]

def main():
    errs, rows = [], []
    with open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                errs.append(f"line {i}: bad json {e}")
    if len(rows) != 150:
        errs.append(f"expected 150 cases, got {len(rows)}")
    ids = Counter(r.get("id") for r in rows)
    errs += [f"duplicate id {k}" for k, v in ids.items() if v > 1]
    per = Counter()
    langs = Counter()
    for r in rows:
        if set(r) != {"id", "head", "level", "lang", "note"}:
            errs.append(f"{r.get('id')}: keys {sorted(r)}")
            continue
        m = re.fullmatch(r"([A-Z]{3})-(\d\d)", r["id"])
        if not m or m.group(1) not in NAMES:
            errs.append(f"bad id {r['id']}"); continue
        if r["level"] not in LEVELS: errs.append(f"{r['id']}: level {r['level']}")
        if r["lang"] not in ("fr", "en"): errs.append(f"{r['id']}: lang {r['lang']}")
        lines = r["head"].split("\n")
        if not 1 <= len(lines) <= 4 or not r["head"].strip():
            errs.append(f"{r['id']}: head has {len(lines)} lines")
        if not r["note"].strip(): errs.append(f"{r['id']}: empty note")
        h = r["head"].casefold().replace("’", "'")
        if not any(w in h for w in NAMES[m.group(1)] + GENERIC):
            errs.append(f"{r['id']}: head does not mention the ambassadors")
        per[(m.group(1), r["level"])] += 1
        langs[r["lang"]] += 1
    for org in NAMES:
        for lvl, want in LEVELS.items():
            if per[(org, lvl)] != want:
                errs.append(f"{org} {lvl}: {per[(org, lvl)]} != {want}")
    fr = langs["fr"] / max(1, len(rows))
    if not 0.62 <= fr <= 0.78:
        errs.append(f"French share {fr:.2f} outside 0.62-0.78")
    for e in errs: print("ERROR", e)
    print(f"{len(rows)} cases; langs {dict(langs)}; errors {len(errs)}")
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
