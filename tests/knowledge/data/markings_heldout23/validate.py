#!/usr/bin/env python3
"""Validate markings_heldout23: counts, fields, ids, README header."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIXES = ["ASS", "CIE", "AQU", "RBT", "COP"]
WANT = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
errors = []

rows = [json.loads(l) for l in open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8") if l.strip()]
if len(rows) != 150:
    errors.append(f"expected 150 cases, got {len(rows)}")
ids = [r.get("id") for r in rows]
if len(set(ids)) != len(ids):
    errors.append("duplicate ids")
heads = [r.get("head") for r in rows]
if len(set(heads)) != len(heads):
    errors.append("duplicate heads")
for r in rows:
    if set(r) != {"id", "head", "level", "lang", "note"}:
        errors.append(f"{r.get('id')}: fields {sorted(r)}")
        continue
    if not re.fullmatch(r"(%s)-\d{2}" % "|".join(PREFIXES), r["id"]):
        errors.append(f"{r['id']}: bad id")
    if r["level"] not in WANT:
        errors.append(f"{r['id']}: bad level {r['level']}")
    if r["lang"] not in ("fr", "en"):
        errors.append(f"{r['id']}: bad lang")
    n = len(r["head"].split("\n"))
    if not (1 <= n <= 4) or not r["head"].strip():
        errors.append(f"{r['id']}: head has {n} lines")
    if not r["note"].strip():
        errors.append(f"{r['id']}: empty note")
for p in PREFIXES:
    rs = [r for r in rows if r["id"].startswith(p + "-")]
    if len(rs) != 30:
        errors.append(f"{p}: {len(rs)} cases")
    for lvl, k in WANT.items():
        got = sum(r["level"] == lvl for r in rs)
        if got != k:
            errors.append(f"{p}: {lvl}={got}, want {k}")
en = sum(r["lang"] == "en" for r in rows) / max(len(rows), 1)
if not 0.25 <= en <= 0.42:
    errors.append(f"English share {en:.2f} not about 1/3")

readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read().split("\n")
if not re.fullmatch(r"> \*\*Held-out set: measure only\.\*\* Written blind on \d{4}-\d{2}-\d{2} \(stop 46\) from DOMAIN\.md, the issue and the format only, without reading the project's code, tests or other data sets\. Do not tune anything on it\.", readme[0]):
    errors.append("README first line")
if readme[1] != "":
    errors.append("README second line not blank")
text = "\n".join(readme)
if "| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |" not in text:
    errors.append("README table header")
for p in PREFIXES:
    if f"| {p} |" not in text:
        errors.append(f"README missing {p}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print(f"OK: {len(rows)} cases, 5 orgs x 30 (8 public / 8 internal / 6 confidential / 8 none), English share {en:.2f}")
