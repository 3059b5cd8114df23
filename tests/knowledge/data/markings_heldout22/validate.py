#!/usr/bin/env python3
"""Check cases.jsonl of markings_heldout22 (stdlib only). Exit 0 when valid."""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = {"public", "internal", "confidential", "none"}
PER_ORG = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
ORGS = {"HLZ", "CPT", "LGP", "BRD", "STK"}
# Forms each client uses for ALL its ambassadors (same as the README table).
FORMS = {
    "HLZ": ["ambassadeur", "ambassadrice", "ambassador", "héliote", "heliote", "membres du cercle"],
    "CPT": ["ambassadeur", "ambassadrice", "ambassador", "comptoiriste"],
    "LGP": ["ambassadeur", "ambassadrice", "ambassador", "passeur", "passeuse"],
    "BRD": ["ambassadeur", "ambassadrice", "ambassador", "brigade"],
    "STK": ["ambassadeur", "ambassadrice", "ambassador", "crew"],
}


def main():
    errors = []
    path = os.path.join(HERE, "cases.jsonl")
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                errors.append(f"line {i}: bad JSON ({e})")
    if len(rows) != 150:
        errors.append(f"expected 150 cases, got {len(rows)}")
    ids = Counter(r.get("id") for r in rows)
    for k, v in ids.items():
        if v > 1:
            errors.append(f"duplicate id {k}")
    counts = Counter()
    langs = Counter()
    for r in rows:
        rid = r.get("id", "?")
        if set(r) != {"id", "head", "level", "lang", "note"}:
            errors.append(f"{rid}: fields {sorted(r)}")
            continue
        org = rid.split("-")[0]
        if org not in ORGS:
            errors.append(f"{rid}: unknown prefix")
            continue
        if r["level"] not in LEVELS:
            errors.append(f"{rid}: bad level {r['level']}")
        if r["lang"] not in ("fr", "en"):
            errors.append(f"{rid}: bad lang {r['lang']}")
        head = r["head"]
        if not isinstance(head, str) or not head.strip():
            errors.append(f"{rid}: empty head")
            continue
        n_lines = len(head.strip("\n").split("\n"))
        if not 1 <= n_lines <= 4:
            errors.append(f"{rid}: head has {n_lines} lines")
        if not any(form in head.lower() for form in FORMS[org]):
            errors.append(f"{rid}: head does not mention the ambassadors")
        if not r["note"].strip():
            errors.append(f"{rid}: empty note")
        counts[(org, r["level"])] += 1
        langs[r["lang"]] += 1
    for org in sorted(ORGS):
        for level, want in PER_ORG.items():
            if counts[(org, level)] != want:
                errors.append(f"{org}/{level}: {counts[(org, level)]} != {want}")
    fr_share = langs["fr"] / max(1, sum(langs.values()))
    if not 0.65 <= fr_share <= 0.75:
        errors.append(f"fr share {fr_share:.2f} not ~70%")
    if errors:
        print("\n".join(errors))
        return 1
    print(f"OK: {len(rows)} cases, 5 orgs x (8 public, 8 internal, 6 confidential, 8 none); "
          f"fr {langs['fr']}, en {langs['en']} ({fr_share:.0%} fr); every head mentions the ambassadors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
