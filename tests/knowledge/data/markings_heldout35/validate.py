#!/usr/bin/env python3
"""Check the markings_heldout35 set; prints exactly OK when everything holds."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = {"public", "internal", "confidential", "none"}
PER_ORG = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
PREFIXES = ["VET", "LDG", "LIC", "AMP", "AIG"]
FIRST_LINE = ("> **Held-out set: measure only.** Written blind on 2026-12-06 (stop 52) from DOMAIN.md, "
              "the issue and the format only, without reading the project's code, tests or other data sets. "
              "Do not tune anything on it.")
errors = []


def err(msg):
    errors.append(msg)


cases = []
with open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err(f"blank line {n}")
            continue
        cases.append(json.loads(line))

if len(cases) != 150:
    err(f"{len(cases)} cases, expected 150")
ids = [c.get("id") for c in cases]
if len(set(ids)) != len(ids):
    err("duplicate ids")
counts = {}
langs = {"fr": 0, "en": 0}
for c in cases:
    if set(c) != {"id", "head", "level", "lang", "note"}:
        err(f"{c.get('id')}: fields {sorted(c)}")
        continue
    m = re.fullmatch(r"([A-Z]{3})-(\d\d)", c["id"])
    if not m or m.group(1) not in PREFIXES or not 1 <= int(m.group(2)) <= 30:
        err(f"bad id {c['id']}")
        continue
    if c["level"] not in LEVELS:
        err(f"{c['id']}: level {c['level']}")
    if c["lang"] not in langs:
        err(f"{c['id']}: lang {c['lang']}")
    else:
        langs[c["lang"]] += 1
    if not isinstance(c["head"], str) or not c["head"].strip():
        err(f"{c['id']}: empty head")
    else:
        nl = len(c["head"].split("\n"))
        if not 1 <= nl <= 6:
            err(f"{c['id']}: {nl} head lines")
    if not c["note"].strip():
        err(f"{c['id']}: empty note")
    counts.setdefault(m.group(1), {}).setdefault(c["level"], 0)
    counts[m.group(1)][c["level"]] += 1
for p in PREFIXES:
    if counts.get(p) != PER_ORG:
        err(f"{p}: counts {counts.get(p)}")
    want = {f"{p}-{i:02d}" for i in range(1, 31)}
    if want - set(ids):
        err(f"{p}: missing ids {sorted(want - set(ids))}")
if langs != {"fr": 100, "en": 50}:
    err(f"langs {langs}")

names = json.load(open(os.path.join(HERE, "names.json"), encoding="utf-8"))
if set(names) != {"ambassadors", "clients"}:
    err("names.json keys")
amb = set(names.get("ambassadors", []))
cli = set(names.get("clients", []))

readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read().split("\n")
if readme[0] != FIRST_LINE:
    err("README line 1")
if len(readme) < 3 or readme[1] != "":
    err("README line 2 not empty")
header = "| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |"
if header not in readme:
    err("README table header")
rows = [l for l in readme if l.startswith("| ") and l.split("|")[1].strip() in PREFIXES]
if sorted(r.split("|")[1].strip() for r in rows) != sorted(PREFIXES):
    err("README table rows")
for r in rows:
    cells = [x.strip() for x in r.strip().strip("|").split("|")]
    client = cells[1].split(" (")[0]
    if client not in cli:
        err(f"client {client!r} not in names.json")
    if cells[2] not in amb:
        err(f"program {cells[2]!r} not in names.json")
    for nm in cells[3].split(";"):
        if nm.strip() not in amb:
            err(f"ambassador name {nm.strip()!r} not in names.json")
text = "\n".join(readme)
for needed in ("## Leadership (→ confidential when marked confidential)", "## Notes on labels"):
    if needed not in text:
        err(f"README section {needed!r}")
for p in PREFIXES:
    if not re.search(rf"^- {p}:", text, re.M):
        err(f"leadership bullet for {p}")
for ref in set(re.findall(r"\b(?:VET|LDG|LIC|AMP|AIG)-\d\d\b", text)):
    if ref not in ids:
        err(f"README cites unknown id {ref}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
