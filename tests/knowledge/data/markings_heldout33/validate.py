#!/usr/bin/env python3
"""Check the markings_heldout33 files against the format rules; prints OK."""
import collections
import json
import re
import sys

LEVELS = {"public", "internal", "confidential", "none"}
QUOTA = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
FIELDS = {"id", "head", "level", "lang", "note"}
errors = []

rows = []
with open("cases.jsonl", encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: invalid JSON ({e})")

if len(rows) != 150:
    errors.append(f"expected 150 cases, got {len(rows)}")

ids = [r.get("id") for r in rows]
for dup, k in collections.Counter(ids).items():
    if k > 1:
        errors.append(f"duplicate id {dup}")

per_org = collections.defaultdict(collections.Counter)
langs = collections.Counter()
for r in rows:
    rid = r.get("id")
    if set(r) != FIELDS:
        errors.append(f"{rid}: fields {sorted(r)}")
        continue
    if not isinstance(rid, str) or not re.fullmatch(r"[A-Z]{3}-(0[1-9]|[12][0-9]|30)", rid):
        errors.append(f"{rid}: bad id")
        continue
    if r["level"] not in LEVELS:
        errors.append(f"{rid}: bad level {r['level']}")
    if r["lang"] not in ("fr", "en"):
        errors.append(f"{rid}: bad lang {r['lang']}")
    if not isinstance(r["note"], str) or not r["note"].strip():
        errors.append(f"{rid}: empty note")
    head = r["head"]
    if not isinstance(head, str):
        errors.append(f"{rid}: head not a string")
        continue
    parts = head.split("\n")
    if not 1 <= len(parts) <= 5:
        errors.append(f"{rid}: {len(parts)} lines")
    if any(not p.strip() for p in parts):
        errors.append(f"{rid}: empty line in head")
    if len(head) > 400:
        errors.append(f"{rid}: head has {len(head)} characters")
    per_org[rid[:3]][r["level"]] += 1
    langs[r["lang"]] += 1

if len(per_org) != 5:
    errors.append(f"expected 5 organisations, got {sorted(per_org)}")
for org, cnt in sorted(per_org.items()):
    if dict(cnt) != QUOTA:
        errors.append(f"{org}: counts {dict(cnt)} != {QUOTA}")
    nums = sorted(int(i[4:]) for i in ids if isinstance(i, str) and i.startswith(org + "-"))
    if nums != list(range(1, 31)):
        errors.append(f"{org}: ids are not 01-30")

if rows and not 0.55 <= langs["fr"] / len(rows) <= 0.75:
    errors.append(f"French share {langs['fr']}/{len(rows)} is not about 2/3")

try:
    with open("names.json", encoding="utf-8") as f:
        names = json.load(f)
    if set(names) != {"ambassadors", "clients"}:
        errors.append(f"names.json keys {sorted(names)}")
    for k in ("ambassadors", "clients"):
        v = names.get(k)
        if not isinstance(v, list) or not v or not all(isinstance(x, str) and x.strip() for x in v):
            errors.append(f"names.json: {k} must be a non-empty list of strings")
except (OSError, json.JSONDecodeError) as e:
    errors.append(f"names.json: {e}")

try:
    with open("README.md", encoding="utf-8") as f:
        readme = f.read().split("\n")
    want = ("> **Held-out set: measure only.** Written blind on 2026-12-06 (stop 51) from DOMAIN.md, "
            "the issue and the format only, without reading the project's code, tests or other data "
            "sets. Do not tune anything on it.")
    if readme[0] != want:
        errors.append("README.md line 1 differs")
    if len(readme) < 2 or readme[1] != "":
        errors.append("README.md line 2 must be empty")
    text = "\n".join(readme)
    for needle in ("| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |",
                   "## Leadership (→ confidential when marked confidential)", "## Notes on labels"):
        if needle not in text:
            errors.append(f"README.md lacks: {needle}")
except OSError as e:
    errors.append(f"README.md: {e}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
