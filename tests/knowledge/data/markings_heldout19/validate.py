#!/usr/bin/env python3
"""Check cases.jsonl and README.md of markings_heldout19 (stdlib only). Exit 0 when valid."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIXES = ["MRV", "TRL", "VTV", "LMB", "HLV"]
PER_ORG = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
FIRST_LINE = ("> **Held-out set: measure only.** Written blind on 2026-12-05 (stop 44) from DOMAIN.md, "
              "the issue and the format only, without reading the project's code, tests or other data sets. "
              "Do not tune anything on it.")
errors = []


def err(msg):
    errors.append(msg)


cases = []
with open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        if not line.strip():
            err(f"line {i}: empty line")
            continue
        try:
            cases.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {i}: bad JSON ({e})")

if len(cases) != 150:
    err(f"expected 150 cases, got {len(cases)}")

ids = set()
per_org = collections.defaultdict(collections.Counter)
langs = collections.Counter()
heads = set()
for c in cases:
    if set(c) != {"id", "head", "level", "lang", "note"}:
        err(f"{c.get('id')}: fields {sorted(c)}")
        continue
    m = re.fullmatch(r"([A-Z]{3})-(\d{2})", c["id"])
    if not m or m.group(1) not in PREFIXES or not 1 <= int(m.group(2)) <= 30:
        err(f"bad id {c['id']}")
        continue
    if c["id"] in ids:
        err(f"duplicate id {c['id']}")
    ids.add(c["id"])
    if c["level"] not in PER_ORG:
        err(f"{c['id']}: bad level {c['level']}")
    if c["lang"] not in ("fr", "en"):
        err(f"{c['id']}: bad lang {c['lang']}")
    if not isinstance(c["head"], str) or not c["head"].strip():
        err(f"{c['id']}: empty head")
    else:
        n_lines = len(c["head"].split("\n"))
        if not 1 <= n_lines <= 4:
            err(f"{c['id']}: head has {n_lines} lines")
        if c["head"] in heads:
            err(f"{c['id']}: duplicate head")
        heads.add(c["head"])
    if not isinstance(c["note"], str) or not c["note"].strip():
        err(f"{c['id']}: empty note")
    per_org[m.group(1)][c["level"]] += 1
    langs[c["lang"]] += 1

for p in PREFIXES:
    if dict(per_org[p]) != PER_ORG:
        err(f"{p}: counts {dict(per_org[p])} != {PER_ORG}")

total = sum(langs.values()) or 1
fr_share = langs["fr"] / total
if not 0.60 <= fr_share <= 0.72:
    err(f"French share {fr_share:.2f} not about 2/3")

readme = os.path.join(HERE, "README.md")
if not os.path.exists(readme):
    err("README.md missing")
else:
    with open(readme, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0] != FIRST_LINE:
        err("README first line differs from the required text")
    if len(lines) < 3 or lines[1] != "" or not lines[2].startswith("#"):
        err("README: expected a blank line then a title after the first line")
    if "Ambassadors are called" not in "\n".join(lines):
        err("README: missing 'Ambassadors are called' column")

if errors:
    print("INVALID")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print(f"OK: {len(cases)} cases, 5 organisations x {PER_ORG}, langs {dict(langs)} (fr {fr_share:.0%})")
sys.exit(0)
