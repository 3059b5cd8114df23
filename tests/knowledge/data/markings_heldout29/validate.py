#!/usr/bin/env python3
"""Checks cases.jsonl and README.md against the markings format; prints OK."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIRST = ("> **Held-out set: measure only.** Written blind on 2026-12-06 (stop 49) from DOMAIN.md, the issue "
         "and the format only, without reading the project's code, tests or other data sets. Do not tune anything on it.")
PER_ORG = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
errors = []


def err(msg):
    errors.append(msg)


rows = []
with open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if not line.strip():
            err(f"line {ln}: empty line")
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {ln}: bad JSON {e}")

ids = set()
by_org = collections.defaultdict(list)
for r in rows:
    if set(r) != {"id", "head", "level", "lang", "note"}:
        err(f"{r.get('id')}: keys {sorted(r)}")
    rid = r.get("id", "")
    m = re.fullmatch(r"([A-Z]{3})-(\d{2})", rid)
    if not m:
        err(f"bad id {rid!r}")
        continue
    if rid in ids:
        err(f"duplicate id {rid}")
    ids.add(rid)
    by_org[m.group(1)].append(r)
    if r.get("level") not in PER_ORG:
        err(f"{rid}: bad level {r.get('level')!r}")
    if r.get("lang") not in ("fr", "en"):
        err(f"{rid}: bad lang {r.get('lang')!r}")
    head = r.get("head")
    if not isinstance(head, str) or not head.strip():
        err(f"{rid}: empty head")
    else:
        lines = head.split("\n")
        if not 1 <= len(lines) <= 4 or any(not x.strip() for x in lines):
            err(f"{rid}: head must have 1-4 non-empty lines")
    if not isinstance(r.get("note"), str) or not r["note"].strip():
        err(f"{rid}: empty note")

if len(rows) != 150:
    err(f"{len(rows)} rows, expected 150")
if len(by_org) != 5:
    err(f"{len(by_org)} organisations, expected 5")
for org, rs in by_org.items():
    c = collections.Counter(r["level"] for r in rs)
    if dict(c) != PER_ORG:
        err(f"{org}: level counts {dict(c)}")
    nums = sorted(int(r["id"][4:]) for r in rs)
    if nums != list(range(1, 31)):
        err(f"{org}: ids not 01..30")
heads = [r["head"] for r in rows]
if len(set(heads)) != len(heads):
    err("duplicate heads")
fr = sum(r["lang"] == "fr" for r in rows) / max(len(rows), 1)
if not 0.75 <= fr <= 0.80:
    err(f"French share {fr:.3f} not in [0.75, 0.80]")

readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read().split("\n")
if readme[0] != FIRST or readme[1] != "":
    err("README first line / blank line")
text = "\n".join(readme)
hdr = "| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |"
if hdr not in readme:
    err("README table header missing")
else:
    i = readme.index(hdr)
    body = [l for l in readme[i + 2:i + 2 + len(by_org)]]
    got = {l.split("|")[1].strip() for l in body if l.startswith("|")}
    if got != set(by_org):
        err(f"README table prefixes {got}")
    for l in body:
        cells = [c.strip() for c in l.strip().strip("|").split("|")]
        if len(cells) != 5 or "«" not in cells[3] or "«" not in cells[4]:
            err(f"README row malformed: {l}")
for sec in ("## Leadership (→ confidential when marked confidential)", "## Notes on labels"):
    if sec not in readme:
        err(f"README section missing: {sec}")
for org in by_org:
    if not re.search(rf"^- \*\*{org}\*\*", text, re.M):
        err(f"README leadership missing for {org}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
