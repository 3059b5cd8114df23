#!/usr/bin/env python3
"""Checks the markings set against the format rules; prints OK on success."""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LINE1 = ("> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 54) from DOMAIN.md, the issue "
         "and the format only, without reading the project's code, tests or other data sets. Do not tune anything on it.")
LEVELS = {"public", "internal", "confidential", "none"}
PER_ORG = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
errs = []

rows = []
with open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            r = json.loads(line)
        except ValueError:
            errs.append(f"line {n}: bad JSON")
            continue
        rows.append(r)
        if set(r) != {"id", "head", "level", "lang", "note"}:
            errs.append(f"line {n}: keys {sorted(r)}")
            continue
        if not re.fullmatch(r"[A-Z]{2,5}-\d{2}", r["id"]):
            errs.append(f"line {n}: id {r['id']}")
        if r["level"] not in LEVELS:
            errs.append(f"line {n}: level {r['level']}")
        if r["lang"] not in ("fr", "en"):
            errs.append(f"line {n}: lang {r['lang']}")
        lines = r["head"].split("\n")
        if not r["head"].strip() or not 1 <= len(lines) <= 8:
            errs.append(f"line {n}: head has {len(lines)} lines")
        if not r["note"].strip() or "\n" in r["note"]:
            errs.append(f"line {n}: note")
        if any(w in r["id"].lower() for w in ("pub", "int", "conf", "non")):
            errs.append(f"line {n}: id may hint the level")

if len(rows) != 150:
    errs.append(f"{len(rows)} lines, want 150")
ids = [r.get("id") for r in rows]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
heads = [r.get("head") for r in rows]
if len(set(heads)) != len(heads):
    errs.append("duplicate heads")

by_org = defaultdict(list)
for r in rows:
    by_org[r["id"].split("-")[0]].append(r)
if len(by_org) != 5:
    errs.append(f"{len(by_org)} organisations, want 5")
en_first = 0
for org, rs in by_org.items():
    if len(rs) != 30:
        errs.append(f"{org}: {len(rs)} heads")
    c = Counter(r["level"] for r in rs)
    if dict(c) != PER_ORG:
        errs.append(f"{org}: level counts {dict(c)}")
    if sorted(int(r["id"].split("-")[1]) for r in rs) != list(range(1, 31)):
        errs.append(f"{org}: ids not 01..30")
    if sum(r["lang"] == "en" for r in rs) > 15:
        en_first += 1
if en_first != 1:
    errs.append(f"{en_first} English-first organisations, want 1")
langs = Counter(r["lang"] for r in rows)
if not (90 <= langs["fr"] <= 110 and 40 <= langs["en"] <= 60):
    errs.append(f"languages {dict(langs)}")

with open(os.path.join(HERE, "names.json"), encoding="utf-8") as f:
    names = json.load(f)
if set(names) != {"ambassadors", "clients"} or not all(
        isinstance(names[k], list) and names[k] and all(isinstance(x, str) and x for x in names[k]) for k in names):
    errs.append("names.json shape")

with open(os.path.join(HERE, "README.md"), encoding="utf-8") as f:
    readme = f.read().split("\n")
if readme[0] != LINE1:
    errs.append("README line 1")
if len(readme) < 4 or readme[1] != ">" or readme[2] != "":
    errs.append("README lines 2-3")
if len(readme) < 4 or not readme[3].startswith("# markings_heldout40: "):
    errs.append("README title")
hdr = "| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |"
if hdr not in readme:
    errs.append("README table header")
else:
    i = readme.index(hdr)
    table = []
    for line in readme[i + 2:]:
        if not line.startswith("|"):
            break
        table.append(line.split("|")[1].strip())
    if sorted(table) != sorted(by_org):
        errs.append(f"README table prefixes {table}")
for sec in ("## Leadership (→ confidential when marked confidential)", "## Notes on labels"):
    if sec not in readme:
        errs.append(f"README missing {sec}")

if errs:
    print("\n".join(errs))
    sys.exit(1)
print("OK")
