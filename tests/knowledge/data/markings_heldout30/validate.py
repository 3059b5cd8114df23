#!/usr/bin/env python3
"""Checks cases.jsonl against markings-format.md; prints OK."""
import json, os, re, sys
from collections import Counter, defaultdict

here = os.path.dirname(os.path.abspath(__file__))
errors = []
rows = []
with open(os.path.join(here, "cases.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            rows.append(json.loads(line))
        except Exception as e:
            errors.append(f"line {n}: bad json {e}")
WANT = {"public": 8, "internal": 8, "confidential": 6, "none": 8}
ids = set()
per = defaultdict(Counter)
langs = Counter()
heads = set()
for r in rows:
    if set(r) != {"id", "head", "level", "lang", "note"}:
        errors.append(f"{r.get('id')}: keys {sorted(r)}")
    m = re.fullmatch(r"([A-Z]{3})-(\d{2})", str(r.get("id", "")))
    if not m:
        errors.append(f"bad id {r.get('id')}"); continue
    if r["id"] in ids:
        errors.append(f"duplicate id {r['id']}")
    ids.add(r["id"])
    if r.get("level") not in WANT:
        errors.append(f"{r['id']}: bad level {r.get('level')}")
    if r.get("lang") not in ("fr", "en"):
        errors.append(f"{r['id']}: bad lang")
    h = r.get("head")
    if not isinstance(h, str) or not h.strip():
        errors.append(f"{r['id']}: empty head")
    else:
        nl = len(h.split("\n"))
        if not 1 <= nl <= 4:
            errors.append(f"{r['id']}: {nl} lines")
        if h in heads:
            errors.append(f"{r['id']}: duplicate head")
        heads.add(h)
    if not isinstance(r.get("note"), str) or not r["note"].strip():
        errors.append(f"{r['id']}: empty note")
    per[m.group(1)][r.get("level")] += 1
    langs[r.get("lang")] += 1
if len(per) != 5:
    errors.append(f"{len(per)} organisations, want 5")
for p, c in per.items():
    if dict(c) != WANT:
        errors.append(f"{p}: counts {dict(c)}")
    nums = sorted(int(i.split('-')[1]) for i in ids if i.startswith(p + "-"))
    if nums != list(range(1, 31)):
        errors.append(f"{p}: ids not 01..30")
if len(rows) != 150:
    errors.append(f"{len(rows)} rows, want 150")
fr = langs["fr"] / max(1, len(rows))
if not 0.70 <= fr <= 0.85:
    errors.append(f"French share {fr:.2f} outside 0.70-0.85")
readme = open(os.path.join(here, "README.md"), encoding="utf-8").read().split("\n")
FIRST = ("> **Held-out set: measure only.** Written blind on 2026-12-06 (stop 49) from DOMAIN.md, "
         "the issue and the format only, without reading the project's code, tests or other data sets. "
         "Do not tune anything on it.")
if readme[0] != FIRST or readme[1] != "":
    errors.append("README first line/blank line wrong")
text = "\n".join(readme)
if "| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |" not in text:
    errors.append("README table header missing")
for sec in ("## Leadership (→ confidential when marked confidential)", "## Notes on labels"):
    if sec not in text:
        errors.append(f"README section missing: {sec}")
for p in per:
    if f"| {p} |" not in text:
        errors.append(f"README table row missing for {p}")
if errors:
    print("\n".join(errors)); sys.exit(1)
print(f"OK ({len(rows)} cases, fr {langs['fr']}, en {langs['en']})")
