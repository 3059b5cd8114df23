#!/usr/bin/env python3
"""Check the markings_heldout34 set against the format rules; prints OK."""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
WANT = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
errors = []

rows = []
with open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            errors.append(f"line {i}: bad JSON: {e}")

if len(rows) != 150:
    errors.append(f"{len(rows)} cases, want 150")
ids = [r.get("id") for r in rows]
if len(set(ids)) != len(ids):
    errors.append("duplicate ids")
per_org = {}
langs = Counter()
for r in rows:
    if set(r) != {"id", "head", "level", "lang", "note"}:
        errors.append(f"{r.get('id')}: fields {sorted(r)}")
        continue
    pre, _, num = r["id"].partition("-")
    if len(pre) != 3 or not pre.isalpha() or not pre.isupper() or not (num.isdigit() and len(num) == 2 and 1 <= int(num) <= 30):
        errors.append(f"{r['id']}: bad id")
    if r["level"] not in WANT:
        errors.append(f"{r['id']}: bad level")
    if r["lang"] not in ("fr", "en"):
        errors.append(f"{r['id']}: bad lang")
    if not isinstance(r["note"], str) or not r["note"].strip():
        errors.append(f"{r['id']}: empty note")
    h = r["head"]
    lines = h.split("\n") if isinstance(h, str) else []
    if not (1 <= len(lines) <= 5) or any(not l.strip() for l in lines):
        errors.append(f"{r['id']}: head must be 1-5 non-empty lines")
    if len(h) > 400:
        errors.append(f"{r['id']}: head longer than 400 chars")
    per_org.setdefault(pre, Counter())[r["level"]] += 1
    langs[r["lang"]] += 1
if len(per_org) != 5:
    errors.append(f"{len(per_org)} organisations, want 5")
for pre, c in per_org.items():
    if dict(c) != WANT:
        errors.append(f"{pre}: counts {dict(c)}")
if rows and not (0.6 <= langs["fr"] / len(rows) <= 0.73):
    errors.append(f"French share {langs['fr']}/{len(rows)}")

try:
    with open(os.path.join(HERE, "names.json"), encoding="utf-8") as f:
        names = json.load(f)
    for k in ("ambassadors", "clients"):
        if not isinstance(names.get(k), list) or not names[k] or not all(isinstance(x, str) and x.strip() for x in names[k]):
            errors.append(f"names.json: bad '{k}'")
except (OSError, json.JSONDecodeError) as e:
    errors.append(f"names.json: {e}")

try:
    with open(os.path.join(HERE, "README.md"), encoding="utf-8") as f:
        rl = f.read().split("\n")
    if not rl[0].startswith("> **Held-out set: measure only.**") or rl[1] != "":
        errors.append("README.md: line 1/2 not as required")
    text = "\n".join(rl)
    for s in ("| Prefix | Client (sector) |", "## Leadership", "## Notes on labels"):
        if s not in text:
            errors.append(f"README.md: missing {s!r}")
except OSError as e:
    errors.append(f"README.md: {e}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
