"""Stdlib-only validator for markings_heldout15/cases.jsonl. Exit 0 when valid."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
ORGS = ["vbr", "nav", "vet", "crg", "tan"]


def main():
    errors = []
    rows = []
    with open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                errors.append(f"line {i}: blank line")
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append(f"line {i}: bad JSON ({e})")
    ids = set()
    per_org = collections.defaultdict(collections.Counter)
    langs = collections.Counter()
    for r in rows:
        rid = r.get("id", "?")
        if set(r) != {"id", "head", "level", "lang", "note"}:
            errors.append(f"{rid}: fields {sorted(r)}")
        m = re.fullmatch(r"([a-z]+)-(\d{2})", str(rid))
        if not m or m.group(1) not in ORGS:
            errors.append(f"{rid}: bad id")
            continue
        if rid in ids:
            errors.append(f"{rid}: duplicate id")
        ids.add(rid)
        head = r.get("head")
        if not isinstance(head, str) or not head.strip():
            errors.append(f"{rid}: empty head")
        elif not 1 <= len(head.split("\n")) <= 8:
            errors.append(f"{rid}: head has {len(head.splitlines())} lines")
        if r.get("level") not in LEVELS:
            errors.append(f"{rid}: bad level {r.get('level')}")
        if r.get("lang") not in ("fr", "en"):
            errors.append(f"{rid}: bad lang")
        if not isinstance(r.get("note"), str) or not r["note"].strip():
            errors.append(f"{rid}: empty note")
        per_org[m.group(1)][r.get("level")] += 1
        langs[r.get("lang")] += 1
    heads = collections.Counter(r.get("head") for r in rows)
    errors += [f"duplicate head: {h[:40]!r}" for h, c in heads.items() if c > 1]
    for org in ORGS:
        if dict(per_org[org]) != LEVELS:
            errors.append(f"{org}: counts {dict(per_org[org])} != {LEVELS}")
    if len(rows) != 150:
        errors.append(f"{len(rows)} rows, expected 150")
    fr_share = langs["fr"] / max(1, len(rows))
    if not 0.62 <= fr_share <= 0.78:
        errors.append(f"French share {fr_share:.2f} not ~70 %")
    for org in ORGS:
        print(org, dict(sorted(per_org[org].items())))
    print(f"total {len(rows)}; lang {dict(langs)}; fr {fr_share:.0%}")
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
