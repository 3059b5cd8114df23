#!/usr/bin/env python3
"""Check markings_dev6 against the markings format. Prints exactly OK on success."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LINE1 = ("> **Development set** (written blind on 2026-12-07 (stop 57) from DOMAIN.md, the issue "
         "and the format only; it may be read and tuned on).")
LEVELS = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
errors = []


def err(msg):
    errors.append(msg)


# README
try:
    lines = open(os.path.join(HERE, "README.md"), encoding="utf-8").read().split("\n")
except OSError as e:
    lines = []
    err(f"README.md: {e}")
if lines:
    if lines[0] != LINE1:
        err("README line 1 is not the development header")
    if len(lines) < 4 or lines[1] != ">" or lines[2] != "":
        err("README lines 2-3 must be '>' and empty")
    if len(lines) < 4 or not lines[3].startswith("# markings_dev6: "):
        err("README line 4 must be the title '# markings_dev6: ...'")
    text = "\n".join(lines)
    if "**Flavour.**" not in text:
        err("README lacks the **Flavour.** paragraph")
    if "| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |" not in text:
        err("README lacks the client table header")
    for sec in ("## Leadership", "## Notes on labels"):
        if sec not in lines:
            err(f"README lacks section {sec}")

# cases
cases = []
try:
    with open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"cases.jsonl line {n}: empty line")
                continue
            try:
                cases.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"cases.jsonl line {n}: {e}")
except OSError as e:
    err(f"cases.jsonl: {e}")

if len(cases) != 150:
    err(f"expected 150 cases, got {len(cases)}")
ids, heads = set(), set()
per_client = Counter()
per_level = Counter()
langs = Counter()
for c in cases:
    if set(c) != {"id", "head", "level", "lang", "note"}:
        err(f"{c.get('id')}: keys {sorted(c)}")
        continue
    m = re.fullmatch(r"([A-Z]{3})-(\d\d)", c["id"])
    if not m or not 1 <= int(m.group(2)) <= 30:
        err(f"bad id {c['id']}")
        continue
    if c["id"] in ids:
        err(f"duplicate id {c['id']}")
    ids.add(c["id"])
    if c["level"] not in LEVELS:
        err(f"{c['id']}: bad level {c['level']}")
    if c["lang"] not in ("fr", "en"):
        err(f"{c['id']}: bad lang {c['lang']}")
    if not isinstance(c["note"], str) or not c["note"].strip():
        err(f"{c['id']}: empty note")
    h = c["head"]
    if not isinstance(h, str):
        err(f"{c['id']}: head not a string")
        continue
    nl = len(h.split("\n"))
    if not 2 <= nl <= 8 or any(not x.strip() for x in h.split("\n")):
        err(f"{c['id']}: head has {nl} lines or an empty line")
    if h in heads:
        err(f"{c['id']}: duplicate head")
    heads.add(h)
    per_client[m.group(1)] += 1
    per_level[(m.group(1), c["level"])] += 1
    langs[c["lang"]] += 1

if len(per_client) != 5:
    err(f"expected 5 clients, got {sorted(per_client)}")
for p, n in per_client.items():
    if n != 30:
        err(f"{p}: {n} cases, expected 30")
    for i in range(1, 31):
        if f"{p}-{i:02d}" not in ids:
            err(f"{p}-{i:02d} missing")
    for lv, want in LEVELS.items():
        if per_level[(p, lv)] != want:
            err(f"{p}: {per_level[(p, lv)]} {lv}, expected {want}")
if not 95 <= langs["fr"] <= 105 or not 45 <= langs["en"] <= 55:
    err(f"language balance fr={langs['fr']} en={langs['en']}, expected about 100/50")

# README table must list every prefix
if lines:
    for p in per_client:
        if not any(l.startswith(f"| {p} |") for l in lines):
            err(f"README table lacks prefix {p}")

# names.json
try:
    names = json.load(open(os.path.join(HERE, "names.json"), encoding="utf-8"))
    if set(names) != {"ambassadors", "clients"}:
        err("names.json must have exactly 'ambassadors' and 'clients'")
    for k in ("ambassadors", "clients"):
        v = names.get(k)
        if not isinstance(v, list) or not v or not all(isinstance(x, str) and x.strip() for x in v):
            err(f"names.json {k}: must be a non-empty list of strings")
        elif len(set(v)) != len(v):
            err(f"names.json {k}: duplicates")
    amb = names.get("ambassadors", [])
    for w in ("ambassadeur", "ambassadeurs", "ambassadrice", "ambassadrices", "ambassador", "ambassadors"):
        if w not in amb:
            err(f"names.json ambassadors lacks {w}")
except (OSError, json.JSONDecodeError) as e:
    err(f"names.json: {e}")

if errors:
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)
print("OK")
