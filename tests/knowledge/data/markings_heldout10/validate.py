#!/usr/bin/env python3
"""Stdlib validator for markings_heldout10/cases.jsonl. Exit 0 if OK."""
import json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = {"public", "internal", "confidential", "none"}
PER_ORG = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
PROGRAM = {  # each organisation's own name for its ambassadors
    "aurore": r"veilleu(r|se)s?", "veloria": r"copilotes?", "crete": r"cord[ée]e|encord[ée]s?",
    "eveil": r"passeurs?", "vautrin": r"keepers?|gardiens?"}
GENERIC = re.compile(r"ambassad(eur|rice|or)", re.I)

def main():
    errs = []
    rows = []
    with open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except ValueError as e:
                errs.append(f"line {n}: bad json {e}"); continue
            if set(r) != {"id", "head", "level", "lang", "note"}:
                errs.append(f"line {n}: keys {sorted(r)}")
            if r.get("level") not in LEVELS: errs.append(f"{r.get('id')}: level {r.get('level')}")
            if r.get("lang") not in {"fr", "en"}: errs.append(f"{r.get('id')}: lang {r.get('lang')}")
            if not str(r.get("head", "")).strip() or not str(r.get("note", "")).strip():
                errs.append(f"{r.get('id')}: empty head/note")
            rows.append(r)
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)): errs.append("duplicate ids")
    if len(rows) != 150: errs.append(f"{len(rows)} cases, want 150")
    by_org = defaultdict(Counter)
    for r in rows:
        m = re.fullmatch(r"hx10-([a-z]+)-\d\d", r["id"])
        if not m or m.group(1) not in PROGRAM: errs.append(f"bad id {r['id']}"); continue
        by_org[m.group(1)][r["level"]] += 1
    for org in PROGRAM:
        if dict(by_org[org]) != PER_ORG: errs.append(f"{org}: {dict(by_org[org])} != {PER_ORG}")
    fr = sum(r["lang"] == "fr" for r in rows) / max(len(rows), 1)
    if not 0.62 <= fr <= 0.78: errs.append(f"French share {fr:.2f} outside 0.62-0.78")
    # vocabulary balance: generic word vs program's own name
    gen = prog = 0
    for r in rows:
        org = r["id"].split("-")[1]
        if org not in PROGRAM: continue
        if re.search(PROGRAM[org], r["head"], re.I): prog += 1
        elif GENERIC.search(r["head"]): gen += 1
    share = gen / max(gen + prog, 1)
    if not 0.35 <= share <= 0.65: errs.append(f"generic-word share {share:.2f} outside 0.35-0.65")
    print(f"{len(rows)} cases; fr={fr:.2f}; generic={gen} program-name={prog} (generic share {share:.2f})")
    for org in PROGRAM: print(f"  {org}: {dict(by_org[org])}")
    if errs:
        print("ERRORS:"); [print(" ", e) for e in errs]; return 1
    print("OK"); return 0

if __name__ == "__main__":
    sys.exit(main())
