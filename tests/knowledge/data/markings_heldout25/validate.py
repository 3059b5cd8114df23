#!/usr/bin/env python3
"""Check the format of markings_heldout25; prints OK."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIRST = ("> **Held-out set: measure only.** Written blind on 2026-12-06 (stop 47) from DOMAIN.md, "
         "the issue and the format only, without reading the project's code, tests or other data sets. "
         "Do not tune anything on it.")
PREFIXES = ["POM", "CHO", "KID", "PNR", "LIB"]
QUOTA = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
errors = []

rows = []
with open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {i}: bad json {e}")
            continue
        if set(r) != {"id", "head", "level", "lang", "note"}:
            errors.append(f"line {i}: fields {sorted(r)}")
        if not re.fullmatch(r"[A-Z]{3}-\d{2}", r.get("id", "")):
            errors.append(f"line {i}: bad id {r.get('id')}")
        if r.get("level") not in QUOTA:
            errors.append(f"line {i}: bad level {r.get('level')}")
        if r.get("lang") not in ("fr", "en"):
            errors.append(f"line {i}: bad lang {r.get('lang')}")
        head = r.get("head", "")
        nl = len(head.split("\n"))
        if not head.strip() or not 1 <= nl <= 4:
            errors.append(f"line {i}: head must have 1-4 lines ({nl})")
        if not r.get("note", "").strip():
            errors.append(f"line {i}: empty note")
        rows.append(r)

if len(rows) != 150:
    errors.append(f"expected 150 rows, got {len(rows)}")
ids = [r["id"] for r in rows]
if len(set(ids)) != len(ids):
    errors.append("duplicate ids")
heads = [r["head"] for r in rows]
if len(set(heads)) != len(heads):
    errors.append("duplicate heads")
by = collections.defaultdict(collections.Counter)
for r in rows:
    by[r["id"][:3]][r["level"]] += 1
if sorted(by) != sorted(PREFIXES):
    errors.append(f"prefixes {sorted(by)}")
for p in PREFIXES:
    if dict(by[p]) != QUOTA:
        errors.append(f"{p}: levels {dict(by[p])}")
    for n in range(1, 31):
        if f"{p}-{n:02d}" not in ids:
            errors.append(f"missing {p}-{n:02d}")
fr = sum(r["lang"] == "fr" for r in rows) / max(len(rows), 1)
if not 0.7 <= fr <= 0.9:
    errors.append(f"French share {fr:.2f} not about 80%")

with open(os.path.join(HERE, "README.md"), encoding="utf-8") as f:
    lines = f.read().split("\n")
if lines[0] != FIRST or lines[1] != "":
    errors.append("README first line / blank line wrong")
if "# markings_heldout25" not in lines:
    errors.append("README title missing")
hdr = "| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |"
if hdr not in lines:
    errors.append("README table header missing")
for p in PREFIXES:
    if not any(l.startswith(f"| {p} |") for l in lines):
        errors.append(f"README row for {p} missing")
if not any(l.startswith("## Leadership (→ confidential when marked confidential)") for l in lines):
    errors.append("README leadership section missing")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print(f"OK ({len(rows)} cases, {len(by)} organisations, French {fr:.0%})")
