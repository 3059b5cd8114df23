#!/usr/bin/env python3
"""Check cases.jsonl and README.md of the markings_heldout31 set. Prints OK or the errors."""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LINE1 = ("> **Held-out set: measure only.** Written blind on 2026-12-06 (stop 50) from DOMAIN.md, "
         "the issue and the format only, without reading the project's code, tests or other data "
         "sets. Do not tune anything on it.")
HEADER = "| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |"
WANT = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
errors = []

rows = []
with open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: bad JSON ({e})")
            continue
        if set(r) != {"id", "head", "level", "lang", "note"}:
            errors.append(f"line {n}: keys {sorted(r)}")
        rows.append(r)

ids = [r.get("id") for r in rows]
if len(set(ids)) != len(ids):
    errors.append("duplicate ids")
by_org = defaultdict(list)
for r in rows:
    m = re.fullmatch(r"([A-Z]{3})-(\d{2})", str(r.get("id")))
    if not m:
        errors.append(f"bad id {r.get('id')}")
        continue
    by_org[m.group(1)].append(r)
    if r.get("level") not in WANT:
        errors.append(f"{r['id']}: level {r.get('level')}")
    if r.get("lang") not in ("fr", "en"):
        errors.append(f"{r['id']}: lang {r.get('lang')}")
    head = r.get("head", "")
    lines = head.split("\n")
    if not 1 <= len(lines) <= 5 or any(not l.strip() for l in lines):
        errors.append(f"{r['id']}: {len(lines)} lines / empty line")
    if len(head) > 400:
        errors.append(f"{r['id']}: head {len(head)} chars")
    if not str(r.get("note", "")).strip():
        errors.append(f"{r['id']}: empty note")

if len(by_org) != 5:
    errors.append(f"{len(by_org)} organisations")
for org, rs in by_org.items():
    if sorted(int(r["id"][4:]) for r in rs) != list(range(1, 31)):
        errors.append(f"{org}: ids not 01..30")
    c = Counter(r["level"] for r in rs)
    if dict(c) != WANT:
        errors.append(f"{org}: levels {dict(c)}")
    heads = [r["head"] for r in rs]
    if len(set(heads)) != len(heads):
        errors.append(f"{org}: duplicate heads")
fr = sum(r.get("lang") == "fr" for r in rows) / max(len(rows), 1)
if not 0.75 <= fr <= 0.80:
    errors.append(f"French ratio {fr:.3f}")

with open(os.path.join(HERE, "README.md"), encoding="utf-8") as f:
    readme = f.read().split("\n")
if readme[0] != LINE1:
    errors.append("README line 1")
if len(readme) < 2 or readme[1] != "":
    errors.append("README line 2 not empty")
if HEADER not in readme:
    errors.append("README table header")
else:
    k = readme.index(HEADER)
    if readme[k + 1] != "|---|---|---|---|---|":
        errors.append("README table separator")
    table = readme[k + 2:k + 2 + len(by_org)]
    prefixes = [l.split("|")[1].strip() for l in table if l.startswith("|")]
    if sorted(prefixes) != sorted(by_org):
        errors.append(f"README rows {prefixes}")
for sec in ("## Leadership (→ confidential when marked confidential)", "## Notes on labels"):
    if sec not in readme:
        errors.append(f"README missing {sec}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
