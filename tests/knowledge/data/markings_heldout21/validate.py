#!/usr/bin/env python3
"""Check cases.jsonl of markings_heldout21 (stdlib only). Exit 0 when valid."""
import collections
import json
import os
import sys

ORGS = ("asc", "lir", "hvt", "brg", "sol")
LEVELS = ("public", "internal", "confidential", "none")
PER_ORG = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
FIELDS = {"id", "head", "level", "lang", "note"}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    errors = []
    rows = []
    with open(os.path.join(here, "cases.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errors.append(f"line {n}: blank line")
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append(f"line {n}: bad JSON ({e})")

    if len(rows) != 150:
        errors.append(f"expected 150 cases, got {len(rows)}")

    ids = collections.Counter()
    counts = collections.Counter()
    langs = collections.Counter()
    heads = collections.Counter()
    for r in rows:
        rid = r.get("id", "?")
        if set(r) != FIELDS:
            errors.append(f"{rid}: fields {sorted(r)} != {sorted(FIELDS)}")
            continue
        ids[rid] += 1
        heads[r["head"]] += 1
        org = rid.split("-")[0]
        if org not in ORGS:
            errors.append(f"{rid}: unknown org prefix")
        if r["level"] not in LEVELS:
            errors.append(f"{rid}: bad level {r['level']!r}")
        if r["lang"] not in ("fr", "en"):
            errors.append(f"{rid}: bad lang {r['lang']!r}")
        if not isinstance(r["head"], str) or not r["head"].strip():
            errors.append(f"{rid}: empty head")
        else:
            nlines = len(r["head"].split("\n"))
            if not 1 <= nlines <= 4:
                errors.append(f"{rid}: head has {nlines} lines (1-4 expected)")
        if not isinstance(r["note"], str) or not r["note"].strip():
            errors.append(f"{rid}: empty note")
        counts[(org, r["level"])] += 1
        langs[r["lang"]] += 1

    for rid, c in ids.items():
        if c > 1:
            errors.append(f"duplicate id {rid}")
    for h, c in heads.items():
        if c > 1:
            errors.append(f"duplicate head {h[:40]!r}")
    for org in ORGS:
        for lvl, want in PER_ORG.items():
            got = counts[(org, lvl)]
            if got != want:
                errors.append(f"{org}/{lvl}: {got} cases, expected {want}")
    total = sum(langs.values()) or 1
    fr_share = langs["fr"] / total
    if not 0.6 <= fr_share <= 0.8:
        errors.append(f"fr share {fr_share:.2f} outside 0.60-0.80")

    if errors:
        for e in errors:
            print("ERROR:", e)
        return 1
    print(f"OK: {len(rows)} cases; per org {dict(PER_ORG)}; "
          f"fr={langs['fr']} en={langs['en']} ({fr_share:.0%} fr)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
