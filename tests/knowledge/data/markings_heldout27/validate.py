#!/usr/bin/env python3
"""Checks cases.jsonl and README.md of markings_heldout27; prints OK."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FIRST = ("> **Held-out set: measure only.** Written blind on 2026-12-06 (stop 48) from DOMAIN.md, "
         "the issue and the format only, without reading the project's code, tests or other data "
         "sets. Do not tune anything on it.")
COLS = "| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |"
LEVELS = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
PREFIXES = ["ARB", "TDC", "SMV", "FLB", "DOU"]
# words that would be a readership marking; must not appear in `none` heads
MARKERS = ["diffusion", "audience", "interne", "internal", "confiden", "réservé", "attention",
           "to:", "à :", "destinataires", "public", "only", "uniquement", "shared with",
           "partagé", "visibility", "team", "équipe", "nda", "privileged"]

errors = []
rows = []
with open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            r = json.loads(line)
        except Exception as e:
            errors.append(f"line {n}: bad json {e}")
            continue
        if set(r) != {"id", "head", "level", "lang", "note"}:
            errors.append(f"line {n}: fields {sorted(r)}")
        rows.append(r)

if len(rows) != 150:
    errors.append(f"{len(rows)} rows, expected 150")
ids = [r["id"] for r in rows]
if len(set(ids)) != len(ids):
    errors.append("duplicate ids")
per = Counter()
heads = Counter()
for r in rows:
    m = re.fullmatch(r"([A-Z]{3})-(\d{2})", r["id"])
    if not m or m.group(1) not in PREFIXES:
        errors.append(f"bad id {r['id']}")
        continue
    if r["level"] not in LEVELS:
        errors.append(f"{r['id']}: level {r['level']}")
    if r["lang"] not in ("fr", "en"):
        errors.append(f"{r['id']}: lang {r['lang']}")
    if not r["note"].strip():
        errors.append(f"{r['id']}: empty note")
    nlines = len(r["head"].split("\n"))
    if not 1 <= nlines <= 4 or not r["head"].strip():
        errors.append(f"{r['id']}: {nlines} lines")
    per[(m.group(1), r["level"])] += 1
    heads[r["head"]] += 1
    low = r["head"].lower()
    if r["level"] == "none":
        hit = [w for w in MARKERS if re.search(r"(?<![a-zà-ÿ])" + re.escape(w), low)]
        if hit:
            errors.append(f"{r['id']}: none head has marker {hit}")
    if r["level"] == "confidential" and "confiden" not in low:
        errors.append(f"{r['id']}: confidential head lacks explicit marking")
    if r["level"] != "confidential" and "confiden" in low:
        errors.append(f"{r['id']}: non-confidential head has confidential word")
for p in PREFIXES:
    for lv, k in LEVELS.items():
        if per[(p, lv)] != k:
            errors.append(f"{p} {lv}: {per[(p, lv)]} != {k}")
if any(c > 1 for c in heads.values()):
    errors.append("duplicate heads")
fr = sum(r["lang"] == "fr" for r in rows)
if not 0.75 <= fr / max(len(rows), 1) <= 0.80:
    errors.append(f"French share {fr}/{len(rows)} outside 75-80 %")

readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read().split("\n")
if readme[0] != FIRST:
    errors.append("README first line")
if len(readme) < 2 or readme[1] != "":
    errors.append("README second line not blank")
text = "\n".join(readme)
if COLS not in text:
    errors.append("README table header")
for p in PREFIXES:
    if not re.search(rf"^\| {p} \|", text, re.M):
        errors.append(f"README table row {p}")
for sec in ("## Leadership (→ confidential when marked confidential)", "## Notes on labels"):
    if sec not in text:
        errors.append(f"README section {sec}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print(f"OK ({len(rows)} cases, {fr} fr / {len(rows) - fr} en, 5 organisations x 30)")
